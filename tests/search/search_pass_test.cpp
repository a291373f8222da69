#include <catch2/catch.hpp>

#include "config/site_config.h"
#include "content/loader.h"
#include "core/file_system.h"
#include "pipeline/passes.h"
#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

const char* kSite = R"(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
+++
Welkom.
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/mandaat.md --
+++
title = "Mandaat"
+++
## Wie beslist

Het team beslist zelf.
)";

}  // namespace

TEST_CASE("search pass - writes zoekindex.js, the snippet texts and zoeken.html") {
  auto r = build_memory(mini_site(kSite));
  INFO(r.messages());
  REQUIRE(r.ok);
  REQUIRE(r.files.count("zoekindex.js"));
  CHECK(r.files["zoekindex.js"].find("[\"kader/mandaat.html\",\"Mandaat\",\"Kader\",13]") !=
        std::string::npos);
  CHECK(r.files["zoekindex.js"].find("\"wie-beslist\",\"Wie beslist\"") != std::string::npos);
  bool snippet = false;
  for (const auto& [path, text] : r.files)
    if (path.rfind("zoektekst/", 0) == 0 &&
        text.find("\"Het team beslist zelf.\"") != std::string::npos)
      snippet = true;
  CHECK(snippet);

  REQUIRE(r.files.count("zoeken.html"));
  const std::string& page = r.files["zoeken.html"];
  // The live region is in the page from the start; the form shows once the script runs.
  CHECK(page.find("id=\"zoekstatus\" role=\"status\" aria-live=\"polite\"") != std::string::npos);
  CHECK(page.find("<label class=\"zoekformulier-label\" for=\"zoekterm\">") != std::string::npos);
  CHECK(page.find("Zoeken werkt alleen als JavaScript aan staat") != std::string::npos);
  CHECK(page.find("href=\"index.html\">inhoudsopgave</a>") != std::string::npos);
  CHECK(page.find("<script src=\"zoekindex.js\" defer></script>") != std::string::npos);
  CHECK(page.find("<script src=\"js/zoeken.js\" defer></script>") != std::string::npos);
}

TEST_CASE("search pass - a content page zoeken.md is an error at that page (one collision rule)") {
  // Every generated page follows the same rule (markdown/parsed_site.h add_generated_page): a
  // content page may not take its address. A site changes the search page with the partial
  // `zoekpagina` instead (docs/templates.md).
  std::string spec = std::string(kSite) +
                     "-- content/zoeken.md --\n+++\ntitle = \"Eigen zoekpagina\"\n+++\nEigen.\n";
  auto r = build_memory(mini_site(spec));
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(
      r.has_message("content/zoeken.md:1:1: fout: deze pagina krijgt het adres zoeken.html, "
                    "maar dat maakt Wegwijzer zelf"));
}

TEST_CASE("search pass - the same search files with 1 and 4 threads") {
  std::string spec = kSite;
  for (int i = 0; i < 12; ++i) {
    std::string n = std::to_string(i);
    spec += "-- content/kader/p" + n + ".md --\n+++\ntitle = \"Pagina " + n +
            " over teams\"\n+++\nIntro " + n + ".\n\n## Kop " + n +
            "\n\nDe wijkteams krijgen mandaat " + n +
            ".\n\n### Verder\n\nMeer tekst over cliënten.\n";
  }
  BuildOptions o1;
  o1.threads = 1;
  BuildOptions o4;
  o4.threads = 4;
  auto one = build_memory(mini_site(spec), o1);
  auto four = build_memory(mini_site(spec), o4);
  INFO(one.messages());
  REQUIRE(one.ok);
  REQUIRE(four.ok);
  std::size_t search_files = 0;
  for (const auto& [path, text] : one.files) {
    if (path != "zoekindex.js" && path.rfind("zoektekst/", 0) != 0) continue;
    ++search_files;
    INFO(path);
    REQUIRE(four.files.count(path));
    CHECK(four.files.at(path) == text);
  }
  CHECK(search_files == 2);  // zoekindex.js and one zoektekst file for these 14 small pages
  CHECK(one.files["zoekindex.js"].find("\"kader/p11.html\",\"Pagina 11 over teams\"") !=
        std::string::npos);
}

TEST_CASE("search pass - the streamed build makes the whole-site pass's search files (kader)") {
  // The build splits each page's documents into terms and escapes their texts into snippet parts
  // while the page streams (the texts are then dropped) and writes the postings as they are
  // merged; the whole-site pass (tests, fuzzers) keeps the texts and the posting lists. Both must
  // give the same files, on the repository's own content (notes, terms, VIT, afkortingen.html
  // added by a merge) and on 1 and 3 threads.
  const std::string root = WEGWIJZER_SOURCE_DIR;
  DiskFileSystem fs;
  Diagnostics diags;
  SiteConfig config = load_site_config(fs, root + "/site-config.toml", diags);
  ParsedSite site = parse_site(load_content(fs, config, {}, diags), {}, nullptr);
  for (const auto& pass : default_passes()) pass.run(site, config, diags);
  REQUIRE_FALSE(diags.has_errors());
  std::size_t snippet_files = 0;
  for (const auto& [path, text] : site.files) snippet_files += path.starts_with("zoektekst/");
  CHECK(snippet_files > 1);
  REQUIRE(site.files.count("zoekindex.js"));
  CHECK(site.files["zoekindex.js"].find("\"afkortingen.html\"") != std::string::npos);

  for (unsigned threads : {1u, 3u}) {
    INFO("threads " << threads);
    BuildOptions o;
    o.config_path = root + "/site-config.toml";
    o.theme_dirs = {root + "/themes"};
    o.threads = threads;
    auto built = build_memory(fs, o);
    INFO(built.messages());
    REQUIRE(built.ok);
    std::size_t built_search_files = 0;
    for (const auto& [path, text] : built.files)
      if (path == "zoekindex.js" || path.starts_with("zoektekst/")) ++built_search_files;
    CHECK(built_search_files == snippet_files + 1);
    for (const auto& [path, text] : site.files) {
      if (path != "zoekindex.js" && !path.starts_with("zoektekst/")) continue;
      INFO(path);
      REQUIRE(built.files.count(path));
      CHECK(built.files.at(path) == text);
    }
  }
}
