#include "core/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>

#include "support/temp_dir.h"

using namespace ww;

TEST_CASE("file system - memory fake lists files sorted and relative") {
  MemoryFileSystem fs;
  fs.add("content/b.md", "b");
  fs.add("content/a/x.md", "x");
  fs.add("other/c.md", "c");
  std::vector<std::string> problems;
  auto files = fs.list_files("content", problems);
  REQUIRE(files == std::vector<std::string>{"a/x.md", "b.md"});
  CHECK(fs.is_dir("content/a"));
  CHECK_FALSE(fs.is_dir("cont"));
  CHECK(fs.read("content/b.md") == std::optional<std::string>("b"));
  CHECK_FALSE(fs.read("nope").has_value());
}

TEST_CASE("file system - path helpers") {
  CHECK(path_join("a", "b") == "a/b");
  CHECK(path_join("", "b") == "b");
  CHECK(path_join("a/", "b") == "a/b");
  CHECK(path_dir("a/b/c.md") == "a/b");
  CHECK(path_dir("c.md").empty());
  CHECK(path_stem("a/x.aanvulling.md") == "x.aanvulling");
  CHECK(path_normalize("a/./b/../c.md") == std::optional<std::string>("a/c.md"));
  CHECK_FALSE(path_normalize("a/../../etc/passwd").has_value());
}

TEST_CASE("file system - root prefix at depth 0, 1 and 2") {
  CHECK(root_prefix("index.html").empty());
  CHECK(root_prefix("kader/samenvatting.html") == "../");
  CHECK(root_prefix("a/b/c.html") == "../../");
}

TEST_CASE("file system - confined: a link out of the roots reads as missing and is not walked") {
  namespace fs = std::filesystem;
  const test::TempDir dir("confined");
  const fs::path& t = dir.path;
  fs::create_directories(t / "site/content/sub");
  fs::create_directories(t / "buiten/diep");
  std::ofstream(t / "site/content/a.md") << "a";
  std::ofstream(t / "buiten/geheim.txt") << "geheim";
  std::ofstream(t / "buiten/diep/nog.txt") << "nog";
  fs::create_symlink(t / "buiten/geheim.txt", t / "site/content/geheim.txt");
  fs::create_directory_symlink(t / "buiten", t / "site/content/buiten");
  fs::create_symlink("a.md", t / "site/content/alias.md");  // inside the project: followed
  fs::create_symlink("/proc/self/environ", t / "site/content/env.txt");

  DiskFileSystem disk;
  ConfinedFileSystem confined(disk, {(t / "site").string()});
  const std::string content = (t / "site/content").string();
  std::vector<std::string> problems;
  auto files = confined.list_files(content, problems);
  CHECK(files == std::vector<std::string>{"a.md", "alias.md"});
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  INFO(all);
  CHECK(problems.size() == 3);
  CHECK(all.find(content + "/buiten: symbolische link wijst buiten het project") !=
        std::string::npos);
  CHECK(all.find(content + "/geheim.txt: symbolische link wijst buiten het project") !=
        std::string::npos);
  CHECK(all.find(content + "/env.txt: symbolische link wijst buiten het project") !=
        std::string::npos);
  CHECK_FALSE(confined.read(content + "/geheim.txt"));
  CHECK_FALSE(confined.read(content + "/env.txt"));
  CHECK_FALSE(confined.read(content + "/../../buiten/geheim.txt"));
  CHECK(confined.read(content + "/alias.md") == std::optional<std::string>("a"));
  // The unconfined disk still follows them (that is what the wrapper is for).
  std::vector<std::string> open_problems;
  CHECK(disk.list_files(content, open_problems).size() > 2);
  // A second root lets that folder in.
  ConfinedFileSystem wider(disk, {(t / "site").string(), (t / "buiten").string()});
  CHECK(wider.read(content + "/geheim.txt") == std::optional<std::string>("geheim"));
}

TEST_CASE("file system - a FIFO in the project, or linked from it, reads as missing at once") {
  // A FIFO is no file to publish; opening it for reading would wait for a writer forever.
  namespace fs = std::filesystem;
  const test::TempDir dir("fifo");
  const fs::path& t = dir.path;
  fs::create_directories(t / "site/content");
  fs::create_directories(t / "buiten");
  REQUIRE(::mkfifo((t / "site/content/pijp.md").c_str(), 0600) == 0);
  REQUIRE(::mkfifo((t / "buiten/pijp").c_str(), 0600) == 0);
  fs::create_symlink(t / "buiten/pijp", t / "site/content/buiten.md");
  std::ofstream(t / "site/content/a.md") << "a";
  DiskFileSystem disk;
  ConfinedFileSystem confined(disk, {(t / "site").string()});
  const std::vector<std::pair<const FileSystem*, fs::path>> cases = {
      {&confined, t / "site/content/pijp.md"},
      {&confined, t / "site/content/buiten.md"},
      {&disk, t / "site/content/pijp.md"},
  };
  for (const auto& c : cases) {
    const FileSystem* files = c.first;  // not a structured binding: clang 14 cannot capture one
    const fs::path path = c.second;
    INFO(path.string());
    auto pending = std::async(std::launch::async, [&] { return files->read(path.string()); });
    const bool done = pending.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    CHECK(done);
    if (!done) {  // let the waiting read go, so the test ends (and fails)
      const fs::path fifo = fs::canonical(path);
      const int w = ::open(fifo.c_str(), O_WRONLY);
      if (w >= 0) ::close(w);
    }
    CHECK_FALSE(pending.get());
  }
  CHECK(confined.read((t / "site/content/a.md").string()) == std::optional<std::string>("a"));
}

