// The build's pool of worker threads: started once and joined at the end, every item run once,
// worker numbers unique within a loop, loops from two threads at once and from inside a loop's
// body, and an exception in a body thrown where the loop was run.
#include "core/worker_pool.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/parallel.h"

using namespace ww;
using namespace std::chrono_literals;

namespace {

/// The threads this process has now (Linux: one entry per thread in /proc/self/task).
std::size_t thread_count_now() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator("/proc/self/task")) ++n;
  return n;
}

/// Waits until `flag` is set, for at most 20 seconds; false on time-out.
bool wait_for(const std::atomic<bool>& flag) {
  const auto until = std::chrono::steady_clock::now() + 20s;
  while (!flag.load()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(100us);
  }
  return true;
}

/// What check_loop saw (Catch2's CHECK may only be used on the test's own thread).
struct LoopSeen {
  std::size_t once = 0;  ///< items that ran exactly once
  int clashes = 0;       ///< a worker number taken by two threads at the same time
  int out_of_range = 0;  ///< a worker number >= threads()
};

/// Runs a loop of n items on `pool` and sees whether every item ran once, whether two threads
/// worked under one worker number at the same time, and whether the numbers stay below threads().
LoopSeen run_loop(WorkerPool& pool, std::size_t n) {
  std::vector<std::atomic<int>> runs(n);
  std::vector<std::atomic<bool>> busy(pool.threads());
  std::atomic<int> clashes{0}, out_of_range{0};
  parallel_for_workers(n, &pool, [&](std::size_t i, unsigned w) {
    if (w >= pool.threads()) {
      ++out_of_range;
      return;
    }
    if (busy[w].exchange(true)) ++clashes;
    if (i % 7 == 0) std::this_thread::sleep_for(20us);  // let the workers overlap
    ++runs[i];
    busy[w] = false;
  });
  LoopSeen seen;
  for (const auto& r : runs) seen.once += r.load() == 1;
  seen.clashes = clashes;
  seen.out_of_range = out_of_range;
  return seen;
}

void check_loop(WorkerPool& pool, std::size_t n) {
  const LoopSeen seen = run_loop(pool, n);
  CHECK(seen.once == n);
  CHECK(seen.clashes == 0);
  CHECK(seen.out_of_range == 0);
}

}  // namespace

TEST_CASE("worker pool - its threads start once and are joined when it ends") {
  std::thread([] {}).join();  // a sanitizer's own thread starts with the first thread
  const std::size_t before = thread_count_now();
  {
    WorkerPool pool(4);
    CHECK(pool.threads() == 4);
    CHECK(thread_count_now() == before + 3);  // the caller is the fourth
    std::atomic<std::size_t> during{0};
    for (int loop = 0; loop < 50; ++loop)
      parallel_for(100, &pool, [&](std::size_t i) {
        if (i == 0 && loop == 49) during = thread_count_now();
      });
    CHECK(during.load() == before + 3);  // 50 loops started no threads of their own
  }
  CHECK(thread_count_now() == before);
  {
    WorkerPool one(1), none(0);
    CHECK(one.threads() == 1);
    CHECK(none.threads() == 1);
    CHECK(thread_count_now() == before);
  }
}

TEST_CASE("worker pool - with one thread everything runs on the calling thread, in order") {
  WorkerPool pool(1);
  std::vector<std::size_t> order;
  std::atomic<int> elsewhere{0};
  const auto me = std::this_thread::get_id();
  parallel_for_workers(50, &pool, [&](std::size_t i, unsigned w) {
    if (std::this_thread::get_id() != me || w != 0) ++elsewhere;
    order.push_back(i);
  });
  CHECK(elsewhere.load() == 0);
  REQUIRE(order.size() == 50);
  for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
  // No pool at all: the same.
  order.clear();
  parallel_for(3, nullptr, [&](std::size_t i) {
    if (std::this_thread::get_id() != me) ++elsewhere;
    order.push_back(i);
  });
  CHECK(elsewhere.load() == 0);
  CHECK(order == std::vector<std::size_t>{0, 1, 2});
  CHECK(worker_count(nullptr) == 1);
  CHECK(worker_count(&pool) == 1);
}

TEST_CASE("worker pool - no items and one item") {
  WorkerPool pool(4);
  int calls = 0;
  parallel_for(0, &pool, [&](std::size_t) { ++calls; });
  CHECK(calls == 0);
  std::thread::id ran_on;
  unsigned worker = 99;
  parallel_for_workers(1, &pool, [&](std::size_t i, unsigned w) {
    ++calls;
    CHECK(i == 0);
    ran_on = std::this_thread::get_id();
    worker = w;
  });
  CHECK(calls == 1);
  CHECK(ran_on == std::this_thread::get_id());
  CHECK(worker == 0);
}

TEST_CASE("worker pool - every item once, worker numbers unique and below threads()") {
  for (unsigned threads : {2u, 3u, 8u}) {
    WorkerPool pool(threads);
    for (std::size_t n : {2u, 3u, 5u, 1000u, 20000u}) check_loop(pool, n);
  }
}

TEST_CASE("worker pool - the pool's threads do work on a loop") {
  // Item 0 waits for item 1 to start: only another thread can start it.
  WorkerPool pool(2);
  std::atomic<bool> second_started{false};
  std::atomic<bool> waited_in_vain{false};
  std::thread::id first, second;
  parallel_for(2, &pool, [&](std::size_t i) {
    if (i == 1) {
      second = std::this_thread::get_id();
      second_started = true;
      return;
    }
    first = std::this_thread::get_id();
    if (!wait_for(second_started)) waited_in_vain = true;
  });
  CHECK_FALSE(waited_in_vain.load());
  CHECK(first != second);
}

