// Issue #22 end to end: the gemeente fixture tests/fixtures/gemeente-lekkerland built by the real
// binary (from another folder, with the offline zip), and what a reader finds on the published
// pages: the marks on the gemeente's text, afwijkingen.html with every difference and only
// working links, aanvullingen at their place, and a 404 page that works at any depth under /kader/.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/temp_dir.h"

namespace fs = std::filesystem;
using ww::test::TempDir;

namespace {

const fs::path kFixture = fs::path(WEGWIJZER_SOURCE_DIR) / "tests/fixtures/gemeente-lekkerland";

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int run(const std::string& args, const fs::path& cwd, std::string& output) {
  const fs::path log = cwd / "uitvoer.txt";
  const std::string cmd = "cd '" + cwd.string() + "' && '" WEGWIJZER_BINARY "' " + args + " > '" +
                          log.string() + "' 2>&1";
  const int status = std::system(cmd.c_str());
  output = read(log);
  fs::remove(log);
  return WEXITSTATUS(status);
}

/// The built site, once for all test cases (a build of the whole kader takes a few seconds).
struct Built {
  TempDir dir{"lekkerland"};
  fs::path site = dir.path / "public";
  int exit_code = -1;
  std::string output;
  Built() {
    exit_code = run("build --config '" + (kFixture / "site-config.toml").string() + "' --out '" +
                        site.string() + "' --zip '" + dir.path.string() + "/'",
                    dir.path, output);
  }
  std::string page(const std::string& rel) const { return read(site / rel); }
};

const Built& built() {
  static const Built b;
  return b;
}

std::size_t at(const std::string& html, const std::string& what) {
  const std::size_t p = html.find(what);
  INFO("zoekt: " << what);
  REQUIRE(p != std::string::npos);
  return p;
}

/// Every href="…" of the page's <main>, resolved from `from`, names an existing file and, with a
/// fragment, an element id in it.
void check_links(const Built& b, const std::string& from, int& checked) {
  const std::string html = b.page(from);
  const std::size_t main_start = at(html, "<main");
  const std::string main = html.substr(main_start, html.find("</main>") - main_start);
  static const std::regex href("href=\"([^\"]*)\"");
  for (auto m = std::sregex_iterator(main.begin(), main.end(), href); m != std::sregex_iterator();
       ++m) {
    std::string url = (*m)[1];
    INFO(from << " -> " << url);
    if (url.rfind("http", 0) == 0 || url.rfind("mailto:", 0) == 0 || url.rfind("tel:", 0) == 0)
      continue;
    std::string frag;
    if (auto h = url.find('#'); h != std::string::npos) {
      frag = url.substr(h + 1);
      url.resize(h);
    }
    const fs::path target =
        url.empty() ? b.site / from : (b.site / fs::path(from).parent_path() / url);
    REQUIRE(fs::is_regular_file(target));
    if (!frag.empty()) CHECK(read(target).find("id=\"" + frag + "\"") != std::string::npos);
    ++checked;
  }
}

}  // namespace

TEST_CASE("gemeente lekkerland - builds from another folder with the offline zip, no warnings") {
  const Built& b = built();
  INFO(b.output);
  REQUIRE(b.exit_code == 0);
  // The only warnings: VNG's links to the hidden page become text (one per place).
  std::istringstream lines(b.output);
  int warnings = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find(": waarschuwing: ") == std::string::npos) continue;
    ++warnings;
    CHECK(line.find("[verborgen-link]") != std::string::npos);
  }
  CHECK(warnings == 3);
  CHECK(b.output.find(": fout: ") == std::string::npos);
  const std::string zip = read(b.dir.path / "kader-lekkerland-2024.03-ll1.zip");
  REQUIRE(!zip.empty());
  CHECK(zip.find("afwijkingen.html") != std::string::npos);
  CHECK(zip.find("gemeente-logo.svg") != std::string::npos);
  CHECK(fs::is_regular_file(b.site / "css/gemeente-tokens.css"));
  CHECK(b.page("index.html").find("lekkerland-theme\">") != std::string::npos);
}

