// The offline zip of the real site: reproducible, and exactly the site's pages and assets.
#include <catch2/catch.hpp>

#include "publish/real_site.h"
#include "publish/zip_reader.h"
#include "publish/zip_writer.h"

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
