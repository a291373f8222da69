// Committing a staged output: the new folder in place, the old one gone with everything in it,
// its entries removed on the build's worker threads.
#include "output/staging.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/worker_pool.h"
#include "output/output_sink.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using namespace ww;
using ww::test::TempDir;

TEST_CASE("staging - commit puts the new output in place and removes all of the old one") {
  for (unsigned threads : {1u, 2u, 4u}) {
    INFO("threads " << threads);
    TempDir t{"staging"};
    const std::string out = (t.path / "public").string();
    Diagnostics diags;
    WorkerPool pool(threads);
    // The old output: sections of many files, nested folders, an empty folder, a file at the top.
    {
      auto first = begin_staging(out, diags);
      REQUIRE(first);
      DiskOutput old(first->staging_dir);
      bool written = true;
      for (int i = 0; i < 300; ++i)
        written = old.write("kader/p" + std::to_string(i) + ".html", "oud") && written;
      for (int i = 0; i < 50; ++i)
        written = old.write("zoektekst/" + std::to_string(i) + ".js", "oud") && written;
      written = old.write("js/vit/app.js", "oud") && old.write("index.html", "oud") && written;
      REQUIRE(written);
      fs::create_directories(fs::path(first->staging_dir) / "leeg");
      REQUIRE(commit_staging(*first, diags, &pool));
    }
    REQUIRE(fs::exists(t.path / "public/kader/p299.html"));
    auto second = begin_staging(out, diags);
    REQUIRE(second);
    REQUIRE(DiskOutput(second->staging_dir).write("index.html", "nieuw"));
    REQUIRE(commit_staging(*second, diags, threads == 1 ? nullptr : &pool));
    CHECK(diags.items.empty());
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::recursive_directory_iterator(t.path)) ++entries;
    CHECK(entries == 3);  // public/, its marker and index.html: nothing of the old output is left
    std::ifstream in(t.path / "public/index.html");
    std::string text;
    std::getline(in, text);
    CHECK(text == "nieuw");
    CHECK(fs::exists(t.path / "public" / std::string(kOutputMarker)));
    CHECK_FALSE(fs::exists(t.path / "public.oud"));
    CHECK_FALSE(fs::exists(t.path / "public.nieuw"));
  }
}

TEST_CASE("staging - an old output that is a symbolic link goes alone, never what it points to") {
  // commit_staging moves the old output aside and removes it: when the old output is a link to a
  // folder (a report folder given as a link, or one made while a build runs), the link is
  // removed and the folder it points to keeps every file.
  for (unsigned threads : {1u, 2u}) {
    INFO("threads " << threads);
    TempDir t{"staging-link"};
    fs::create_directories(t.path / "elders/sub");
    std::ofstream(t.path / "elders/houden.txt") << "van iemand anders";
    std::ofstream(t.path / "elders/sub/ook.txt") << "ook";
    fs::create_directory_symlink(t.path / "elders", t.path / "public");
    Diagnostics diags;
    WorkerPool pool(threads);
    auto staging = begin_staging((t.path / "public").string(), diags);
    REQUIRE(staging);
    REQUIRE(DiskOutput(staging->staging_dir).write("index.html", "nieuw"));
    REQUIRE(commit_staging(*staging, diags, threads == 1 ? nullptr : &pool));
    CHECK(fs::is_directory(fs::symlink_status(t.path / "public")));  // the new output, no link
    CHECK(fs::exists(t.path / "public/index.html"));
    CHECK(fs::exists(t.path / "elders/houden.txt"));
    CHECK(fs::exists(t.path / "elders/sub/ook.txt"));
    CHECK_FALSE(fs::exists(fs::symlink_status(t.path / "public.oud")));
  }
}
