#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace ww {

void parallel_for_workers(std::size_t n, unsigned threads,
                          const std::function<void(std::size_t, unsigned)>& fn) {
  if (threads <= 1 || n < 2) {
    for (std::size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> pool;
  unsigned count = static_cast<unsigned>(std::min<std::size_t>(threads, n));
  auto work = [&](unsigned t) {
    for (std::size_t i = next++; i < n; i = next++) fn(i, t);
  };
  for (unsigned t = 1; t < count; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& th : pool) th.join();
}

void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn) {
  parallel_for_workers(n, threads, [&](std::size_t i, unsigned) { fn(i); });
}

}  // namespace ww
