#!/usr/bin/env bash
# The installed tool, used the way a gemeente uses it (README, "Installing"): install into a
# temporary prefix, then, from folders outside the checkout and with only the installed binary,
# build and check the kader, make a fresh `init gemeente` repository, fetch the kader tarball
# into it the way its workflow does (file:// instead of GitHub), build and check it, and start
# and stop `serve`; make a previous edition from a git tag, the offline zip (`build --zip`) and a
# basis.lock. serve, the git edition, the zip and basis.lock need the modules in
# <prefix>/lib/wegwijzer (src/core/module.h): the binary itself does not link cpp-httplib,
# libgit2, libzip or libcrypto. Also: a binary copied out of the checkout without an installed
# theme, or without its modules, fails with a message that names every folder it searched, and
# loses nothing (the previous site and zip stay).
# Usage: installed_tool.sh BUILD_DIR SOURCE_DIR
# shellcheck source=tests/install/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
export NO_PROXY='*' no_proxy='*'

echo "== cmake --install into $tmp/prefix"
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
bin="$tmp/prefix/bin/wegwijzer"
[[ -x $bin ]] || fail "cmake --install put no binary in $tmp/prefix/bin"
[[ -f $tmp/prefix/share/wegwijzer/themes/standaard/templates/base.mustache ]] ||
  fail "cmake --install put no standard theme in share/wegwijzer/themes"
for module in wegwijzer-git.so wegwijzer-http.so wegwijzer-zip.so wegwijzer-sha1.so; do
  [[ -f $tmp/prefix/lib/wegwijzer/$module ]] || fail "cmake --install put no $module in lib/wegwijzer"
done
# Only the modules load libgit2, cpp-httplib, libzip and libcrypto (and their ~20 libraries), not
# every command.
if readelf -d "$bin" | grep -E 'NEEDED.*(libgit2|httplib|libzip|libcrypto)'; then
  fail "the binary links libgit2, cpp-httplib, libzip or libcrypto"
fi
if ldd "$bin" | grep -E 'libzip|libcrypto'; then fail "the binary loads libzip or libcrypto"; fi

echo "== the kader, from a copy of content/ and its config, with the installed binary"
mkdir "$tmp/kader"
cp -r "$src/content" "$src/site-config.toml" "$tmp/kader/"
(cd "$tmp/kader" && "$bin" build --quiet) || fail "the installed binary does not build the kader"
[[ -f $tmp/kader/public/index.html ]] || fail "no public/index.html"
(cd "$tmp/kader" && "$bin" check >"$tmp/check.txt") || { cat "$tmp/check.txt"; fail "check of the kader failed"; }
echo "== build --zip (the zip module), with the installed binary"
mkdir "$tmp/kader/zip"
(cd "$tmp/kader" && "$bin" build --quiet --zip zip/) || fail "the installed binary does not build --zip"
zip_file=$(cd "$tmp/kader/zip" && ls -- *.zip)
[[ $(head -c 2 "$tmp/kader/zip/$zip_file") == PK ]] || fail "zip/$zip_file is not a zip"
cmp -s "$tmp/kader/zip/$zip_file" "$tmp/kader/public/$zip_file" || fail "the site has not the same zip at its root"
grep -qF "$zip_file" "$tmp/kader/public/over.html" || fail "over.html does not link to $zip_file"

echo "== a previous edition from a git tag (the git module), with the installed binary"
mkdir "$tmp/editie"
cp -r "$src/content" "$src/site-config.toml" "$tmp/editie/"
git_in() { git -C "$tmp/editie" -c user.name=t -c user.email=t@example.org "$@" >/dev/null; }
git_in init -q
git_in add -A
git_in commit -q -m vorige
git_in tag v1
printf '\n[edities]\nvorige_ref = "v1"\n' >>"$tmp/editie/site-config.toml"
printf '\nEen nieuwe zin voor deze editie.\n' >>"$tmp/editie/content/kader/samenvatting.md"
(cd "$tmp/editie" && "$bin" build --quiet) 2>"$tmp/editie.err" ||
  { cat "$tmp/editie.err"; fail "the installed binary does not build an edition from a git tag"; }
[[ -f $tmp/editie/public/wijzigingen/kader-samenvatting.html ]] ||
  fail "no change view for the changed page: $(ls "$tmp/editie/public/wijzigingen" 2>&1)"

echo "== kader-<versie>.tar.gz: reproducible, with a checksum"
versie=$(sed -n 's/^versie *= *"\([^"]*\)".*/\1/p' "$src/site-config.toml" | head -n 1)
"$src/.ci/kader-tarball" "$tmp/release" >/dev/null
"$src/.ci/kader-tarball" "$tmp/release2" >/dev/null
cmp "$tmp/release/kader-$versie.tar.gz" "$tmp/release2/kader-$versie.tar.gz" || fail "kader tarball not reproducible"
(cd "$tmp/release" && sha256sum --check --quiet "kader-$versie.tar.gz.sha256") || fail "checksum file does not match"
tar -tzf "$tmp/release/kader-$versie.tar.gz" >"$tmp/list.txt"
grep -qx 'vng-kader/kader/samenvatting.md' "$tmp/list.txt" ||
  fail "the tarball has no vng-kader/kader/samenvatting.md"