TEST_CASE("file system - the generic confined read and the disk's agree") {
  // DiskFileSystem::read_within asks the kernel where the open file is; FileSystem::read_within
  // (the fallback without /proc, and the memory fake) resolves the path. Same answers.
  namespace fs = std::filesystem;
  const test::TempDir dir("within");
  const fs::path& t = dir.path;
  fs::create_directories(t / "site/content/sub");
  fs::create_directories(t / "buiten");
  std::ofstream(t / "site/content/a.md") << "a";
  std::ofstream(t / "site/content/sub/b.md") << "b";
  std::ofstream(t / "buiten/geheim.txt") << "geheim";
  fs::create_symlink("../a.md", t / "site/content/sub/terug.md");
  fs::create_symlink(t / "buiten/geheim.txt", t / "site/content/geheim.txt");
  fs::create_directory_symlink(t / "buiten", t / "site/content/uit");
  fs::create_symlink("/proc/self/environ", t / "site/content/env.txt");
  fs::create_symlink(t / "site/content/nergens.md", t / "site/content/dood.md");

  /// The generic read_within, as a file system without an override of its own uses it.
  struct Generic : FileSystem {
    DiskFileSystem disk;
    std::optional<std::string> read(const std::string& p) const override { return disk.read(p); }
    bool is_file(const std::string& p) const override { return disk.is_file(p); }
    bool is_dir(const std::string& p) const override { return disk.is_dir(p); }
    std::vector<std::string> list_files(const std::string& d,
                                        std::vector<std::string>& problems) const override {
      return disk.list_files(d, problems);
    }
    std::optional<std::string> real_path(const std::string& p) const override {
      return disk.real_path(p);
    }
  } generic;
  DiskFileSystem disk;
  const std::vector<std::string> roots = {*disk.real_path((t / "site").string())};
  const std::string c = (t / "site/content").string();
  const std::vector<std::pair<std::string, std::optional<std::string>>> expected = {
      {c + "/a.md", "a"},
      {c + "/sub/b.md", "b"},
      {c + "/sub/terug.md", "a"},
      {c + "/sub/../a.md", "a"},
      {c + "/geheim.txt", std::nullopt},
      {c + "/uit/geheim.txt", std::nullopt},
      {c + "/../../buiten/geheim.txt", std::nullopt},
      {c + "/env.txt", std::nullopt},
      {c + "/dood.md", std::nullopt},
      {c + "/nergens.md", std::nullopt},
      {c + "/sub", std::nullopt},
  };
  for (const auto& [path, want] : expected) {
    INFO(path);
    CHECK(disk.read_within(path, roots) == want);
    CHECK(generic.read_within(path, roots) == want);
  }
}

TEST_CASE("file system - path_within compares whole path segments") {
  CHECK(path_within("/a/b", "/a"));
  CHECK(path_within("/a", "/a"));
  CHECK_FALSE(path_within("/ab", "/a"));
  CHECK_FALSE(path_within("/a", "/a/b"));
  CHECK(path_within("/x", "/"));
  MemoryFileSystem m;
  CHECK(m.real_path("site/../x") == std::optional<std::string>("/memory/x"));
  CHECK(m.real_path("site/../../x") == std::optional<std::string>("/x"));
}

namespace {
/// path_normalize as it was written with a stream (std::getline on '/'): the reference.
std::optional<std::string> normalize_by_stream(const std::string& p) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(p);
  while (std::getline(in, part, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else {
      parts.push_back(part);
    }
  }
  std::string out;
  for (const auto& s : parts) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}
}  // namespace

TEST_CASE("file system - path_normalize splits on slashes as the stream version did") {
  const std::vector<std::string> pieces = {"a", "bc", "..", ".", "/", "//", "...", ".x", "é", " "};
  std::uint64_t state = 3;
  for (int round = 0; round < 3000; ++round) {
    std::string path;
    for (int k = 0; k < 1 + round % 9; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      path += pieces[(state >> 33) % pieces.size()];
    }
    INFO("[" << path << "]");
    REQUIRE(path_normalize(path) == normalize_by_stream(path));
  }
  CHECK(path_normalize("") == std::optional<std::string>(""));
  CHECK(path_normalize("a/b/") == std::optional<std::string>("a/b"));
}
