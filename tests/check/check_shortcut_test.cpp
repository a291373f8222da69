// What `check` leaves out of the build it runs (the search index and snippet files, which give no
// findings) loses nothing: the same findings, text and JSON as with them, on the kader, the
// Krimpenerwaard example and a small site full of problems; and the parts of the build that can
// fail per page (the search page's address, a page's template) are still checked.
#include <catch2/catch.hpp>

#include "check/check.h"
#include "check/output.h"
#include "output/output_sink.h"
#include "support/mini_site.h"

using namespace ww;

namespace {

/// A site with a problem in many stages: a page that takes the search page's address, a dead
/// link, a skipped heading level, an unused term and source, text that is not B1.
constexpr const char* kProblems = R"(-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
kort = "U vindt hier alles over de toegang."
+++
Welkom. Zie [weg](bestaat-niet.md) en [hier](kader/a.md).
-- content/zoeken.md --
+++
title = "Zoeken"
kort = "Een eigen zoekpagina."
+++
Tekst.
-- content/kader/a.md --
+++
title = "Pagina a"
kort = "Een bestuursverantwoordelijkheidsverdeling is een heel lang woord en deze zin gaat maar door en door zonder einde tot hij veel te lang is geworden voor een lezer."
+++
## Kop

#### Te diep

Tekst.
-- content/bronnen.toml --
[nergens]
titel = "Een bron die niemand noemt"
-- content/woordenlijst/vergeten.md --
+++
term = "vergeten term"
kort = "Niet gebruikt."
+++
Uitleg.
)";

struct Both {
  CheckResult with, without;
};

Both check_both(const FileSystem& fs, CheckOptions o) {
  o.search_index = true;
  CheckResult with = run_check(fs, o);
  o.search_index = false;
  CheckResult without = run_check(fs, o);
  return {std::move(with), std::move(without)};
}

void require_same(const Both& r) {
  const std::string text = check_text(r.with);
  INFO(text);
  CHECK(check_text(r.without) == text);
  CHECK(check_json(r.without, false) == check_json(r.with, false));
  CHECK(check_json(r.without, true) == check_json(r.with, true));
  CHECK(r.without.pages == r.with.pages);
}

}  // namespace

TEST_CASE("check shortcut - the same text and JSON without the search index: the kader") {
  DiskFileSystem fs;
  CheckOptions o;
  o.build.config_path = "site-config.toml";
  o.build.theme_dirs = {"themes"};
  const Both r = check_both(fs, o);
  REQUIRE(r.with.language_ran);
  CHECK(r.with.pages > 80);
  require_same(r);
}

TEST_CASE("check shortcut - the same text and JSON without the search index: Krimpenerwaard") {
  DiskFileSystem fs;
  CheckOptions o;
  o.build.config_path = "examples/krimpenerwaard/site-config.toml";
  o.build.theme_dirs = {"themes"};
  require_same(check_both(fs, o));
  o.alleen_lokaal = true;
  require_same(check_both(fs, o));
}

TEST_CASE("check shortcut - the same findings without the search index on a site with problems") {
  MemoryFileSystem fs = test::mini_site(kProblems);
  for (unsigned threads : {1u, 3u}) {
    CheckOptions o;
    o.build.threads = threads;
    const Both r = check_both(fs, o);
    require_same(r);
    const std::string text = check_text(r.without);
    // The parts of the build that can fail per page still run in check.
    CHECK(text.find("content/zoeken.md:1:1: fout: deze pagina krijgt het adres zoeken.html, "
                    "maar dat maakt Wegwijzer zelf") != std::string::npos);
    for (const char* rule : {"[kop-overgeslagen]", "[term-ongebruikt]", "[bron-ongebruikt]",
                             "[b1-zinslengte]", "[moeilijk-woord]"})
      CHECK(text.find(rule) != std::string::npos);
    CHECK(text.find("dode link") != std::string::npos);
  }
}

