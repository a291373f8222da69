// The offline zip of the real site: reproducible, and exactly the site's pages and assets.
#include <catch2/catch.hpp>

#include "core/module.h"
#include "pipeline/build_zip.h"
#include "publish/real_site.h"
#include "publish/zip_reader.h"
#include "publish/zip_writer.h"
#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

TEST_CASE("offline zip - two builds give the same zip, byte for byte") {
  const RealSite& a = real_site();
  INFO(a.messages);
  REQUIRE(a.ok);
  const RealSite b = build_real_site();
  REQUIRE(b.ok);
  REQUIRE(a.zip.size() > 100000);
  CHECK(a.zip == b.zip);
  CHECK(a.files == b.files);
}

TEST_CASE("offline zip - one top folder with every page and asset of the site and nothing else") {
  const RealSite& site = real_site();
  INFO(site.messages);
  REQUIRE(site.ok);
  CHECK(site.zip_file == "richtinggevend-kader-2024.03.zip");
  const std::string top = "richtinggevend-kader-2024.03/";
  REQUIRE(site.files.count(site.zip_file));
  CHECK(site.files.at(site.zip_file) == site.zip);  // also in the site, for over.html to link

  auto entries = unzip(site.zip);
  REQUIRE(entries.size() > 50);
  for (const auto& [name, bytes] : entries) {
    INFO(name);
    REQUIRE(name.rfind(top, 0) == 0);
  }
  REQUIRE(entries.count(top + "index.html"));
  // Same set of files as the site, minus the zip itself.
  std::set<std::string> in_zip, in_site;
  for (const auto& [name, bytes] : entries) in_zip.insert(name.substr(top.size()));
  for (const auto& [path, bytes] : site.files)
    if (path != site.zip_file) in_site.insert(path);
  CHECK(in_zip == in_site);
  // Byte-identical to the site except over.html, which says it is the offline copy.
  for (const auto& path : in_site) {
    if (path == "over.html" || !entries.count(top + path)) continue;
    INFO(path);
    CHECK(entries.at(top + path) == site.files.at(path));
  }
  for (const char* needed :
       {"index.html", "print.html", "zoeken.html", "zoekindex.js", "vit.html",
        "basiskenmerken/05-brede-blik.html", "css/wegwijzer.css", "css/print.css", "favicon.svg"})
    CHECK(in_zip.count(needed));

  const std::string& offline_over = entries.at(top + "over.html");
  CHECK(offline_over.find("U leest nu de offline versie van deze website (versie 2024.03).") !=
        std::string::npos);
  CHECK(offline_over.find(".zip") == std::string::npos);
  const std::string& over = site.files.at("over.html");
  const std::string size = dutch_file_size(site.zip.size());
  CHECK(over.find(
            "<a href=\"richtinggevend-kader-2024.03.zip\" download>Download deze website (zip, " +
            size + ") om offline te lezen</a>") != std::string::npos);
}

TEST_CASE("offline zip - fixed timestamps from datum and fixed permissions") {
  const RealSite& site = real_site();
  REQUIRE(site.ok);
  RawZip z = parse_zip(site.zip);
  INFO(z.error);
  REQUIRE(z.ok);
  const auto date = dos_timestamp("2024-03-01").date;
  std::string previous;
  for (const auto& e : z.entries) {
    INFO(e.name);
    CHECK(e.dos_date == date);
    CHECK(e.dos_time == 0);
    CHECK((e.external_attributes >> 16) == 0100644);
    CHECK(e.central_extra_length == 0);
    CHECK(e.name > previous);  // sorted
    previous = e.name;
  }
}

