#pragma once
/// Per-item parallel loops. Work item i must write its results to slot i (or to per-worker
/// state), so the outcome does not depend on the number of threads or their timing.
#include <cstddef>
#include <functional>

namespace ww {

/// Runs fn(i) for i in [0, n) on up to `threads` threads; results must go to slot i.
void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn);
/// Like parallel_for, and also passes the worker number (0 .. threads-1) for per-thread state.
void parallel_for_workers(std::size_t n, unsigned threads,
                          const std::function<void(std::size_t, unsigned)>& fn);

}  // namespace ww
