#!/usr/bin/env bash
# Output of two Wegwijzer binaries compared byte for byte (for refactorings that must not change
# what a reader gets):
#   bash bench/compare_output.sh OLD_BINARY NEW_BINARY [PAGES...]     default pages: 40 1000
# Builds the kader (with --zip), the Krimpenerwaard example, the Lekkerland fixture and the
# benchmark corpora of the given sizes, each with both binaries on one thread and on every
# core, and diffs the output folders, the zip and the messages (stderr). Exits 1 on any
# difference. The corpus generator is taken from the build folder next to NEW_BINARY. Both
# binaries use this checkout's themes/, or OLD_THEMES for the old one (a theme folder of the old
# commit, for a change that also changes the theme).
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "${1:?usage: bench/compare_output.sh OLD_BINARY NEW_BINARY [PAGES...]}")
new=$(realpath "${2:?usage: bench/compare_output.sh OLD_BINARY NEW_BINARY [PAGES...]}")
shift 2
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(40 1000)
gen=$(dirname "$new")/bench/corpus_generator
work=$(mktemp -d "${WEGWIJZER_BENCH_DIR:-/tmp}/wegwijzer-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0

# compare NAME CONFIG [EXTRA ARGS...]: builds with both binaries on 1 and all threads.
compare() {
  local name=$1 config=$2
  shift 2
  for threads in 1 "$(nproc)"; do
    for which in old new; do
      local bin=$old themes=${OLD_THEMES:-$PWD/themes}
      [[ $which == new ]] && bin=$new themes=$PWD/themes
      local out=$work/$name-$threads-$which
      local args=("$@")
      if [[ ${args[0]:-} == --zip ]]; then
        mkdir -p "$out.zip.d"
        args=(--zip "$out.zip.d")
      fi
      set +e
      WEGWIJZER_THEMES=$themes "$bin" build --config "$config" --out "$out" --threads "$threads" "${args[@]}" 2>"$out.err" >/dev/null
      echo "exit $?" >>"$out.err"
      set -e
    done
    local a=$work/$name-$threads-old b=$work/$name-$threads-new
    if ! diff -r "$a" "$b" >"$work/diff" || ! diff "$a.err" "$b.err" >>"$work/diff" ||
      { [[ -d $a.zip.d ]] && ! diff -r "$a.zip.d" "$b.zip.d" >>"$work/diff"; }; then
      echo "DIFFERENT: $name (threads $threads)"
      head -40 "$work/diff"
      failed=1
    else
      echo "same: $name (threads $threads, $(find "$a" -type f | wc -l) files)"
    fi
  done
}

compare kader site-config.toml
compare kader-zip site-config.toml --zip
# An edition: the kader against a previous version that had one sentence more.
mkdir -p "$work/editie"
cp -r content "$work/editie/"
[[ -d assets ]] && cp -r assets "$work/editie/"
cp -r content "$work/editie/vorige"
sed -i '0,/^+++$/!{0,/^+++$/s//+++\nDeze zin stond alleen in de vorige versie.\n/}' \
  "$work/editie/vorige/basiskenmerken/05-brede-blik.md"
{ cat site-config.toml; printf '\n[edities]\nvorige = "vorige"\nnaam = "2023.01"\n'; } \
  >"$work/editie/site-config.toml"
compare editie "$work/editie/site-config.toml"
compare krimpenerwaard examples/krimpenerwaard/site-config.toml
compare lekkerland tests/fixtures/gemeente-lekkerland/site-config.toml
for n in "${sizes[@]}"; do
  "$gen" "$n" "$work/corpus-$n" >/dev/null
  compare "corpus-$n" "$work/corpus-$n/site-config.toml"
done
exit $failed