echo "== init gemeente from a folder outside the checkout"
cd "$tmp"
"$bin" init gemeente --naam "Gemeente Proef" proef >/dev/null 2>"$tmp/init.err" || fail "init gemeente failed"
if grep -rqF "$src" proef; then fail "the scaffold refers to the generator's source tree: $(grep -rlF "$src" proef)"; fi
grep -q '^kader_editie = "'"$versie"'"' proef/site-config.toml || fail "site-config.toml does not name edition $versie"
grep -q '^content_dir = "vng-kader"' proef/site-config.toml || fail "content_dir is not vng-kader"

echo "== before the kader is fetched, a build says how to fetch it"
status=0
(cd proef && "$bin" build --quiet) 2>"$tmp/nokader.err" || status=$?
[[ $status -eq 1 ]] || fail "a build without the kader exited with $status"
grep -q "editie $versie) op met: sh scripts/ophalen.sh kader" "$tmp/nokader.err" ||
  fail "no hint to fetch the kader: $(cat "$tmp/nokader.err")"

echo "== its fetch script refuses a tarball whose checksum does not match"
cp -r "$tmp/release" "$tmp/bad-release"
printf 'x' >>"$tmp/bad-release/kader-$versie.tar.gz"
if (cd proef && WEGWIJZER_URL="file://$tmp/bad-release" sh scripts/ophalen.sh kader) >/dev/null 2>"$tmp/bad.err"; then
  fail "ophalen.sh kader accepted a tarball with a wrong checksum"
fi
grep -q "controlegetal" "$tmp/bad.err" || fail "no message about the checksum: $(cat "$tmp/bad.err")"
[[ ! -e proef/vng-kader ]] || fail "a rejected tarball was unpacked"

echo "== it fetches the named edition, builds and checks"
(cd proef && WEGWIJZER_URL="file://$tmp/release" sh scripts/ophalen.sh kader >/dev/null) || fail "ophalen.sh kader failed"
[[ -f proef/vng-kader/kader/samenvatting.md ]] || fail "the kader was not unpacked into vng-kader/"
(cd proef && "$bin" build --quiet) || fail "the fresh gemeente repository does not build"
grep -q "Gemeente Proef" proef/public/index.html || fail "the gemeente's name is not on its home page"
(cd proef && "$bin" check >"$tmp/check.txt") || { cat "$tmp/check.txt"; fail "check of the gemeente repository failed"; }

echo "== an aanvulling recorded in basis.lock (the hash module), then build and check against it"
mkdir -p proef/lokaal/basiskenmerken
printf 'In Proefstad helpt het wijkteam u ook thuis.\n' >proef/lokaal/basiskenmerken/02-laagdrempelig.aanvulling.md
(cd proef && "$bin" basis --vastleggen >"$tmp/basis.txt") || { cat "$tmp/basis.txt"; fail "basis --vastleggen failed"; }
grep -q 'bestand = "lokaal/basiskenmerken/02-laagdrempelig.aanvulling.md"' proef/basis.lock ||
  fail "basis.lock does not record the aanvulling: $(cat proef/basis.lock)"
grep -Eq '^hash = "[0-9a-f]{40}"' proef/basis.lock || fail "basis.lock has no git blob hash"
(cd proef && "$bin" build --quiet) 2>"$tmp/lock-build.err" || { cat "$tmp/lock-build.err"; fail "build with basis.lock failed"; }
if grep -q '\[basis-' "$tmp/lock-build.err"; then fail "a current basis.lock gives findings: $(cat "$tmp/lock-build.err")"; fi
(cd proef && "$bin" check >"$tmp/check.txt") || { cat "$tmp/check.txt"; fail "check with basis.lock failed"; }

echo "== serve --port 0 serves a page and stops on SIGINT"
(cd proef && exec "$bin" serve --port 0 >"$tmp/serve.log" 2>&1) &
serve_pid=$!
url=$(serve_url "$tmp/serve.log" "$serve_pid")
[[ -n $url ]] || { cat "$tmp/serve.log"; fail "serve did not say where it listens"; }
page=$(curl -fsS "${url%/}/basiskenmerken/02-laagdrempelig.html") || fail "serve did not serve a page"
grep -q "Gemeente Proef" <<<"$page" || fail "the served page is not the gemeente's"
kill -INT "$serve_pid"
status=0
wait "$serve_pid" || status=$?
serve_pid=
[[ $status -eq 0 ]] || { cat "$tmp/serve.log"; fail "serve exited with $status after SIGINT"; }
grep -q "Gestopt." "$tmp/serve.log" || fail "serve did not stop cleanly"

echo "== a binary copied out of the checkout, without an installed theme, names every folder it searched"
mkdir -p "$tmp/los/bin"
cp "$build/wegwijzer" "$tmp/los/bin/"
rm -rf "$tmp/kader/public"
status=0
(cd "$tmp/kader" && "$tmp/los/bin/wegwijzer" build --quiet) 2>"$tmp/los.err" || status=$?
[[ $status -eq 1 ]] || fail "expected exit code 1 without a theme, got $status"
for dir in "themes/standaard" "$tmp/los/share/wegwijzer/themes/standaard" "$tmp/los/themes/standaard"; do
  grep -qF "$dir" "$tmp/los.err" || fail "the error does not name $dir: $(cat "$tmp/los.err")"