TEST_CASE("gemeente lekkerland - afwijkingen.html lists every difference with working links") {
  const Built& b = built();
  REQUIRE(b.exit_code == 0);
  const std::string a = b.page("afwijkingen.html");
  REQUIRE(!a.empty());
  CHECK(a.find("<h1>Wat wijkt af van de VNG-versie</h1>") != std::string::npos);
  // Aanvullingen, with the page they belong to.
  for (const char* link :
       {"href=\"basiskenmerken/02-laagdrempelig.html#aanvulling\">Basiskenmerk 2: ",
        "href=\"basiskenmerken/05-brede-blik.html#aanvulling\">Basiskenmerk 5: ",
        "href=\"basiskenmerken/11-mandaat.html#aanvulling\">Basiskenmerk 11: ",
        "href=\"kader/hoofdstuk-1.html#aanvulling\">",
        "href=\"vit/05-brede-blik.html#aanvulling\">", "href=\"kader.html#aanvulling\">"})
    CHECK(a.find(link) != std::string::npos);
  CHECK(a.find("(eigen stuk: Wat dit betekent voor Lekkerland)") != std::string::npos);
  // Replaced, local page, local term.
  CHECK(a.find("<a href=\"kader/leeswijzer.html\">Leeswijzer voor Lekkerland</a>") !=
        std::string::npos);
  CHECK(a.find("<a href=\"kader/wijkteam-lekkerland.html\">Het wijkteam van Lekkerland</a>") !=
        std::string::npos);
  CHECK(a.find("<a href=\"woordenlijst/dorpsteam.html\">dorpsteam</a>") != std::string::npos);
  // Hidden page: named, not linked (it is not published).
  CHECK(a.find("<li>Essay Nieuwsgierig verbeteren (2023)</li>") != std::string::npos);
  CHECK_FALSE(fs::exists(b.site / "achtergrond/essay-nieuwsgierig-verbeteren.html"));
  // Local and hidden VIT statements: the local one links to itself, the hidden one to the page
  // it stood on, which no longer has it.
  CHECK(a.find("<a href=\"vit/05-brede-blik.html#vraag-LL-1\">LL-1: Het wijkteam gebruikt") !=
        std::string::npos);
  CHECK(a.find("<li>5.3: De wensen van de inwoner en zijn eigen regie zijn leidend in het "
               "gesprek. <span class=\"afwijking-bij\">(bij <a href=\"vit/05-brede-blik.html\">VIT "
               "5: Brede blik, brede analyse</a>)</span></li>") != std::string::npos);
  CHECK(b.page("vit/05-brede-blik.html").find("id=\"vraag-5-3\"") == std::string::npos);
  // One heading per kind, in this order.
  std::size_t last = 0;
  for (const char* kop :
       {"Eigen tekst bij pagina&#39;s van de VNG (6)",
        "Pagina&#39;s met een eigen tekst in plaats van die van de VNG (1)",
        "Eigen pagina&#39;s (1)", "Eigen begrippen in de woordenlijst (1)",
        "Pagina&#39;s van de VNG die hier niet staan (1)", "Eigen uitspraken in het VIT (1)",
        "Uitspraken van het VIT die hier niet staan (1)"}) {
    const std::size_t p = at(a, kop);
    CHECK(p > last);
    last = p;
  }
  int checked = 0;
  check_links(b, "afwijkingen.html", checked);
  CHECK(checked == 13);  // the breadcrumb home link and the 12 of the lists
}