TEST_CASE("check shortcut - the pages are still rendered: a page's template that does not exist") {
  // A build stops before the templates when it found an error, so this site has none before.
  MemoryFileSystem fs = test::mini_site(R"(-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
kort = "U vindt hier alles over de toegang."
+++
Welkom.
-- content/kader/a.md --
+++
title = "Pagina a"
template = "bestaat-niet"
kort = "Een korte tekst."
+++
Tekst.
)");
  CheckOptions o;
  const Both r = check_both(fs, o);
  require_same(r);
  CHECK(check_text(r.without).find("content/kader/a.md:3:12: fout: template 'bestaat-niet' "
                                   "bestaat niet in het thema [template]") != std::string::npos);
}

TEST_CASE("check shortcut - without the search index the build makes everything but its files") {
  // BuildOptions::search_index = false, as check builds: zoekindex.js and zoektekst/ are not
  // made; every other file, zoeken.html included, is the same as in a full build.
  DiskFileSystem fs;
  for (const char* config : {"site-config.toml", "examples/krimpenerwaard/site-config.toml"}) {
    INFO(config);
    BuildOptions o;
    o.config_path = config;
    o.theme_dirs = {"themes"};
    const test::BuildResult full = test::build_memory(fs, o);
    o.search_index = false;
    const test::BuildResult lean = test::build_memory(fs, o);
    REQUIRE(full.ok);
    REQUIRE(lean.ok);
    CHECK(lean.messages() == full.messages());
    CHECK(full.files.count("zoekindex.js") == 1);
    CHECK(lean.files.count("zoekindex.js") == 0);
    REQUIRE(lean.files.count("zoeken.html") == 1);
    std::size_t search_files = 0;
    for (const auto& [path, bytes] : full.files) {
      INFO(path);
      if (path == "zoekindex.js" || path.starts_with("zoektekst/")) {
        ++search_files;
        CHECK(lean.files.count(path) == 0);
        continue;
      }
      REQUIRE(lean.files.count(path) == 1);
      CHECK(lean.files.at(path) == bytes);
    }
    CHECK(search_files > 1);
    CHECK(lean.files.size() + search_files == full.files.size());
  }
}

TEST_CASE("check shortcut - the B1 texts measured in the stream or after it: the same result") {
  // A small site reaches its pages before the patterns and word list are loaded: their texts
  // are kept and measured after the stream with the theme's texts, on two threads.
  auto compare = [](const FileSystem& fs, CheckOptions o) {
    o.measure = CheckOptions::Measure::in_stream;
    const CheckResult in = run_check(fs, o);
    o.measure = CheckOptions::Measure::after_stream;
    const CheckResult after = run_check(fs, o);
    REQUIRE(in.language_ran);
    REQUIRE(in.texts.size() > 100);
    const std::string text = check_text(in);
    INFO(text);
    CHECK(check_text(after) == text);
    CHECK(check_json(after, false) == check_json(in, false));
  };
  DiskFileSystem disk;
  CheckOptions kader;
  kader.build.config_path = "site-config.toml";
  kader.build.theme_dirs = {"themes"};
  kader.build.threads = 2;
  compare(disk, kader);

  std::string spec = R"(-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
kort = "U vindt hier alles over de toegang."
+++
Welkom.
-- content/woordenlijst/casusregie.md --
+++
term = "casusregie"
kort = "Regie op een casus."
+++
Uitleg.
)";
  for (int i = 0; i < 260; ++i) {
    const std::string n = std::to_string(i);
    spec += "-- content/kader/p" + n + ".md --\n+++\ntitle = \"Pagina " + n +
            "\"\nkort = \"De gemeente helpt u. Een bestuursverantwoordelijkheidsverdeling " + n +
            " is lastig.\"\n+++\n## Kop\n\nOver casusregie en de ketenregisseur. Dit is een hele "
            "lange zin met veel te veel woorden die maar doorgaat en doorgaat zonder dat er ooit "
            "een punt komt op de plek waar die hoort " +
            n + ".\n";
  }
  MemoryFileSystem mem = test::mini_site(spec);
  for (unsigned threads : {2u, 3u}) {
    CheckOptions o;
    o.build.threads = threads;
    compare(mem, o);
  }
}
