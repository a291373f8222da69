#!/usr/bin/env bash
# Benchmark: Wegwijzer against Hugo on the same corpus, with the cmark-gfm floor.
#   bash bench/run.sh [SIZES...]      default sizes: 40 10000 20000
# Environment: WEGWIJZER_BENCH_BUILD (build folder, default build-bench; built here as Release
#   unless it already holds a configured build), WEGWIJZER_BENCH_RUNS (runs per size, default
#   10 below 10,000 pages and 3 from there), WEGWIJZER_BENCH_DIR (where the corpus and output go,
#   default /tmp; /dev/shm takes the disk out of the measurement).
# Needs: hyperfine, hugo, GNU time (installed here from Debian if missing).
# Prints medians, ratios, pages/s and peak RSS; paste the table into bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(40 10000 20000)
missing=()
for p in hyperfine hugo time; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if ((${#missing[@]})); then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; fi
bdir=${WEGWIJZER_BENCH_BUILD:-build-bench}
[[ -f $bdir/CMakeCache.txt ]] || cmake -S . -B "$bdir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$bdir" --target wegwijzer corpus_generator cmark_floor >/dev/null

work=$(mktemp -d "${WEGWIJZER_BENCH_DIR:-/tmp}/wegwijzer-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
ww=$PWD/$bdir/wegwijzer
floor=$PWD/$bdir/bench/cmark_floor
# Wall time is what the issue's targets are about; CPU time (user + system, mean) is shown too,
# because on a shared machine the wall time also measures the wait for the CPU and the disk.
echo "| pages | wegwijzer median | hugo median | hugo/wegwijzer | wegwijzer pages/s | cmark floor | wegwijzer/floor | CPU wegwijzer / hugo / floor | CPU hugo/ww | ww/floor CPU | wegwijzer peak RSS | hugo peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  "$bdir/bench/corpus_generator" "$n" "$work/ww-$n"
  "$bdir/bench/corpus_generator" "$n" "$work/hugo-$n" --hugo
  runs=10; [[ $n -ge 10000 ]] && runs=3
  runs=${WEGWIJZER_BENCH_RUNS:-$runs}
  # Old output is moved aside, not deleted, between runs: deleting many files makes the next
  # file creations on ext4 several times slower for a while, which would measure the disk.
  json=$work/hyperfine-$n.json
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$json" \
    --prepare "mv $work/ww-$n/public $work/old-ww-$n-\$RANDOM 2>/dev/null || true; mv $work/hugo-$n/public $work/old-hugo-$n-\$RANDOM 2>/dev/null || true" \
    -n wegwijzer "$ww build --quiet --config $work/ww-$n/site-config.toml" \
    -n hugo "hugo --quiet --source $work/hugo-$n" \
    -n cmark-floor "$floor $work/ww-$n/content" >/dev/null
  read -r ww_med hugo_med floor_med ww_cpu hugo_cpu floor_cpu < <(python3 -c "
import json
r = {x['command']: x for x in json.load(open('$json'))['results']}
names = ['wegwijzer', 'hugo', 'cmark-floor']
print(*[r[n]['median'] for n in names], *[r[n]['user'] + r[n]['system'] for n in names])")
  ww_rss=$( { /usr/bin/time -f %M "$ww" build --quiet --config "$work/ww-$n/site-config.toml" --out "$work/rss-ww-$n"; } 2>&1 | tail -1)
  hugo_rss=$( { /usr/bin/time -f %M hugo --quiet --source "$work/hugo-$n" --destination "$work/rss-hugo-$n"; } 2>&1 | tail -1)
  python3 - "$n" "$ww_med" "$hugo_med" "$floor_med" "$ww_cpu" "$hugo_cpu" "$floor_cpu" "$ww_rss" "$hugo_rss" <<'PY'
import sys
n, ww, hugo, floor, wc, hc, fc, wrss, hrss = int(sys.argv[1]), *map(float, sys.argv[2:])
print(f"| {n} | {ww*1000:.0f} ms | {hugo*1000:.0f} ms | {hugo/ww:.1f}× | {n/ww:,.0f} | {floor*1000:.0f} ms | {ww/floor:.2f}× "
      f"| {wc*1000:.0f} / {hc*1000:.0f} / {fc*1000:.0f} ms | {hc/wc:.1f}× | {wc/fc:.2f}× | {wrss/1024:.0f} MB | {hrss/1024:.0f} MB |")
PY
  # Old output stays until the end (the trap deletes $work): deleting it here would slow the
  # file creation of the next size.
done
echo
echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg); $(hugo version | cut -d' ' -f1-2); $(hyperfine --version); $(date -u +%Y-%m-%d)"
