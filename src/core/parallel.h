#pragma once
/// Per-item parallel loops. Work item i must write its results to slot i (or to per-worker
/// state), so the outcome does not depend on the number of threads or their timing.
/// The threads are those of the build's WorkerPool (core/worker_pool.h); a null pool runs the
/// loop on the calling thread.
#include <cstddef>
#include <functional>

namespace ww {

class WorkerPool;

/// Runs fn(i) for i in [0, n) on the calling thread and the free threads of `workers` (null:
/// on the calling thread only); results must go to slot i. The first exception is rethrown.
void parallel_for(std::size_t n, WorkerPool* workers, const std::function<void(std::size_t)>& fn);
/// Like parallel_for, and also passes the worker number (0 .. worker_count(workers)-1, unique
/// among the threads working on this loop at the same time) for per-thread state.
void parallel_for_workers(std::size_t n, WorkerPool* workers,
                          const std::function<void(std::size_t, unsigned)>& fn);
/// How many worker numbers a loop on `workers` may use (1 for null).
unsigned worker_count(const WorkerPool* workers);

}  // namespace ww
