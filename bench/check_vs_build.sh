#!/usr/bin/env bash
# Benchmark: `wegwijzer check` against `wegwijzer build` on the same corpus, in one hyperfine run
# (issue 20's goal: check no slower than build).
#   bash bench/check_vs_build.sh [SIZES...]      default sizes: 40 10000
# Environment: WEGWIJZER_BENCH_BUILD (build folder, default build-bench; built here as Release
#   unless it already holds a configured build), WEGWIJZER_BENCH_RUNS (runs per size, default
#   10 below 10,000 pages and 3 from there), WEGWIJZER_BENCH_DIR (where the corpus and output go,
#   default /tmp; /dev/shm takes the disk out of the measurement).
# Needs: hyperfine, GNU time (installed here from Debian if missing), the hyphen-nl patterns.
# Prints medians, CPU time (user + system), peak RSS and the ratio check/build per size.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(40 10000)
missing=()
for p in hyperfine time; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if ((${#missing[@]})); then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; fi
bdir=${WEGWIJZER_BENCH_BUILD:-build-bench}
[[ -f $bdir/CMakeCache.txt ]] || cmake -S . -B "$bdir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$bdir" --target wegwijzer corpus_generator >/dev/null

work=$(mktemp -d "${WEGWIJZER_BENCH_DIR:-/tmp}/wegwijzer-check-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
ww=$PWD/$bdir/wegwijzer
echo "| pages | build median | check median | check/build | build CPU | check CPU | check/build CPU | build peak RSS | check peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  "$bdir/bench/corpus_generator" "$n" "$work/ww-$n" >/dev/null
  config=$work/ww-$n/site-config.toml
  # Once each, outside the timing: the build must succeed, and the check must run to its end
  # (exit 1 is fine: the generated corpus has B1 findings; 2 or a crash is not).
  "$ww" build --quiet --config "$config" --out "$work/first-$n" >/dev/null
  rc=0; "$ww" check --config "$config" >/dev/null || rc=$?
  ((rc <= 1)) || { echo "check failed on $n pages (exit $rc)" >&2; exit 1; }
  runs=10; [[ $n -ge 10000 ]] && runs=3
  runs=${WEGWIJZER_BENCH_RUNS:-$runs}
  json=$work/hyperfine-$n.json
  # --ignore-failure: for check's exit 1 (findings). Old output is moved aside, not deleted
  # (see bench/run.sh).
  hyperfine --style none --warmup 1 --runs "$runs" --ignore-failure --export-json "$json" \
    --prepare "mv $work/out-$n $work/old-$n-\$RANDOM 2>/dev/null || true" \
    -n build "$ww build --quiet --config $config --out $work/out-$n" \
    -n check "$ww check --config $config" 2>&1 | grep -v -e 'Ignoring non-zero exit code' -e '^ *$' || true
  read -r b_med c_med b_cpu c_cpu < <(python3 -c "
import json
r = {x['command']: x for x in json.load(open('$json'))['results']}
print(r['build']['median'], r['check']['median'],
      r['build']['user'] + r['build']['system'], r['check']['user'] + r['check']['system'])")
  b_rss=$( { /usr/bin/time -f %M "$ww" build --quiet --config "$config" --out "$work/rss-$n"; } 2>&1 | tail -1)
  c_rss=$( { /usr/bin/time -f %M "$ww" check --config "$config" >/dev/null || true; } 2>&1 | tail -1)
  python3 - "$n" "$b_med" "$c_med" "$b_cpu" "$c_cpu" "$b_rss" "$c_rss" <<'PY'
import sys
n, b, c, bc, cc, brss, crss = int(sys.argv[1]), *map(float, sys.argv[2:])
print(f"| {n} | {b*1000:.0f} ms | {c*1000:.0f} ms | {c/b:.2f}× | {bc*1000:.0f} ms | {cc*1000:.0f} ms "
      f"| {cc/bc:.2f}× | {brss/1024:.0f} MB | {crss/1024:.0f} MB |")
PY
done
echo
echo "goal: check/build at most 1.00× (wall, median)"
echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg); $(hyperfine --version); $(date -u +%Y-%m-%d)"
