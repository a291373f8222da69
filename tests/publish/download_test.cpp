// What over.html says about the offline zip.
#include "publish/download.h"

#include <catch2/catch.hpp>

#include "support/mini_site.h"
#include "templates/parts.h"

using namespace ww;
using namespace ww::test;

TEST_CASE("download - zip names from short_name and versie") {
  SiteConfig c;
  c.title = "Richtinggevend kader toegang";
  CHECK(zip_folder_name(c) == "richtinggevend-kader-toegang");
  c.short_name = "richtinggevend-kader";
  c.versie = "2024.03";
  CHECK(zip_folder_name(c) == "richtinggevend-kader-2024.03");
  CHECK(zip_file_name(c) == "richtinggevend-kader-2024.03.zip");
}

TEST_CASE("download - sizes in Dutch with a decimal comma") {
  CHECK(dutch_file_size(0) == "1 kB");
  CHECK(dutch_file_size(1024) == "1 kB");
  CHECK(dutch_file_size(830 * 1024) == "830 kB");
  CHECK(dutch_file_size(1024 * 1024) == "1,0 MB");
  CHECK(dutch_file_size(1258291) == "1,2 MB");
  CHECK(dutch_file_size(10 * 1024 * 1024 + 512 * 1024) == "10,5 MB");
}

namespace {
/// The paragraph as the built-in partial `download` renders download_data().
std::string download_html(const Download* d, const SiteConfig& c, const std::string& output) {
  Diagnostics diags;
  const std::string html = part_renderer(Theme{}, diags)("download", download_data(d, c, output));
  REQUIRE_FALSE(diags.has_errors());
  return html;
}
}  // namespace

TEST_CASE("download - the paragraph: link with size, offline copy, or no zip") {
  SiteConfig c;
  c.short_name = "kader";
  c.versie = "2024.03";
  Download d{"kader-2024.03.zip", 1258291, false};
  const std::string html = download_html(&d, c, "over.html");
  CHECK(html.find("<a href=\"kader-2024.03.zip\" download>Download deze website (zip, 1,2 MB) om "
                  "offline te lezen</a>") != std::string::npos);
  CHECK(html.find("index.html in de map kader-2024.03") != std::string::npos);
  // From a page one folder down the link goes up.
  CHECK(download_html(&d, c, "info/over.html").find("href=\"../kader-2024.03.zip\"") !=
        std::string::npos);

  Download offline{"kader-2024.03.zip", 0, true};
  const std::string off = download_html(&offline, c, "over.html");
  CHECK(off.find("offline versie") != std::string::npos);
  CHECK(off.find(".zip") == std::string::npos);  // a zip cannot contain itself
  c.base_url = "https://kader.example.nl/";
  CHECK(download_html(&offline, c, "over.html").find("href=\"https://kader.example.nl/\"") !=
        std::string::npos);

  CHECK(download_html(nullptr, c, "over.html").find("geen zip-bestand") != std::string::npos);
}

namespace {
const char* kSite = R"(
-- site-config.toml --
title = "Test"
short_name = "test"
versie = "1.0"
datum = 2024-03-01
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

## Rechten
)";
}  // namespace

TEST_CASE("download - the paragraph goes right under '## Downloaden' on over.html") {
  auto fs = mini_site(kSite);
  BuildOptions o;
  o.download = Download{"test-1.0.zip", 2048, false};
  auto r = build_memory(fs, o);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& over = r.files["over.html"];
  const auto heading = over.find("id=\"downloaden\"");
  const auto link = over.find("Download deze website (zip, 2 kB)");
  const auto text = over.find("Tekst onder de kop.");
  REQUIRE(heading != std::string::npos);
  REQUIRE(link != std::string::npos);
  CHECK(heading < link);
  CHECK(link < text);
  CHECK(r.files["index.html"].find("Download deze website") == std::string::npos);
}

TEST_CASE("download - a zip without a place to link it is a warning") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
+++
-- content/over.md --
+++
title = "Over"
+++
Geen kop.
)");
  BuildOptions o;
  o.download = Download{"test.zip", 2048, false};
  auto r = build_memory(fs, o);
  CHECK(r.ok);
  CHECK(r.has_message("content/over.md:1:1: waarschuwing:"));
  CHECK(r.has_message("## Downloaden"));
  // Without a zip there is nothing to warn about.
  CHECK_FALSE(build_memory(fs).has_message("Downloaden"));
}
