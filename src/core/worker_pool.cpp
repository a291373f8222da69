#include "core/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <exception>

namespace ww {

/// One loop, on the stack of the thread that runs it. `next` hands out the items; the pool's
/// threads join it under the pool's mutex (taking worker numbers 1, 2, ...) only while it is
/// in loops_, and the caller waits until `helping` is back to 0 before it returns.
struct WorkerPool::Loop {
  Loop(std::size_t n_, const std::function<void(std::size_t, unsigned)>& fn_, unsigned helpers_)
      : n(n_), fn(fn_), max_helpers(helpers_) {}
  std::size_t n;
  const std::function<void(std::size_t, unsigned)>& fn;
  unsigned max_helpers;
  std::atomic<std::size_t> next{0};
  unsigned helpers = 0;  ///< joined so far (guarded by the pool's mutex)
  unsigned helping = 0;  ///< joined and not yet left (guarded by the pool's mutex)
  std::mutex error_mutex;
  std::exception_ptr error;

  void work(unsigned worker) {
    for (std::size_t i = next++; i < n; i = next++) {
      try {
        fn(i, worker);
      } catch (...) {
        std::lock_guard lock(error_mutex);
        if (!error) error = std::current_exception();
        next = n;  // the items not yet started are skipped
      }
    }
  }
  [[nodiscard]] bool has_room() const {
    return helpers < max_helpers && next.load(std::memory_order_relaxed) < n;
  }
};

WorkerPool::WorkerPool(unsigned threads) : threads_(std::max(1u, threads)) {
  pool_.reserve(threads_ - 1);
  for (unsigned t = 1; t < threads_; ++t) pool_.emplace_back([this] { help(); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard lock(mutex_);
    ending_ = true;
  }
  work_.notify_all();
  for (std::thread& t : pool_) t.join();
}

WorkerPool::Loop* WorkerPool::loop_with_room() const {
  // The newest loop first: a loop run from inside another one's item ends sooner with help.
  for (auto it = loops_.rbegin(); it != loops_.rend(); ++it)
    if ((*it)->has_room()) return *it;
  return nullptr;
}

void WorkerPool::help() {
  std::unique_lock lock(mutex_);
  for (;;) {
    Loop* loop = nullptr;
    work_.wait(lock, [&] { return ending_ || (loop = loop_with_room()) != nullptr; });
    if (ending_) return;
    const unsigned worker = ++loop->helpers;
    ++loop->helping;
    lock.unlock();
    loop->work(worker);
    lock.lock();
    if (--loop->helping == 0) done_.notify_all();
  }
}

void WorkerPool::run(std::size_t n, const std::function<void(std::size_t, unsigned)>& fn) {
  if (threads_ <= 1 || n < 2) {
    for (std::size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  Loop loop(n, fn, static_cast<unsigned>(std::min<std::size_t>(threads_ - 1, n - 1)));
  {
    std::lock_guard lock(mutex_);
    loops_.push_back(&loop);
  }
  work_.notify_all();
  loop.work(0);
  {
    // Every item is started: no one joins any more; wait for those still working on it.
    std::unique_lock lock(mutex_);
    loops_.erase(std::find(loops_.begin(), loops_.end(), &loop));
    done_.wait(lock, [&] { return loop.helping == 0; });
  }
  if (loop.error) std::rethrow_exception(loop.error);
}

}  // namespace ww
