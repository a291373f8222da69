#include "core/parallel.h"

#include "core/worker_pool.h"

namespace ww {

void parallel_for_workers(std::size_t n, WorkerPool* workers,
                          const std::function<void(std::size_t, unsigned)>& fn) {
  if (!workers) {
    for (std::size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  workers->run(n, fn);
}

void parallel_for(std::size_t n, WorkerPool* workers, const std::function<void(std::size_t)>& fn) {
  parallel_for_workers(n, workers, [&](std::size_t i, unsigned) { fn(i); });
}

unsigned worker_count(const WorkerPool* workers) { return workers ? workers->threads() : 1; }

}  // namespace ww
