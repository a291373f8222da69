// build_to_disk: with --zip when the zip module cannot be loaded (the error comes before
// anything is built, and the previous output stays as it was), and a file at a page's path.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "output/output_sink.h"
#include "pipeline/build.h"
#include "support/temp_dir.h"

using namespace ww;

namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> files_below(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files[fs::relative(e.path(), dir).generic_string()] = bytes.str();
  }
  return files;
}

}  // namespace

TEST_CASE("build to disk - --zip without the zip module fails before building and loses nothing") {
  const test::TempDir dir("zip-module");
  fs::create_directories(dir.path / "site/content/kader");
  std::ofstream(dir.path / "site/site-config.toml")
      << "title = \"Test\"\nshort_name = \"test\"\nversie = \"1.0\"\ndatum = 2024-03-01\n";
  std::ofstream(dir.path / "site/content/_index.md") << "+++\ntitle = \"Home\"\n+++\nWelkom.\n";
  std::ofstream(dir.path / "site/content/kader/_index.md") << "+++\ntitle = \"Kader\"\n+++\n";
  std::ofstream(dir.path / "site/content/kader/a.md") << "+++\ntitle = \"A\"\n+++\nTekst.\n";
  fs::create_directories(dir.path / "geen-modules");
  BuildOptions o;
  o.config_path = (dir.path / "site/site-config.toml").string();
  o.theme_dirs = {std::string(WEGWIJZER_SOURCE_DIR) + "/themes"};
  o.out_dir = (dir.path / "uit").string();
  o.threads = 2;
  {
    Diagnostics diags;
    BuildStats stats;
    REQUIRE(build_to_disk(o, diags, stats));  // the previous output
  }
  const auto before = files_below(dir.path / "uit");
  REQUIRE(before.count("kader/a.html"));

  o.zip_path = (dir.path / "test.zip").string();
  o.module_dirs = {(dir.path / "geen-modules").string()};
  Diagnostics diags;
  BuildStats stats;
  CHECK_FALSE(build_to_disk(o, diags, stats));
  REQUIRE(diags.items.size() == 1);
  CHECK(diags.items[0].message.find("zip-bestand kan niet gemaakt worden") != std::string::npos);
  CHECK(diags.items[0].message.find("wegwijzer-zip.so") != std::string::npos);
  CHECK(diags.items[0].message.find((dir.path / "geen-modules").string()) != std::string::npos);
  CHECK(stats.pages == 0);  // nothing was built
  CHECK(files_below(dir.path / "uit") == before);
  CHECK_FALSE(fs::exists(dir.path / "test.zip"));
  CHECK_FALSE(fs::exists(dir.path / "uit.nieuw"));
}

TEST_CASE(
    "build to disk - --zip without the zip module: a config error is still what is reported") {
  const test::TempDir dir("zip-module-config");
  fs::create_directories(dir.path / "site/content");
  std::ofstream(dir.path / "site/site-config.toml") << "title = \"Test\"\n[kapot\n";
  std::ofstream(dir.path / "site/content/_index.md") << "+++\ntitle = \"Home\"\n+++\nWelkom.\n";
  fs::create_directories(dir.path / "geen-modules");
  BuildOptions o;
  o.config_path = (dir.path / "site/site-config.toml").string();
  o.theme_dirs = {std::string(WEGWIJZER_SOURCE_DIR) + "/themes"};
  o.out_dir = (dir.path / "uit").string();
  o.zip_path = (dir.path / "test.zip").string();
  o.module_dirs = {(dir.path / "geen-modules").string()};
  Diagnostics diags;
  BuildStats stats;
  CHECK_FALSE(build_to_disk(o, diags, stats));
  bool config_error = false;
  for (const auto& d : diags.items)
    config_error |= d.pos.file.ends_with("site-config.toml") && d.pos.line == 2;
  CHECK(config_error);
  CHECK_FALSE(fs::exists(dir.path / "uit"));
  CHECK_FALSE(fs::exists(dir.path / "test.zip"));
}

TEST_CASE("build to disk - a file at a page's path wins, as in a build into memory") {
  // The theme's files and the content's assets are written beside the merges, before the pages;
  // one at the same path as a page must still be what stays there, as when nothing is written
  // early (build --zip, serve, a build into memory).
  const test::TempDir dir("file-at-page");
  fs::create_directories(dir.path / "site/content");
  fs::create_directories(dir.path / "site/static");
  std::ofstream(dir.path / "site/site-config.toml") << "title = \"Test\"\n";
  std::ofstream(dir.path / "site/content/_index.md") << "+++\ntitle = \"Home\"\n+++\nWelkom.\n";
  std::ofstream(dir.path / "site/content/a.md") << "+++\ntitle = \"A\"\n+++\nPagina a.\n";
  std::ofstream(dir.path / "site/content/a.html") << "ASSET";
  std::ofstream(dir.path / "site/content/b.md") << "+++\ntitle = \"B\"\n+++\nPagina b.\n";
  std::ofstream(dir.path / "site/static/b.html") << "STATIC";
  BuildOptions o;
  o.config_path = (dir.path / "site/site-config.toml").string();
  o.theme_dirs = {std::string(WEGWIJZER_SOURCE_DIR) + "/themes"};
  o.threads = 2;
  DiskFileSystem disk;
  MemoryOutput memory;
  Diagnostics memory_diags;
  BuildStats memory_stats;
  build_site(disk, memory, o, memory_diags, memory_stats);
  const auto want = memory.files();
  REQUIRE(want.count("a.html"));
  REQUIRE(want.count("b.html"));
  for (unsigned threads : {1u, 2u}) {
    INFO("threads " << threads);
    o.threads = threads;
    o.out_dir = (dir.path / ("uit-" + std::to_string(threads))).string();
    Diagnostics diags;
    BuildStats stats;
    CHECK(build_to_disk(o, diags, stats) == !memory_diags.has_errors());
    const auto got = files_below(*o.out_dir);
    CHECK(got.at("a.html") == want.at("a.html"));
    CHECK(got.at("b.html") == want.at("b.html"));
    CHECK(got.at("a.html") == "ASSET");
    CHECK(got.at("b.html") == "STATIC");
    CHECK(stats.files == memory_stats.files);
  }
}
