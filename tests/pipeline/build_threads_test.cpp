// The build's worker threads: one pool for the whole build (core/worker_pool.h), started by
// build_site unless the caller gives one, joined at its end; `--threads 1` starts none.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/worker_pool.h"
#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

/// The threads this process has now (Linux: one entry per thread in /proc/self/task).
std::size_t threads_now() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator("/proc/self/task")) ++n;
  return n;
}

MemoryFileSystem site_of(int pages) {
  std::string spec = "-- site-config.toml --\ntitle = \"T\"\n";
  for (int i = 0; i < pages; ++i)
    spec += "-- content/p" + std::to_string(i) + ".md --\n+++\ntitle = \"P" + std::to_string(i) +
            "\"\n+++\nTekst van pagina " + std::to_string(i) + ".\n";
  return mini_site(spec);
}

/// What the build's inspector saw: the threads when the pages begin, and the thread of each page.
struct Seen {
  std::size_t threads_at_begin = 0;
  std::vector<std::thread::id> page_threads;
};

BuildOptions watching(BuildOptions options, Seen& seen) {
  options.inspect.begin = [&seen](const ParsedSite& site, const Theme&) {
    seen.threads_at_begin = threads_now();
    seen.page_threads.assign(site.pages.size(), {});
  };
  options.inspect.page = [&seen](const ParsedSite&, std::size_t i) {
    seen.page_threads[i] = std::this_thread::get_id();
  };
  return options;
}

}  // namespace

TEST_CASE("build threads - --threads 1 builds every page on the calling thread, starting none") {
  const MemoryFileSystem fs = site_of(30);
  std::thread([] {}).join();  // a sanitizer's own thread starts with the first thread
  const std::size_t before = threads_now();
  Seen seen;
  BuildOptions one;
  one.threads = 1;
  BuildResult r = build_memory(fs, watching(one, seen));
  REQUIRE(r.ok);
  CHECK(seen.threads_at_begin == before);
  REQUIRE(seen.page_threads.size() == 30);
  for (const std::thread::id& id : seen.page_threads) CHECK(id == std::this_thread::get_id());
}

TEST_CASE("build threads - build_site starts its pool once for the build and joins it at the end") {
  const MemoryFileSystem fs = site_of(30);
  std::thread([] {}).join();
  const std::size_t before = threads_now();
  Seen seen;
  BuildOptions three;
  three.threads = 3;
  BuildResult r = build_memory(fs, watching(three, seen));
  REQUIRE(r.ok);
  CHECK(seen.threads_at_begin == before + 2);  // started before the first stage, still there
  CHECK(threads_now() == before);              // and joined
}

TEST_CASE("build threads - a pool the caller gives is used, and no other threads are started") {
  const MemoryFileSystem fs = site_of(30);
  WorkerPool pool(2);
  const std::size_t before = threads_now();
  Seen seen;
  BuildOptions options;
  options.threads = 4;  // the pool decides, not this
  options.workers = &pool;
  BuildResult r = build_memory(fs, watching(options, seen));
  REQUIRE(r.ok);
  CHECK(seen.threads_at_begin == before);
  CHECK(threads_now() == before);
  // The same site on one thread: the same files.
  BuildOptions one;
  one.threads = 1;
  CHECK(build_memory(fs, one).files == r.files);
}
