#include <catch2/catch.hpp>

#include "core/file_system.h"

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
