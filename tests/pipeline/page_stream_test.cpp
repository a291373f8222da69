// The streaming build (pipeline/page_stream.h): links are rewritten while each page streams, but
// what needs every page (anchors, pages a merge adds, hints) is checked after the merges.
#include <catch2/catch.hpp>

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
