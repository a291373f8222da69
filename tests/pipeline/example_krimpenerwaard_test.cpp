// The Krimpenerwaard example (examples/krimpenerwaard) builds on VNG's content without errors
// and shows its local parts in the right places.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "core/module.h"
#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

TEST_CASE(
    "example krimpenerwaard - builds with aanvullingen, local terms and local VIT questions") {
  DiskFileSystem fs;
  BuildOptions o;
  o.module_dirs = module_dirs(WEGWIJZER_BINARY);  // the zip and hash modules
  o.config_path = "examples/krimpenerwaard/site-config.toml";
  o.theme_dirs = {"themes"};
  auto r = build_memory(fs, o);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.diags.count(Severity::warning) == 0);
  const auto& bk3 = r.files["basiskenmerken/03-sociale-en-pedagogische-basis.html"];
  CHECK(bk3.find("Zo doen wij dit in Gemeente Krimpenerwaard") != std::string::npos);
  CHECK(bk3.find("class=\"aanvulling\"") != std::string::npos);
  // Next to the kader text it belongs to: after the text, before "Hangt samen met" and the VIT box.
  CHECK(bk3.find("id=\"tekst-van-het-kader\"") < bk3.find("class=\"aanvulling\""));
  CHECK(bk3.find("class=\"aanvulling\"") < bk3.find("id=\"hangt-samen-met\""));
  CHECK(bk3.find("class=\"aanvulling\"") < bk3.find("id=\"vit-verwijzing\""));
  CHECK(r.files.count("woordenlijst/triageteam.html"));
  CHECK(r.files.count("woordenlijst/sociaal-preventieteam.html"));
  CHECK(r.files.count("krimpenerwaard.html"));
  CHECK(r.files["vit/05-brede-blik.html"].find("Een inwoner vertelt zijn verhaal één keer") !=
        std::string::npos);
  // Local VIT questions keep their own ids, are marked as local, and reach the browser data.
  CHECK(r.files["vit/05-brede-blik.html"].find("<span class=\"vit-nummer\">KW-3</span> Een inwoner "
                                               "vertelt zijn verhaal één keer. Daarna weten alle "
                                               "betrokken medewerkers wat er speelt. <span "
                                               "class=\"vit-lokaal\">(lokale uitspraak)</span>") !=
        std::string::npos);
  CHECK(r.files["vit/05-brede-blik.html"].find("id=\"vraag-KW-3\"") != std::string::npos);
  CHECK(r.files["vit/vit-data.js"].find("{\"id\":\"KW-4\",\"tekst\":") != std::string::npos);
  CHECK(r.files["vit/vit-data.js"].find("\"lokaal\":true") != std::string::npos);
  // Nothing of VNG's text is replaced in this example. The one note says how to make basis.lock
  // (the example has none: it follows this repository's content, docs/edities.md).
  REQUIRE(r.diags.count(Severity::note) == 1);
  for (const auto& d : r.diags.items)
    if (d.severity == Severity::note) CHECK(d.rule == "basis-lock-ontbreekt");
}

