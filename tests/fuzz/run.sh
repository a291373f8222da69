#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one.
# Usage: tests/fuzz/run.sh [target ...]   (default: every target with a seed corpus folder)
# Environment:
#   WEGWIJZER_FUZZ_SECONDS  seconds per target (default 60; 0 builds the targets and only runs the seeds)
#   WEGWIJZER_FUZZ_BUILD    build folder (default build-fuzz)
#   WEGWIJZER_JOBS          parallel compile jobs (default: cores)
# Seeds come from tests/fuzz/corpus/<target>/ (read only); what the fuzzer finds on top goes to
# <build>/fuzz-corpus/<target>/, so a longer local run continues where the last one stopped.
# A finding stops the script with a non-zero exit and leaves the input in <build>/fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${WEGWIJZER_FUZZ_SECONDS:-60}
build=${WEGWIJZER_FUZZ_BUILD:-build-fuzz}
jobs=${WEGWIJZER_JOBS:-$(nproc)}

targets=("$@")
if ((${#targets[@]} == 0)); then
  for d in tests/fuzz/corpus/*/; do targets+=("$(basename "$d")"); done
fi

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DWEGWIJZER_FUZZ=ON -DWEGWIJZER_TESTS=OFF -DWEGWIJZER_WERROR=ON >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
for t in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$t"
  artifacts="$build/fuzz-artifacts/$t/"
  mkdir -p "$corpus" "$artifacts"
  echo "== fuzz $t for ${secs}s"
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
