# shellcheck shell=bash
# Sourced first by installed_tool.sh and deb_package.sh (usage: SCRIPT BUILD_DIR SOURCE_DIR).
# Sets `build` and `src` (absolute), a temporary folder `tmp` that is removed on exit together
# with a `serve` started as `serve_pid`, `fail MESSAGE`, and `serve_url`; and leaves out
# WEGWIJZER_THEMES, so the tool finds its theme the way an installed tool does.
set -euo pipefail
# build and src are for the scripts that source this file.
# shellcheck disable=SC2034
build=$(cd "$1" && pwd)
# shellcheck disable=SC2034
src=$(cd "$2" && pwd)
tmp=$(mktemp -d)
serve_pid=
cleanup() {
  [[ -n $serve_pid ]] && kill "$serve_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
unset WEGWIJZER_THEMES

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
