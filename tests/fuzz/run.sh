#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one: first every input of
# its corpus once, then fuzzing for WEGWIJZER_FUZZ_SECONDS.
# Usage: tests/fuzz/run.sh [target ...]   (default: every target with a corpus folder)
#        tests/fuzz/run.sh --merge [target ...]   (minimise: see README, Testing)
# Environment:
#   WEGWIJZER_FUZZ_SECONDS  seconds per target (default 60; 0 builds the targets and only replays the corpus)
#   WEGWIJZER_FUZZ_BUILD    build folder (default build-fuzz; an existing clang build with
#                           WEGWIJZER_FUZZ=ON is used as it is, e.g. .ci/test's build-asan)
#   WEGWIJZER_JOBS          parallel compile jobs (default: cores)
# The corpus is tests/fuzz/corpus/<target>/ (read only: hand-written seeds plus a minimised set
# from earlier runs); what the fuzzer finds on top goes to <build>/fuzz-corpus/<target>/, so a
# longer local run continues where the last one stopped. --merge adds to tests/fuzz/corpus/<target>/
# only the inputs of <build>/fuzz-corpus/<target>/ that reach code (edges; -use_counters=0 keeps the
# corpus small) the corpus does not yet reach.
# A finding stops the script with a non-zero exit and leaves the input in <build>/fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${WEGWIJZER_FUZZ_SECONDS:-60}
build=${WEGWIJZER_FUZZ_BUILD:-build-fuzz}
jobs=${WEGWIJZER_JOBS:-$(nproc)}

merge=0
if [[ "${1:-}" == "--merge" ]]; then
  merge=1
  shift
fi
targets=("$@")
if ((${#targets[@]} == 0)); then
  for d in tests/fuzz/corpus/*/; do targets+=("$(basename "$d")"); done
fi

if ! grep -q '^WEGWIJZER_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWEGWIJZER_FUZZ=ON -DWEGWIJZER_TESTS=OFF -DWEGWIJZER_WERROR=ON >/dev/null
fi
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
for t in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$t"
  artifacts="$build/fuzz-artifacts/$t/"
  mkdir -p "$corpus" "$artifacts"
  if ((merge)); then
    echo "== merge $t: inputs of $corpus that add coverage go to tests/fuzz/corpus/$t"
    "$build/tests/fuzz/$t" -merge=1 -use_counters=0 -timeout=10 -rss_limit_mb=2048 -max_len=16384 "tests/fuzz/corpus/$t" "$corpus" \
      > "$build/fuzz-$t-merge.log" 2>&1 || { tail -n 30 "$build/fuzz-$t-merge.log"; exit 1; }
    grep -E 'MERGE-OUTER: [0-9]+ new files' "$build/fuzz-$t-merge.log" || true
    continue
  fi
  echo "== fuzz $t: replay $(find "tests/fuzz/corpus/$t" -type f | wc -l) corpus inputs, then ${secs}s"
  runs=()
  if ((secs == 0)); then runs=(-runs=0); fi
  if ! "$build/tests/fuzz/$t" -max_total_time="$secs" "${runs[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
      -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus" "tests/fuzz/corpus/$t" \
      > "$build/fuzz-$t.log" 2>&1; then
    tail -n 60 "$build/fuzz-$t.log"
    echo "fuzz: $t found a problem; input in $artifacts"
    echo "  reproduce: $build/tests/fuzz/$t $artifacts<file>"
    exit 1
  fi
  grep -E '^stat::number_of_executed_units|^#[0-9]+ *DONE' "$build/fuzz-$t.log" | tail -n 2 || true
done