TEST_CASE("gemeente lekkerland - the gemeente's text is marked and links to afwijkingen.html") {
  const Built& b = built();
  REQUIRE(b.exit_code == 0);
  const std::string mark = "<strong>Eigen tekst van Gemeente Lekkerland.</strong>";
  CHECK(b.page("kader/leeswijzer.html").find(mark + " Deze pagina vervangt de tekst van de VNG.") !=
        std::string::npos);
  CHECK(b.page("kader/wijkteam-lekkerland.html").find(mark) != std::string::npos);
  CHECK(b.page("woordenlijst/dorpsteam.html").find(mark) != std::string::npos);
  CHECK(b.page("kader/leeswijzer.html")
            .find("<a href=\"../afwijkingen.html\">Zie wat afwijkt van de VNG-versie</a>") !=
        std::string::npos);
  const std::string bk2 = b.page("basiskenmerken/02-laagdrempelig.html");
  CHECK(bk2.find("Het is geen tekst van de VNG. <a href=\"../afwijkingen.html\">") !=
        std::string::npos);
  // From over.html and from the footer of every page.
  CHECK(b.page("over.html")
            .find("<a href=\"afwijkingen.html\">Bekijk wat afwijkt van de "
                  "VNG-versie</a>") != std::string::npos);
  CHECK(bk2.find("<li><a href=\"../afwijkingen.html\">Wat wijkt af van de VNG-versie</a></li>") !=
        std::string::npos);
  // An aanvulling on a section page is shown there too (the section template showed none).
  CHECK(b.page("kader.html").find("Lekkerland heeft bij dit kader een eigen plan gemaakt.") !=
        std::string::npos);
  // VNG's own pages carry no mark.
  CHECK(b.page("kader/hoofdstuk-2.html").find("herkomst-eigen") == std::string::npos);
}

TEST_CASE(
    "gemeente lekkerland - aanvullingen stand at their place: after a heading's section, "
    "after the kader text, or at the end") {
  const Built& b = built();
  REQUIRE(b.exit_code == 0);
  // na_kop = "Gevolgen voor gemeenten": after that section, before the next heading; the table of
  // contents follows the same order; the notes stay at the end.
  const std::string h1 = b.page("kader/hoofdstuk-1.html");
  const std::size_t main = at(h1, "<main");
  const std::size_t kop = h1.find("<h2 id=\"gevolgen-voor-gemeenten\">", main);
  const std::size_t aanvulling = h1.find("<section class=\"aanvulling\"", main);
  const std::size_t volgende = h1.find("<h2 id=\"het-vit-", main);
  REQUIRE(kop != std::string::npos);
  REQUIRE(aanvulling != std::string::npos);
  REQUIRE(volgende != std::string::npos);
  CHECK(kop < aanvulling);
  CHECK(aanvulling < volgende);
  CHECK(h1.find("<section class=\"aanvulling\"", aanvulling + 1) == std::string::npos);
  CHECK(at(h1, "href=\"#gevolgen-voor-gemeenten\"") < at(h1, "href=\"#aanvulling\""));
  CHECK(at(h1, "href=\"#aanvulling\"") < at(h1, "href=\"#het-vit-"));
  CHECK((h1.find("id=\"noten\"") == std::string::npos || volgende < h1.find("id=\"noten\"")));
  // na_kop = "Tekst van het kader" on a basiskenmerk: right after the kader text, before its notes.
  const std::string bk5 = b.page("basiskenmerken/05-brede-blik.html");
  CHECK(at(bk5, "id=\"tekst-van-het-kader\"") < at(bk5, "<section class=\"aanvulling\""));
  CHECK(at(bk5, "<section class=\"aanvulling\"") < at(bk5, "id=\"noten\""));
  CHECK(at(bk5, "href=\"#aanvulling\"") < at(bk5, "href=\"#noten\""));
  // Without na_kop: where it always stood, after the text and its notes, before "Hangt samen met".
  const std::string bk2 = b.page("basiskenmerken/02-laagdrempelig.html");
  CHECK(at(bk2, "id=\"noten\"") < at(bk2, "<section class=\"aanvulling\""));
  CHECK(at(bk2, "<section class=\"aanvulling\"") < at(bk2, "id=\"hangt-samen-met\""));
  // The print edition keeps the same places.
  const std::string print = b.page("print.html");
  const std::size_t p_gevolgen = print.find("gevolgen-voor-gemeenten\"");
  const std::size_t p_aanvulling = print.find("Wat dit betekent voor Lekkerland");
  const std::size_t p_vit = print.find("het-vit-", p_gevolgen);
  REQUIRE(p_gevolgen != std::string::npos);
  CHECK(p_gevolgen < p_aanvulling);
  CHECK(p_aanvulling < p_vit);
  // On paper too, the replaced leeswijzer says it is not VNG's text.
  const std::size_t p_lees = print.find(">Leeswijzer voor Lekkerland</h2>");
  REQUIRE(p_lees != std::string::npos);
  CHECK(print.find("<p class=\"herkomst-eigen\"><strong>Eigen tekst van Gemeente Lekkerland."
                   "</strong> Dit hoofdstuk vervangt de tekst van de VNG.</p>",
                   p_lees) < print.find("</section>", p_lees));
}

