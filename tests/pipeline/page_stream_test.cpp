// The streaming build (pipeline/page_stream.h): links are rewritten while each page streams, but
// what needs every page (anchors, pages a merge adds, hints) is checked after the merges.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "output/staging.h"
#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

MemoryFileSystem linking_site(const std::string& links) {
  return mini_site(R"(
-- site-config.toml --
title = "Test"
-- content/bronnen.toml --
[a]
titel = "Titel A"
-- content/afkortingen.toml --
Wmo = "Wet maatschappelijke ondersteuning"
-- content/woordenlijst/_index.md --
+++
title = "Woordenlijst"
+++
-- content/woordenlijst/toegang.md --
+++
term = "toegang"
kort = "Hoe mensen hulp vinden."
+++
Uitleg.
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/b.md --
+++
title = "Brede blik"
+++
De toegang en de Wmo [@a].

## Een kop
-- content/kader/a.md --
+++
title = "A"
+++
De toegang en de Wmo [@a].

)" + links + "\n");
}

bool has(const BuildResult& r, const std::string& text) {
  return r.messages().find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("page stream - anchors made by a merge and on later pages are found") {
  // "Komt voor op" is added to the term page after every page streamed; b.md streams after
  // a.md's links; bronnen.html and afkortingen.html exist only after the merges.
  auto r = build_memory(linking_site(
      "[k](../woordenlijst/toegang.md#komt-voor-op) [b](b.md#een-kop) [n](#noten) "
      "[bron](../bronnen.html#bron-a) [afk](../afkortingen.html) [b2](b.html#een-kop)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& a = r.files["kader/a.html"];
  CHECK(a.find("href=\"../woordenlijst/toegang.html#komt-voor-op\"") != std::string::npos);
  CHECK(a.find("href=\"b.html#een-kop\"") != std::string::npos);
  CHECK(a.find("href=\"../bronnen.html#bron-a\"") != std::string::npos);
  CHECK(a.find("href=\"../afkortingen.html\"") != std::string::npos);
}

TEST_CASE("page stream - dead anchors and pages are reported at the link, after the merges") {
  auto r = build_memory(
      linking_site("[x](b.md#geen-kop) [y](#nergens) [z](../bronnen.html#bron-onbekend)\n\n"
                   "[z2](../afkortingen.html#nope) [zoek](../zoeken.html) [dood](bestaat-niet.md) "
                   "[Brede blik](../kader/brede.md)"));
  REQUIRE_FALSE(r.ok);
  INFO(r.messages());
  CHECK(has(r, "content/kader/a.md:6:1: fout: anker '#geen-kop' bestaat niet in kader/b.md"));
  CHECK(has(r, "fout: anker '#nergens' bestaat niet op deze pagina"));
  CHECK(has(r, "fout: anker '#bron-onbekend' bestaat niet in bronnen.html"));
  CHECK(has(r, "content/kader/a.md:8:1: fout: anker '#nope' bestaat niet in afkortingen.html"));
  // zoeken.html is made after the links are checked: content cannot link to it.
  CHECK(has(r, "fout: dode link: '../zoeken.html' bestaat niet"));
  CHECK(has(r, "fout: dode link: 'bestaat-niet.md' bestaat niet"));
  // The hint of a dead page link looks at every page, also those streamed later.
  CHECK(has(r,
            "dode link: '../kader/brede.md' bestaat niet [dode-link]\n  hint: bedoelde u "
            "'b.md'?"));
}

TEST_CASE("page stream - the same output and messages on 1 and 3 threads") {
  auto fs = linking_site("[x](b.md#geen-kop) [k](../woordenlijst/toegang.md#komt-voor-op)");
  BuildOptions one, three;
  one.threads = 1;
  three.threads = 3;
  auto a = build_memory(fs, one);
  auto b = build_memory(fs, three);
  CHECK(a.messages() == b.messages());
  CHECK(a.files == b.files);
}

namespace {

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("page stream - a build to disk writes the snippet files while streaming: same files") {
  // build_to_disk lets the search snippet files be written as soon as each is complete (its
  // staging folder is dropped on failure); the folder must hold exactly what a build into memory
  // makes, with the same file count, on 1 and 3 threads.
  namespace fs = std::filesystem;
  const std::string root = WEGWIJZER_SOURCE_DIR;
  const fs::path dir = fs::temp_directory_path() / ("ww-stream-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  BuildOptions o;
  o.config_path = root + "/site-config.toml";
  o.theme_dirs = {root + "/themes"};
  DiskFileSystem disk;
  MemoryOutput memory;
  BuildStats memory_stats;
  Diagnostics memory_diags;
  REQUIRE(build_site(disk, memory, o, memory_diags, memory_stats));
  const auto files = memory.files();
  std::size_t snippet_files = 0;
  for (const auto& [path, bytes] : files) snippet_files += path.starts_with("zoektekst/");
  REQUIRE(snippet_files > 1);
  for (unsigned threads : {1u, 3u}) {
    INFO("threads " << threads);
    const fs::path out = dir / ("uit-" + std::to_string(threads));
    BuildOptions to_disk = o;
    to_disk.out_dir = out.string();
    to_disk.threads = threads;
    Diagnostics diags;
    BuildStats stats;
    REQUIRE(build_to_disk(to_disk, diags, stats));
    CHECK(stats.files == memory_stats.files);
    std::size_t on_disk = 0;
    for (const auto& e : fs::recursive_directory_iterator(out)) {
      if (!e.is_regular_file() || e.path().filename() == kOutputMarker) continue;
      ++on_disk;
      const std::string rel = fs::relative(e.path(), out).generic_string();
      INFO(rel);
      REQUIRE(files.count(rel));
      CHECK(read_all(e.path()) == files.at(rel));
    }
    CHECK(on_disk == files.size());
  }
  fs::remove_all(dir);
}

TEST_CASE("page stream - a failed build to disk leaves no snippet file behind") {
  // The snippet files are written while the pages stream; a dead link found afterwards fails the
  // build, and nothing of it may stay: no output folder, no staging folder.
  namespace fs = std::filesystem;
  const std::string root = WEGWIJZER_SOURCE_DIR;
  const fs::path dir = fs::temp_directory_path() / ("ww-stream-fail-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "site/content/kader");
  std::ofstream(dir / "site/site-config.toml") << "title = \"Test\"\n";
  std::ofstream(dir / "site/content/_index.md") << "+++\ntitle = \"Home\"\n+++\nWelkom.\n";
  std::ofstream(dir / "site/content/kader/_index.md") << "+++\ntitle = \"Kader\"\n+++\n";
  for (int i = 0; i < 40; ++i)
    std::ofstream(dir / ("site/content/kader/p" + std::to_string(i) + ".md"))
        << "+++\ntitle = \"Pagina " << i << "\"\n+++\n"
        << std::string(2000, 'a') << " tekst over teams.\n\n[dood](bestaat-niet.md)\n";
  BuildOptions o;
  o.config_path = (dir / "site/site-config.toml").string();
  o.theme_dirs = {root + "/themes"};
  o.out_dir = (dir / "uit").string();
  o.threads = 2;
  Diagnostics diags;
  BuildStats stats;
  CHECK_FALSE(build_to_disk(o, diags, stats));
  CHECK(diags.has_errors());
  CHECK_FALSE(fs::exists(dir / "uit"));
  for (const auto& e : fs::directory_iterator(dir)) CHECK(e.path().filename() == "site");
  fs::remove_all(dir);
}