done

echo "== the same binary, without its modules: --zip and basis.lock fail and lose nothing"
(cd "$tmp/kader" && "$bin" build --quiet --zip zip/) || fail "the installed binary does not build --zip again"
(cd "$tmp/kader" && find public zip -type f -print0 | sort -z | xargs -0 sha256sum) >"$tmp/kader-before.sum"
status=0
(cd "$tmp/kader" && WEGWIJZER_THEMES="$tmp/prefix/share/wegwijzer/themes" "$tmp/los/bin/wegwijzer" build --quiet --zip zip/) \
  2>"$tmp/los-zip.err" || status=$?
[[ $status -eq 1 ]] || fail "build --zip without the zip module exited with $status: $(cat "$tmp/los-zip.err")"
grep -q 'fout: zip-bestand kan niet gemaakt worden: de module wegwijzer-zip.so' "$tmp/los-zip.err" ||
  fail "no error about the zip module: $(cat "$tmp/los-zip.err")"
(cd "$tmp/kader" && find public zip -type f -print0 | sort -z | xargs -0 sha256sum) >"$tmp/kader-after.sum"
cmp -s "$tmp/kader-before.sum" "$tmp/kader-after.sum" || fail "a failed --zip changed the previous site or zip"
cp -r "$tmp/proef/public" "$tmp/proef-before"
status=0
(cd "$tmp/proef" && WEGWIJZER_THEMES="$tmp/prefix/share/wegwijzer/themes" "$tmp/los/bin/wegwijzer" build --quiet) \
  2>"$tmp/los-lock.err" || status=$?
[[ $status -eq 1 ]] || fail "a build with basis.lock without the hash module exited with $status: $(cat "$tmp/los-lock.err")"
grep -q 'basis.lock:1:1: fout: basis.lock kan niet nagekeken worden: de module wegwijzer-sha1.so' "$tmp/los-lock.err" ||
  fail "no error about the hash module at basis.lock: $(cat "$tmp/los-lock.err")"
diff -r "$tmp/proef-before" "$tmp/proef/public" >/dev/null || fail "a failed build without the hash module changed public/"
cp "$tmp/proef/basis.lock" "$tmp/lock-before"
status=0
(cd "$tmp/proef" && "$tmp/los/bin/wegwijzer" basis --vastleggen) >/dev/null 2>"$tmp/los-basis.err" || status=$?
[[ $status -eq 1 ]] || fail "basis --vastleggen without the hash module exited with $status: $(cat "$tmp/los-basis.err")"
grep -q 'basis.lock kan niet geschreven worden: de module wegwijzer-sha1.so' "$tmp/los-basis.err" ||
  fail "no error about the hash module: $(cat "$tmp/los-basis.err")"
cmp -s "$tmp/lock-before" "$tmp/proef/basis.lock" || fail "basis --vastleggen without the hash module changed basis.lock"

echo "== the same binary, without its modules: serve and a git edition say which module is missing and where they looked"
rm -rf "$tmp/editie/public"
status=0
(cd "$tmp/editie" && WEGWIJZER_THEMES="$tmp/prefix/share/wegwijzer/themes" "$tmp/los/bin/wegwijzer" build --quiet) \
  2>"$tmp/los-git.err" || status=$?
[[ $status -eq 1 ]] || fail "a git edition without the git module exited with $status: $(cat "$tmp/los-git.err")"
[[ ! -e $tmp/editie/public ]] || fail "a failed build without the git module wrote public/"
grep -q 'site-config.toml:[0-9]*:[0-9]*: fout: de vorige versie kan niet gelezen worden: de module wegwijzer-git.so' \
  "$tmp/los-git.err" || fail "no error about the git module at the config key: $(cat "$tmp/los-git.err")"
status=0
(cd "$tmp/editie" && WEGWIJZER_THEMES="$tmp/prefix/share/wegwijzer/themes" timeout 60 "$tmp/los/bin/wegwijzer" serve --port 0) \
  >"$tmp/los-serve.out" 2>"$tmp/los-serve.err" || status=$?
[[ $status -eq 1 ]] || fail "serve without the HTTP module exited with $status: $(cat "$tmp/los-serve.err")"
grep -q 'de voorvertoning kan niet starten: de module wegwijzer-http.so' "$tmp/los-serve.err" ||
  fail "no error about the HTTP module: $(cat "$tmp/los-serve.err")"
for err in "$tmp/los-git.err" "$tmp/los-serve.err" "$tmp/los-zip.err" "$tmp/los-lock.err" "$tmp/los-basis.err"; do
  for dir in "$tmp/los/lib/wegwijzer" "$tmp/los/bin/lib/wegwijzer"; do
    grep -qF "$dir" "$err" || fail "the error does not name $dir: $(cat "$err")"
  done
done
echo "OK"
