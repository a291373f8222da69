#!/usr/bin/env bash
# The Debian package (README, "Installing"): CPack builds it from BUILD_DIR into a temporary
# folder; its control data names the real runtime dependencies (dpkg-shlibdeps) and hyphen-nl; it
# holds the binary and the standard theme; unpacked with `dpkg -x` into a temporary root, its
# binary builds a site from another folder with the theme from that root's /usr/share.
# With CI=true as root (a throwaway CI container) it is also installed with `dpkg -i`, used as
# /usr/bin/wegwijzer and removed again; elsewhere the real system is left alone.
# Usage: deb_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
unset WEGWIJZER_THEMES

echo "== cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$tmp/pkg" >/dev/null) || fail "cpack failed"
debs=("$tmp"/pkg/wegwijzer_*.deb)
[[ -f ${debs[0]} ]] || fail "no wegwijzer_*.deb"
deb=${debs[0]}

echo "== control data: $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
for want in hyphen-nl libc6 libstdc++6 libcmark-gfm0 libcmark-gfm-extensions0 libzip4 libhyphen0 libcpp-httplib; do
  grep -q "\(^\|, \)$want" <<<"$depends" || fail "Depends lacks $want: $depends"
done
for field in Maintainer Description Section Version Architecture; do
  [[ -n $(dpkg-deb -f "$deb" "$field") ]] || fail "no $field in the control file"
done

echo "== contents"
dpkg-deb -c "$deb" >"$tmp/contents.txt"
for f in ./usr/bin/wegwijzer ./usr/share/wegwijzer/themes/standaard/templates/base.mustache; do
  grep -q " $f\$" "$tmp/contents.txt" || fail "the package does not hold $f"
done

echo "== dpkg -x into a temporary root; its binary builds a site from another folder"
dpkg -x "$deb" "$tmp/root"
mkdir "$tmp/site"
cp -r "$src/content" "$src/site-config.toml" "$tmp/site/"
(cd "$tmp/site" && "$tmp/root/usr/bin/wegwijzer" build --quiet) || fail "the packaged binary does not build the kader"
[[ -f $tmp/site/public/index.html ]] || fail "no public/index.html"

if [[ ${CI:-} == true && $(id -u) -eq 0 ]]; then
  echo "== dpkg -i (CI, root)"
  dpkg -i "$deb" >/dev/null || fail "dpkg -i failed"
  rm -rf "$tmp/site/public"
  status=0
  (cd "$tmp/site" && /usr/bin/wegwijzer build --quiet) || status=$?
  dpkg -r wegwijzer >/dev/null
  [[ $status -eq 0 ]] || fail "/usr/bin/wegwijzer from the installed package does not build the kader"
  [[ ! -e /usr/bin/wegwijzer ]] || fail "dpkg -r left /usr/bin/wegwijzer"
else
  echo "== dpkg -i skipped (only with CI=true as root)"
fi
echo "OK"