TEST_CASE("example krimpenerwaard - its own VIT part comes after the 13, marked as local") {
  DiskFileSystem fs;
  BuildOptions o;
  o.module_dirs = module_dirs(WEGWIJZER_BINARY);  // the zip and hash modules
  o.config_path = "examples/krimpenerwaard/site-config.toml";
  o.theme_dirs = {"themes"};
  auto r = build_memory(fs, o);
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& deel = r.files["vit/uitwerking-toegang.html"];
  REQUIRE_FALSE(deel.empty());
  CHECK(deel.find("VIT · Eigen onderdeel van Gemeente Krimpenerwaard") != std::string::npos);
  CHECK(deel.find("<strong>Eigen tekst van Gemeente Krimpenerwaard.</strong>") !=
        std::string::npos);
  CHECK(deel.find("<span class=\"vit-nummer\">KW-12</span>") != std::string::npos);
  const auto& data = r.files["vit/vit-data.js"];
  CHECK(data.find("{\"nummer\":13,") <
        data.find("{\"lokaal\":true,\"deel\":\"uitwerking-toegang\""));
  CHECK(r.files["vit.html"].find("<li data-vit-kenmerk=\"deel-uitwerking-toegang\">") !=
        std::string::npos);
  // "Wat wijkt af van de VNG-versie" lists the part under its own kind, not as a plain page.
  const auto& af = r.files["afwijkingen.html"];
  const auto kind = af.find("id=\"eigen-vit-delen\"");
  REQUIRE(kind != std::string::npos);
  const auto end = af.find("</section>", kind);
  const std::string part = af.substr(kind, end - kind);
  CHECK(part.find("href=\"vit/uitwerking-toegang.html\"") != std::string::npos);
  CHECK(part.find("6 uitspraken") != std::string::npos);
  const auto pages = af.find("id=\"eigen-paginas\"");
  if (pages != std::string::npos)
    CHECK(af.substr(pages, af.find("</section>", pages) - pages).find("uitwerking-toegang") ==
          std::string::npos);
}

TEST_CASE(
    "example krimpenerwaard - local pages and terms are marked as the gemeente's text, VNG's pages "
    "are not") {
  DiskFileSystem fs;
  BuildOptions o;
  o.module_dirs = module_dirs(WEGWIJZER_BINARY);  // the zip and hash modules
  o.config_path = "examples/krimpenerwaard/site-config.toml";
  o.theme_dirs = {"themes"};
  auto r = build_memory(fs, o);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string mark =
      "<p class=\"herkomst-eigen\"><strong>Eigen tekst van Gemeente Krimpenerwaard.</strong> Deze "
      "pagina staat niet "
      "in de versie van de VNG. <a href=\"";  // then the link to afwijkingen.html
  CHECK(r.files["krimpenerwaard.html"].find(mark) != std::string::npos);
  CHECK(r.files["woordenlijst/triageteam.html"].find(mark) != std::string::npos);
  for (const char* vng : {"kader/leeswijzer.html", "basiskenmerken/05-brede-blik.html",
                          "woordenlijst.html", "vit/05-brede-blik.html"})
    CHECK(r.files[vng].find("herkomst-eigen") == std::string::npos);
}

TEST_CASE("overlays - a replaced page is marked as the gemeente's text that replaces VNG's page") {
  namespace stdfs = std::filesystem;
  const stdfs::path dir =
      stdfs::temp_directory_path() / ("ww-vervangt-" + std::to_string(::getpid()));
  stdfs::create_directories(dir / "lokaal/kader");
  std::ofstream(dir / "site-config.toml")
      << "title = \"T\"\ncontent_dir = \"" << stdfs::absolute("content").string()
      << "\"\ntoegestane_mappen = [\"" << stdfs::absolute("content").string()
      << "\"]\noverlays = [\"lokaal\"]\n[gemeente]\nnaam = \"Gemeente Lekkerland\"\n";
  std::ofstream(dir / "lokaal/kader/leeswijzer.md")
      << "+++\ntitle = \"Onze leeswijzer\"\n+++\nLokale tekst.\n";
  DiskFileSystem fs;
  BuildOptions o;
  o.module_dirs = module_dirs(WEGWIJZER_BINARY);  // the zip and hash modules
  o.config_path = (dir / "site-config.toml").string();
  o.theme_dirs = {stdfs::absolute("themes").string()};
  auto r = build_memory(fs, o);
  stdfs::remove_all(dir);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["kader/leeswijzer.html"].find(
            "<p class=\"herkomst-eigen\"><strong>Eigen tekst van "
            "Gemeente Lekkerland.</strong> Deze pagina vervangt de "
            "tekst van de VNG. <a href=\"../afwijkingen.html\">Zie "
            "wat afwijkt van de VNG-versie</a>.</p>") != std::string::npos);
  CHECK(r.files["kader/samenvatting.html"].find("herkomst-eigen") == std::string::npos);
}
