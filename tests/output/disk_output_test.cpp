#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "output/output_sink.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using ww::DiskOutput;
using ww::test::TempDir;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE("disk output - writes into folders it creates on first use") {
  TempDir t{"out"};
  DiskOutput out(t.path.string());
  CHECK(out.write("index.html", "<p>a</p>"));
  CHECK(out.write("kader/bk/een.html", "een"));
  CHECK(out.write("kader/bk/twee.html", "twee"));
  CHECK(slurp(t.path / "index.html") == "<p>a</p>");
  CHECK(slurp(t.path / "kader/bk/een.html") == "een");
  CHECK(slurp(t.path / "kader/bk/twee.html") == "twee");
}

TEST_CASE("disk output - a shorter second write replaces the whole file") {
  TempDir t{"out"};
  DiskOutput out(t.path.string());
  REQUIRE(out.write("a.html", "a long first version"));
  REQUIRE(out.write("a.html", "kort"));
  CHECK(slurp(t.path / "a.html") == "kort");
}

TEST_CASE("disk output - binary bytes and empty files come through unchanged") {
  TempDir t{"out"};
  DiskOutput out(t.path.string());
  std::string bytes("a\0b\xff", 4);
  REQUIRE(out.write("bin/x.dat", bytes));
  REQUIRE(out.write("leeg.txt", ""));
  CHECK(slurp(t.path / "bin/x.dat") == bytes);
  CHECK(fs::exists(t.path / "leeg.txt"));
  CHECK(fs::file_size(t.path / "leeg.txt") == 0);
}

TEST_CASE("disk output - a path that cannot be written returns false") {
  TempDir t{"out"};
  DiskOutput out(t.path.string());
  REQUIRE(out.write("bestand", "x"));
  CHECK_FALSE(out.write("bestand/onder.html", "y"));  // a file where a folder should be
  CHECK_FALSE(out.write("", "y"));                    // the root folder itself
}

TEST_CASE("disk output - an empty root takes the path as given") {
  TempDir t{"out"};
  DiskOutput out("");
  REQUIRE(out.write((t.path / "los.zip").string(), "zip"));
  CHECK(slurp(t.path / "los.zip") == "zip");
}
