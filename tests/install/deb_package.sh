#!/usr/bin/env bash
# The Debian package (README, "Installing"): CPack builds it from BUILD_DIR into a temporary
# folder; its control data names the real runtime dependencies (dpkg-shlibdeps) and hyphen-nl; it
# holds the binary, the standard theme and the modules (src/core/module.h); unpacked with `dpkg -x`
# into a temporary root, its binary builds a site from another folder with the theme from that
# root's /usr/share, and with the modules from its /usr/lib/wegwijzer reads a previous edition
# from a git tag, serves, makes the offline zip and writes and checks a gemeente's basis.lock.
# With CI=true as root (a throwaway CI container) it is also installed with `dpkg -i`, used as
# /usr/bin/wegwijzer and removed again; elsewhere the real system is left alone.
# Usage: deb_package.sh BUILD_DIR SOURCE_DIR
# shellcheck source=tests/install/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

echo "== cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$tmp/pkg" >/dev/null) || fail "cpack failed"
debs=("$tmp"/pkg/wegwijzer_*.deb)
[[ -f ${debs[0]} ]] || fail "no wegwijzer_*.deb"
deb=${debs[0]}

echo "== control data: $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
# libgit2, cpp-httplib, libzip and libssl3 (libcrypto) come in through the modules
# (dpkg-shlibdeps reads them too).
for want in hyphen-nl libc6 libstdc++6 libcmark-gfm0 libcmark-gfm-extensions0 libzip4 libssl3 libhyphen0 libcpp-httplib libgit2; do
  grep -q "\(^\|, \)$want" <<<"$depends" || fail "Depends lacks $want: $depends"
done
for field in Maintainer Description Section Version Architecture; do
  [[ -n $(dpkg-deb -f "$deb" "$field") ]] || fail "no $field in the control file"
done

echo "== contents"
dpkg-deb -c "$deb" >"$tmp/contents.txt"
for f in ./usr/bin/wegwijzer ./usr/share/wegwijzer/themes/standaard/templates/base.mustache \
  ./usr/lib/wegwijzer/wegwijzer-git.so ./usr/lib/wegwijzer/wegwijzer-http.so \
  ./usr/lib/wegwijzer/wegwijzer-zip.so ./usr/lib/wegwijzer/wegwijzer-sha1.so; do
  grep -q " $f\$" "$tmp/contents.txt" || fail "the package does not hold $f"
done

echo "== dpkg -x into a temporary root; its binary builds a site from another folder"
dpkg -x "$deb" "$tmp/root"
mkdir "$tmp/site"
cp -r "$src/content" "$src/site-config.toml" "$tmp/site/"
(cd "$tmp/site" && "$tmp/root/usr/bin/wegwijzer" build --quiet) || fail "the packaged binary does not build the kader"
[[ -f $tmp/site/public/index.html ]] || fail "no public/index.html"

echo "== with its modules: a previous edition from a git tag, and serve"
git_in() { git -C "$tmp/site" -c user.name=t -c user.email=t@example.org "$@" >/dev/null; }
git_in init -q
git_in add -A
git_in commit -q -m vorige
git_in tag v1
printf '\n[edities]\nvorige_ref = "v1"\n' >>"$tmp/site/site-config.toml"
printf '\nEen nieuwe zin voor deze editie.\n' >>"$tmp/site/content/kader/samenvatting.md"
(cd "$tmp/site" && "$tmp/root/usr/bin/wegwijzer" build --quiet) 2>"$tmp/editie.err" ||
  { cat "$tmp/editie.err"; fail "the packaged binary does not build an edition from a git tag"; }
[[ -f $tmp/site/public/wijzigingen/kader-samenvatting.html ]] || fail "no change view from the git edition"
(cd "$tmp/site" && exec "$tmp/root/usr/bin/wegwijzer" serve --port 0 >"$tmp/serve.log" 2>&1) &
serve_pid=$!
url=$(serve_url "$tmp/serve.log" "$serve_pid")
served=0
[[ -n $url ]] && NO_PROXY='*' no_proxy='*' curl -fsS "${url%/}/index.html" >/dev/null && served=1
kill -INT "$serve_pid" 2>/dev/null
wait "$serve_pid" || true
serve_pid=
[[ $served -eq 1 ]] || { cat "$tmp/serve.log"; fail "the packaged binary does not serve"; }

echo "== with its modules: build --zip, and a gemeente's basis.lock"
mkdir "$tmp/zip"
(cd "$tmp/site" && "$tmp/root/usr/bin/wegwijzer" build --quiet --zip "$tmp/zip/") 2>"$tmp/zip.err" ||
  { cat "$tmp/zip.err"; fail "the packaged binary does not build --zip"; }
zips=("$tmp"/zip/*.zip)
[[ $(head -c 2 "${zips[0]}") == PK ]] || fail "no zip from build --zip: $(ls "$tmp/zip")"
(cd "$tmp" && "$tmp/root/usr/bin/wegwijzer" init gemeente --naam "Gemeente Proef" proef >/dev/null 2>&1) ||
  fail "init gemeente failed"
cp -r "$src/content" "$tmp/proef/vng-kader"
mkdir -p "$tmp/proef/lokaal/basiskenmerken"
printf 'In Proefstad helpt het wijkteam u ook thuis.\n' >"$tmp/proef/lokaal/basiskenmerken/02-laagdrempelig.aanvulling.md"
(cd "$tmp/proef" && "$tmp/root/usr/bin/wegwijzer" basis --vastleggen >"$tmp/basis.txt") ||
  { cat "$tmp/basis.txt"; fail "the packaged binary does not write basis.lock"; }
grep -Eq '^hash = "[0-9a-f]{40}"' "$tmp/proef/basis.lock" || fail "basis.lock has no git blob hash"
(cd "$tmp/proef" && "$tmp/root/usr/bin/wegwijzer" build --quiet) 2>"$tmp/lock.err" ||
  { cat "$tmp/lock.err"; fail "the packaged binary does not build a gemeente with basis.lock"; }
if grep -q '\[basis-' "$tmp/lock.err"; then fail "a current basis.lock gives findings: $(cat "$tmp/lock.err")"; fi

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