TEST_CASE(
    "gemeente lekkerland - 404.html works at any depth under /kader/, the sitemap leaves it "
    "out") {
  const Built& b = built();
  REQUIRE(b.exit_code == 0);
  const std::string nf = b.page("404.html");
  CHECK(nf.find("href=\"/kader/css/") != std::string::npos);
  CHECK(nf.find("src=\"/kader/gemeente-logo.svg\"") != std::string::npos);
  CHECK(nf.find("href=\"/kader/afwijkingen.html\"") != std::string::npos);
  CHECK(nf.find("href=\"../") == std::string::npos);
  const std::string sitemap = b.page("sitemap.xml");
  CHECK(sitemap.find("<loc>https://www.lekkerland.nl/kader/afwijkingen.html</loc>") !=
        std::string::npos);
  CHECK(sitemap.find("404.html") == std::string::npos);
}

TEST_CASE("gemeente lekkerland - a na_kop naming no heading is an error with 'bedoelde u'") {
  TempDir t("lekkerland-fout");
  fs::copy(kFixture, t.path / "site", fs::copy_options::recursive);
  const fs::path file = t.path / "site/lokaal/kader/hoofdstuk-1.aanvulling.md";
  std::string text = read(file);
  text.replace(text.find("Gevolgen voor gemeenten"), 23, "Gevolgen voor de gemeente");
  std::ofstream(file, std::ios::binary) << text;
  // The fixture's content_dir points three folders up: put the copy at the same depth.
  fs::create_directories(t.path / "a/b");
  fs::rename(t.path / "site", t.path / "a/b/site");
  fs::create_directory_symlink(fs::path(WEGWIJZER_SOURCE_DIR) / "content", t.path / "content");
  std::string out;
  CHECK(run("build --config a/b/site/site-config.toml --out uit", t.path, out) == 1);
  CHECK(out.find("lokaal/kader/hoofdstuk-1.aanvulling.md:3:10: fout: na_kop noemt de kop "
                 "'Gevolgen voor de gemeente', maar die staat niet op kader/hoofdstuk-1.md") !=
        std::string::npos);
  CHECK(out.find("bedoelde u 'Gevolgen voor gemeenten'?") != std::string::npos);
  CHECK_FALSE(fs::exists(t.path / "uit/index.html"));
}

TEST_CASE("gemeente lekkerland - VNG's own site has no afwijkingen.html and no link to it") {
  TempDir t("vng-geen-afwijkingen");
  std::string out;
  REQUIRE(run("build --config '" + std::string(WEGWIJZER_SOURCE_DIR) +
                  "/site-config.toml' --out '" + (t.path / "public").string() + "'",
              t.path, out) == 0);
  CHECK_FALSE(fs::exists(t.path / "public/afwijkingen.html"));
  CHECK(read(t.path / "public/over.html").find("afwijkingen") == std::string::npos);
  CHECK(read(t.path / "public/index.html").find("afwijkingen") == std::string::npos);
}

TEST_CASE(
    "gemeente lekkerland - check --alleen-lokaal: the gemeente's own texts pass the B1 rules") {
  TempDir t("lekkerland-check");
  std::string out;
  CHECK(run("check --config '" + (kFixture / "site-config.toml").string() + "' --alleen-lokaal",
            t.path, out) == 0);
  INFO(out);
  // The two notes: the replaced leeswijzer, and that this copy has no basis.lock yet.
  CHECK(out.find("0 fouten, 0 waarschuwingen, 2 opmerkingen") != std::string::npos);
  CHECK(out.find("[basis-lock-ontbreekt]") != std::string::npos);
}
