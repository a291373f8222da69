#include "serve/watcher.h"

#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/temp_dir.h"

namespace fs = std::filesystem;
using ww::test::TempDir;
using namespace ww;
using namespace std::chrono_literals;

namespace {

void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

/// Waits for the next change, at most 5 s (a timerfd stands in for the stop signal).
std::vector<std::string> next_changes(Watcher& w) {
  int timer = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
  itimerspec spec{};
  spec.it_value.tv_sec = 5;
  timerfd_settime(timer, 0, &spec, nullptr);
  std::vector<std::string> changed;
  wait_for_changes(w, timer, 30ms, changed);
  close(timer);
  return changed;
}

bool contains(const std::vector<std::string>& v, const std::string& part) {
  for (const auto& s : v)
    if (s.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("watcher - editor leftovers are ignored") {
  CHECK(is_ignored_name(".een.md.swp"));
  CHECK(is_ignored_name("een.md~"));
  CHECK(is_ignored_name("4913"));
  CHECK(is_ignored_name("#een.md#"));
  CHECK(is_ignored_name(".git"));
  CHECK_FALSE(is_ignored_name("een.md"));
  CHECK_FALSE(is_ignored_name("bronnen.toml"));
}

TEST_CASE(
    "watcher - changes below a folder, in new subfolders, and to a single file, bursts debounced") {
  TempDir t{"watch"};
  fs::create_directories(t.path / "content/kader");
  write(t.path / "site-config.toml", "title = \"x\"\n");
  write(t.path / "anders.toml", "");
  std::vector<std::string> problems;
  Watcher w({{(t.path / "content").string(), true},
             {(t.path / "site-config.toml").string(), false},
             {(t.path / "static").string(), true}},
            problems);
  REQUIRE(w.ok());
  CHECK(problems.empty());
  int stop_fd = eventfd(0, EFD_CLOEXEC);
  REQUIRE(stop_fd >= 0);

  write(t.path / "content/kader/een.md", "a");
  auto c = next_changes(w);
  CHECK(contains(c, "content/kader/een.md"));
  // One save (open, write, close: IN_MODIFY and IN_CLOSE_WRITE) is one changed file.
  write(t.path / "content/kader/een.md", "b");
  c = next_changes(w);
  CHECK(c == std::vector<std::string>{(t.path / "content/kader/een.md").string()});
  // So is an editor's safe save: a temporary file renamed over the original.
  write(t.path / "content/kader/een.md.tmp", "c");
  fs::rename(t.path / "content/kader/een.md.tmp", t.path / "content/kader/een.md");
  c = next_changes(w);
  CHECK(std::count(c.begin(), c.end(), (t.path / "content/kader/een.md").string()) == 1);

  // A burst of writes to several files gives one wake-up with all of them.
  for (int i = 0; i < 20; ++i) write(t.path / ("content/kader/p" + std::to_string(i) + ".md"), "x");
  c = next_changes(w);
  CHECK(contains(c, "p0.md"));
  CHECK(contains(c, "p19.md"));

  fs::create_directories(t.path / "content/nieuw/diep");
  c = next_changes(w);
  CHECK(contains(c, "content/nieuw"));
  write(t.path / "content/nieuw/diep/x.md", "x");
  c = next_changes(w);
  CHECK(contains(c, "nieuw/diep/x.md"));

  // Only the named file in the config folder counts.
  write(t.path / "site-config.toml", "title = \"y\"\n");
  c = next_changes(w);
  CHECK(contains(c, "site-config.toml"));
  CHECK_FALSE(contains(c, "anders.toml"));

  // A watched folder that did not exist at the start.
  fs::create_directories(t.path / "static/css");
  c = next_changes(w);
  CHECK(contains(c, "static"));
  write(t.path / "static/css/eigen.css", "x");
  c = next_changes(w);
  CHECK(contains(c, "static/css/eigen.css"));

  // Editor swap files alone wake nobody: the stop fd ends the wait instead.
  write(t.path / "content/kader/.een.md.swp", "x");
  std::vector<std::string> none;
  uint64_t one = 1;
  std::thread stopper([&] {
    std::this_thread::sleep_for(200ms);
    (void)!::write(stop_fd, &one, sizeof one);
  });
  CHECK(wait_for_changes(w, stop_fd, 30ms, none) == WaitResult::stopped);
  stopper.join();
  CHECK(none.empty());
  close(stop_fd);
}