TEST_CASE("worker pool - two threads run loops on one pool at the same time") {
  WorkerPool pool(3);
  const std::size_t n = 300;
  std::vector<LoopSeen> mine(200), others(200);
  std::thread other([&] {
    for (LoopSeen& seen : others) seen = run_loop(pool, n);
  });
  for (LoopSeen& seen : mine) seen = run_loop(pool, n);
  other.join();
  for (const auto* loops : {&mine, &others})
    for (const LoopSeen& seen : *loops) {
      CHECK(seen.once == n);
      CHECK(seen.clashes == 0);
      CHECK(seen.out_of_range == 0);
    }
}

TEST_CASE("worker pool - a loop ends while the pool's threads are busy in another loop") {
  // Loop A holds the pool's only thread until loop B has ended: B must be finished by the thread
  // that runs it, alone.
  WorkerPool pool(2);
  std::atomic<bool> both_started{false}, b_done{false}, timed_out{false};
  std::atomic<int> a_started{0};
  std::thread a([&] {
    parallel_for(2, &pool, [&](std::size_t) {
      if (++a_started == 2) both_started = true;
      if (!wait_for(b_done)) timed_out = true;
    });
  });
  const bool a_holds_the_pool = wait_for(both_started);
  std::vector<int> slots(500, 0);
  parallel_for(slots.size(), &pool, [&](std::size_t i) { slots[i] = static_cast<int>(i) * 2; });
  b_done = true;
  a.join();
  CHECK(a_holds_the_pool);
  CHECK_FALSE(timed_out.load());
  for (std::size_t i = 0; i < slots.size(); ++i) CHECK(slots[i] == static_cast<int>(i) * 2);
}

TEST_CASE("worker pool - a loop inside a loop's body on the same pool") {
  for (unsigned threads : {2u, 4u}) {
    WorkerPool pool(threads);
    const std::size_t outer = 12, inner = 300;
    std::vector<std::vector<std::size_t>> result(outer, std::vector<std::size_t>(inner, 0));
    std::atomic<int> clashes{0};
    parallel_for_workers(outer, &pool, [&](std::size_t o, unsigned) {
      std::vector<std::atomic<bool>> busy(pool.threads());
      parallel_for_workers(inner, &pool, [&](std::size_t i, unsigned w) {
        if (busy[w].exchange(true)) ++clashes;
        result[o][i] = o * inner + i;
        busy[w] = false;
      });
    });
    CHECK(clashes.load() == 0);
    std::size_t right = 0;
    for (std::size_t o = 0; o < outer; ++o)
      for (std::size_t i = 0; i < inner; ++i) right += result[o][i] == o * inner + i;
    CHECK(right == outer * inner);
  }
}

TEST_CASE("worker pool - a caller whose items are done helps a loop run inside another item") {
  // Two items side by side (build_site: the theme on one thread, the content on the other): the
  // calling thread's item ends first, and it then helps the loop the other item runs, instead of
  // only waiting for that item to end.
  WorkerPool pool(2);
  const std::thread::id caller = std::this_thread::get_id();
  std::atomic<bool> other_started{false}, timed_out{false};
  std::mutex ids_mutex;
  std::set<std::thread::id> inner_threads;
  std::atomic<int> clashes{0}, inner_runs{0};
  bool on_pool_thread = false;
  parallel_for(2, &pool, [&](std::size_t) {
    if (std::this_thread::get_id() == caller) {
      if (!wait_for(other_started)) timed_out = true;  // the short item: ends at once
      return;
    }
    on_pool_thread = true;
    other_started = true;
    std::vector<std::atomic<bool>> busy(pool.threads());
    parallel_for_workers(400, &pool, [&](std::size_t, unsigned w) {
      if (busy[w].exchange(true)) ++clashes;
      {
        std::lock_guard lock(ids_mutex);
        inner_threads.insert(std::this_thread::get_id());
      }
      std::this_thread::sleep_for(50us);
      ++inner_runs;
      busy[w] = false;
    });
  });
  REQUIRE_FALSE(timed_out.load());
  REQUIRE(on_pool_thread);
  CHECK(inner_runs.load() == 400);
  CHECK(clashes.load() == 0);
  CHECK(inner_threads.size() == 2);
  CHECK(inner_threads.count(caller) == 1);
}

TEST_CASE("worker pool - an exception in a body is thrown where the loop ran") {
  for (unsigned threads : {1u, 2u, 4u}) {
    WorkerPool pool(threads);
    std::atomic<int> ran{0};
    std::atomic<bool> thrown{false};
    try {
      parallel_for(1000, &pool, [&](std::size_t i) {
        ++ran;
        if (i == 5) {
          thrown = true;
          throw std::runtime_error("item 5");
        }
        // The items after it wait for the throw and then take a millisecond each, so the other
        // threads cannot run all of them while the throwing thread is not scheduled (they did
        // once, on a loaded machine, when an item took nanoseconds).
        if (i > 5) {
          while (!thrown) std::this_thread::yield();
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
      });
      FAIL("no exception");
    } catch (const std::runtime_error& e) {
      CHECK(std::string(e.what()) == "item 5");
    }
    if (threads == 1)
      CHECK(ran.load() == 6);  // one thread: nothing after the item that threw
    else
      CHECK(ran.load() < 1000);  // the items not yet started are skipped
    // The pool still works afterwards.
    check_loop(pool, 500);
  }
}
