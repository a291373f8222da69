#pragma once
/// Worker threads that live as long as one build (or one `check`, or one `serve`): started
/// once by whoever runs the build and handed down to the stages, instead of every parallel loop
/// starting and joining threads of its own (core/parallel.h runs its loops here).
///
/// Several threads may run loops on one pool at the same time, and a loop's body may run a loop
/// itself: the thread that runs a loop always works on it too and can finish it alone, so the
/// pool's threads only help (they never hold a loop up by not being free).
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ww {

class WorkerPool {
 public:
  /// `threads` threads work on each loop at most: the caller and threads-1 of the pool's own
  /// (0 or 1: none are started, every loop runs on the calling thread).
  explicit WorkerPool(unsigned threads);
  /// Joins the threads. No loop may be running any more.
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  /// How many threads may work on one loop (at least 1).
  [[nodiscard]] unsigned threads() const { return threads_; }

  /// Runs fn(i, worker) for i in [0, n), on the calling thread (worker 0) and on the pool's
  /// threads that are free (workers 1 .. threads()-1); two threads working on this loop at the
  /// same time never have the same worker number. Returns when every call has returned. The
  /// first exception a call throws is thrown here, after the calls that had started returned;
  /// the items not yet started are then skipped.
  void run(std::size_t n, const std::function<void(std::size_t, unsigned)>& fn);

 private:
  struct Loop;
  void help();
  /// The newest loop that started after the `started_after`-th and has items left and room for
  /// a helper; null when there is none. Called with mutex_ held.
  [[nodiscard]] Loop* loop_with_room(std::uint64_t started_after) const;
  /// Works on `loop` as its next helper until its items are all started (mutex_ held by `lock`
  /// before and after).
  void join(Loop& loop, std::unique_lock<std::mutex>& lock);

  unsigned threads_;
  std::mutex mutex_;
  std::condition_variable work_;  ///< a loop was added, or the pool ends
  std::condition_variable done_;  ///< a helper left its loop
  std::vector<Loop*> loops_;      ///< the loops running now (each lives on its caller's stack)
  std::uint64_t started_ = 0;     ///< loops started so far
  bool ending_ = false;
  std::vector<std::thread> pool_;
};

}  // namespace ww
