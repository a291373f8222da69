# shellcheck shell=bash
# Sourced by installed_tool.sh and deb_package.sh.
# serve_url LOG PID: prints the preview URL that `wegwijzer serve` (PID, writing to LOG) announces
# ("Voorvertoning: http://..."), waiting up to 30 s; prints nothing if serve ends or never says.
serve_url() {
  local log=$1 pid=$2 url=
  for _ in $(seq 1 150); do
    url=$(sed -n 's/^Voorvertoning: \(http[^ ]*\).*/\1/p' "$log")
    [[ -n $url ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  printf '%s' "$url"
}