namespace {
// A site where more than over.html shows the download: the home template names the zip's size
// and the offline flag, and over.md is a chapter of print.html.
const char* kZipSite = R"(
-- site-config.toml --
title = "Test"
short_name = "test"
versie = "1.0"
datum = 2024-03-01
leesvolgorde = ["a.md", "over.md"]
-- themes/standaard/templates/base.mustache --
<html><body>{{{main}}}</body></html>
-- themes/standaard/templates/page.mustache --
<h1>{{page.title}}</h1>
{{{page.content}}}
-- themes/standaard/templates/print.mustache --
{{{page.content}}}
-- themes/standaard/templates/home.mustache --
{{#site.zip_grootte}}<p>zip van {{site.zip_grootte}}</p>{{/site.zip_grootte}}
{{#site.offline}}<p>offline kopie</p>{{/site.offline}}
-- content/_index.md --
+++
title = "Home"
+++
Hallo.
-- content/a.md --
+++
title = "A"
+++
Tekst van A.
-- content/over.md --
+++
title = "Over"
+++
## Downloaden

Tekst onder de kop.
)";
}  // namespace

namespace {
/// A site built with its zip in one run (build_site_with_zip): the site's files, and the zip's
/// files without their top folder.
struct ZipBuild {
  std::map<std::string, std::string> site;
  std::map<std::string, std::string> copy;
  std::string zip;
  BuildStats stats;
};

ZipBuild build_with_zip(const MemoryFileSystem& fs, const BuildOptions& o) {
  ZipBuild b;
  MemoryOutput out;
  Diagnostics diags;
  const bool ok = build_site_with_zip(fs, out, o, diags, b.stats, b.zip);
  for (const auto& d : diags.items) UNSCOPED_INFO(format_diagnostic(d));
  REQUIRE(ok);
  b.site = out.files();
  for (const auto& [name, bytes] : unzip(b.zip))
    b.copy[name.substr(std::string("test-1.0/").size())] = bytes;
  return b;
}
}  // namespace

TEST_CASE("offline zip - made in one run, the same files as two whole builds would give") {
  const MemoryFileSystem fs = mini_site(kZipSite);
  BuildOptions o;
  o.module_dirs = module_dirs(WEGWIJZER_BINARY);  // the zip and hash modules
  o.threads = 2;
  const ZipBuild b = build_with_zip(fs, o);
  const std::map<std::string, std::string>& site = b.site;
  const std::map<std::string, std::string>& copy = b.copy;
  const std::string& zip = b.zip;
  const BuildStats& stats = b.stats;

  // The reference: the whole pipeline once per variant, as the zip used to be made.
  BuildOptions offline = o, online = o;
  offline.download = Download{"test-1.0.zip", 0, true};
  online.download = Download{"test-1.0.zip", zip.size(), false};
  const BuildResult want_copy = build_memory(fs, offline);
  const BuildResult want_site = build_memory(fs, online);
  REQUIRE(want_copy.ok);
  REQUIRE(want_site.ok);
  CHECK(copy == want_copy.files);
  std::map<std::string, std::string> site_without_zip = site;
  CHECK(site_without_zip.erase("test-1.0.zip") == 1);
  CHECK(site_without_zip == want_site.files);
  CHECK(stats.files == site.size());

  // And they do differ where the download shows (else this test would prove nothing).
  const std::string size = dutch_file_size(zip.size());
  CHECK(site.at("index.html").find("zip van " + size) != std::string::npos);
  CHECK(copy.at("index.html").find("offline kopie") != std::string::npos);
  CHECK(site.at("print.html").find("Download deze website (zip, " + size) != std::string::npos);
  CHECK(copy.at("print.html").find("U leest nu de offline versie") != std::string::npos);
  CHECK(site.at("over.html") != copy.at("over.html"));
  CHECK(site.at("a.html") == copy.at("a.html"));
}

namespace {
// A gemeente copy whose aanvulling stands inside over.md, right after the section with the
// download block: the block differs between the zip's copy and the site, so the aanvulling's
// place in the text must move with it.
const char* kZipSiteWithAanvulling = R"(
-- site-config.toml --
title = "Test"
short_name = "test"
versie = "1.0"
datum = 2024-03-01
overlays = ["lokaal"]
[gemeente]
naam = "Gemeente Proef"
-- themes/standaard/templates/base.mustache --
<html><body>{{{main}}}</body></html>
-- themes/standaard/templates/page.mustache --
{{#page.aanvulling.in_tekst}}{{{page.content_voor}}}[AANVULLING]{{{page.content_na}}}{{/page.aanvulling.in_tekst}}
-- themes/standaard/templates/home.mustache --
Home
-- content/_index.md --
+++
title = "Home"
+++
Hallo.
-- content/over.md --
+++
title = "Over"
+++
## Downloaden

Tekst onder de kop.

## Verder

Meer tekst.
-- lokaal/over.aanvulling.md --
+++
na_kop = "Downloaden"
+++
Onze eigen tekst.
)";
}  // namespace

TEST_CASE("offline zip - a gemeente aanvulling after the download block keeps its place") {
  const MemoryFileSystem fs = mini_site(kZipSiteWithAanvulling);
  BuildOptions o;
  o.module_dirs = module_dirs(WEGWIJZER_BINARY);  // the zip and hash modules
  const ZipBuild b = build_with_zip(fs, o);
  const std::string& zip = b.zip;
  const std::string& over = b.site.at("over.html");
  const std::string& copy = b.copy.at("over.html");
  const std::string size = dutch_file_size(zip.size());
  // The site shows the zip's size, the copy says it is the offline version: the blocks differ
  // in length.
  REQUIRE(over.find("Download deze website (zip, " + size) != std::string::npos);
  REQUIRE(copy.find("U leest nu de offline versie") != std::string::npos);
  for (const std::string* page : std::vector<const std::string*>{&over, &copy}) {
    INFO(*page);
    // The aanvulling stands after the section "Downloaden" (its text and the download block),
    // right before the next heading, not inside the block or a word.
    const std::size_t at = page->find("[AANVULLING]");
    REQUIRE(at != std::string::npos);
    CHECK(page->find("Tekst onder de kop.") < at);
    CHECK(page->rfind("</p>", at) != std::string::npos);
    CHECK(page->substr(at + std::string("[AANVULLING]").size()).starts_with("<h2"));
    CHECK(page->find("Download", at) == std::string::npos);
    CHECK(page->find("offline versie", at) == std::string::npos);
  }
  // The same as the whole pipeline made once for the site.
  BuildOptions online = o;
  online.download = Download{"test-1.0.zip", zip.size(), false};
  const BuildResult want = build_memory(fs, online);
  REQUIRE(want.ok);
  CHECK(over == want.files.at("over.html"));
}
