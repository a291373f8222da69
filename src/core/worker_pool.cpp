#include "core/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <exception>

namespace ww {

/// One loop, on the stack of the thread that runs it. `next` hands out the items; the pool's
/// threads join it under the pool's mutex (taking worker numbers 1, 2, ...) only while it is
/// in loops_, and the caller waits until `helping` is back to 0 before it returns.
struct WorkerPool::Loop {
  Loop(std::size_t n_, const std::function<void(std::size_t, unsigned)>& fn_, unsigned helpers_,
       std::uint64_t started_)
      : n(n_), fn(fn_), max_helpers(helpers_), started(started_) {}
  std::size_t n;
  const std::function<void(std::size_t, unsigned)>& fn;
  unsigned max_helpers;
  std::uint64_t started;  ///< the pool's count of loops when this one started
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

WorkerPool::Loop* WorkerPool::loop_with_room(std::uint64_t started_after) const {
  // The newest loop first: a loop run from inside another one's item ends sooner with help.
  for (auto it = loops_.rbegin(); it != loops_.rend() && (*it)->started > started_after; ++it)
    if ((*it)->has_room()) return *it;
  return nullptr;
}

void WorkerPool::join(Loop& loop, std::unique_lock<std::mutex>& lock) {
  const unsigned worker = ++loop.helpers;
  ++loop.helping;
  lock.unlock();
  loop.work(worker);
  lock.lock();
  if (--loop.helping == 0) done_.notify_all();
}

void WorkerPool::help() {
  std::unique_lock lock(mutex_);
  for (;;) {
    Loop* loop = nullptr;
    work_.wait(lock, [&] { return ending_ || (loop = loop_with_room(0)) != nullptr; });
    if (ending_) return;
    join(*loop, lock);
  }
}

void WorkerPool::run(std::size_t n, const std::function<void(std::size_t, unsigned)>& fn) {
  if (threads_ <= 1 || n < 2) {
    for (std::size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  std::unique_lock lock(mutex_);
  Loop loop(n, fn, static_cast<unsigned>(std::min<std::size_t>(threads_ - 1, n - 1)), ++started_);
  loops_.push_back(&loop);
  lock.unlock();
  work_.notify_all();
  done_.notify_all();  // a caller waiting for its helpers may help this loop (below)
  loop.work(0);
  lock.lock();
  // Every item is started: no one joins any more. While those still working on it finish, this
  // thread helps a loop started after this one (one that an item of this loop, still running on
  // another thread, runs inside it), so two loops side by side share the threads to the end.
  // Never an older loop: that may be one whose item this thread is inside of.
  loops_.erase(std::find(loops_.begin(), loops_.end(), &loop));
  for (;;) {
    Loop* other = nullptr;
    done_.wait(lock, [&] {
      return loop.helping == 0 || (other = loop_with_room(loop.started)) != nullptr;
    });
    if (loop.helping == 0) break;
    join(*other, lock);
  }
  lock.unlock();
  if (loop.error) std::rethrow_exception(loop.error);
}

}  // namespace ww
