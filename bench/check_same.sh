#!/usr/bin/env bash
# Does `wegwijzer check` still say exactly the same? Runs two binaries (OLD, NEW) with the same
# options on the kader (the repository's content/), the Krimpenerwaard example, every bad-site
# case of tests/bad (laid over tests/bad/base) and generated corpora, and compares what each
# prints (text and --format json), its exit code and its --rapport folder, byte for byte.
#   bash bench/check_same.sh OLD_BINARY NEW_BINARY [CORPUS_SIZES...]   default sizes: 40 1000
# Each binary must be able to find the standard theme (run it from a build folder of a
# checkout). WEGWIJZER_BENCH_DIR: where the corpora and outputs go (default /tmp).
# Prints one line per difference and exits 1 when there is one.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1")
new=$(realpath "$2")
shift 2
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(40 1000)
work=$(mktemp -d "${WEGWIJZER_BENCH_DIR:-/tmp}/wegwijzer-check-same.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$PWD

sites=("kader=$root/site-config.toml" "krimpenerwaard=$root/examples/krimpenerwaard/site-config.toml")
for dir in "$root"/tests/bad/cases/*/; do
  name=$(basename "$dir")
  mkdir -p "$work/bad/$name"
  cp -r "$root/tests/bad/base/." "$work/bad/$name/"
  cp -r "$dir/." "$work/bad/$name/"
  sites+=("bad-$name=$work/bad/$name/site-config.toml")
done
generator=$(dirname "$new")/bench/corpus_generator
for n in "${sizes[@]}"; do
  "$generator" "$n" "$work/corpus-$n" >/dev/null
  sites+=("corpus-$n=$work/corpus-$n/site-config.toml")
done

differences=0
runs=0
for entry in "${sites[@]}"; do
  name=${entry%%=*}
  config=${entry#*=}
  for variant in text json rapport lokaal threads1 zonder-taal; do
    args=(check --config "$config")
    case $variant in
      json) args+=(--format json) ;;
      lokaal) args+=(--alleen-lokaal --format json) ;;
      threads1) args+=(--threads 1) ;;
      zonder-taal) args+=(--zonder-taal) ;;
    esac
    for side in old new; do
      bin=$old
      [[ $side == new ]] && bin=$new
      out=$work/out/$name/$variant/$side
      mkdir -p "$out"
      extra=()
      [[ $variant == rapport ]] && extra=(--rapport "$out/rapport")
      rc=0
      (cd "$(dirname "$config")" && "$bin" "${args[@]}" "${extra[@]}") >"$out/stdout" 2>"$out/stderr" || rc=$?
      echo "$rc" >"$out/exit"
    done
    runs=$((runs + 1))
    a=$work/out/$name/$variant/old
    b=$work/out/$name/$variant/new
    # The report folder's path is printed; it differs by side only in that word.
    sed -i "s#$a#SIDE#g" "$a/stdout" "$a/stderr"
    sed -i "s#$b#SIDE#g" "$b/stdout" "$b/stderr"
    if ! diff -r "$a" "$b" >/dev/null; then
      echo "DIFFERENT: $name ($variant)"
      diff -r "$a" "$b" | head -20
      differences=$((differences + 1))
    fi
  done
done
echo "$runs runs compared (${#sites[@]} sites), $differences different"
((differences == 0))
