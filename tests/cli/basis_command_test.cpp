// A gemeente copy taken through a VNG update with the real binary: basis.lock written with
// `wegwijzer basis --vastleggen` against the real kader (2024.03), then a made-up later edition
// (2025.01, made here from the real content): other text under the aanvullingen on basiskenmerk 2
// and 3, kader/leeswijzer.md renamed to kader/lezen.md (it has an aanvulling), the glossary term
// "bemoeizorg" removed (the gemeente's own page uses it) and VIT statement 2.2 (hidden by the
// gemeente) reworded.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/temp_dir.h"

namespace fs = std::filesystem;
using ww::test::TempDir;

namespace {

struct Result {
  int code = -1;
  std::string out;  // stdout and stderr
};

Result run(const std::string& args, const fs::path& cwd) {
  fs::path log = cwd.parent_path() / "basis-test-output.txt";
  std::string cmd = "cd '" + cwd.string() + "' && '" WEGWIJZER_BINARY "' " + args + " > '" +
                    log.string() + "' 2>&1";
  int status = std::system(cmd.c_str());
  std::ifstream in(log);
  std::stringstream ss;
  ss << in.rdbuf();
  fs::remove(log);
  return {WEXITSTATUS(status), ss.str()};
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

void replace(const fs::path& p, const std::string& from, const std::string& to) {
  std::string text = read(p);
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  write(p, text);
}

/// Adds a paragraph right after the front matter.
void add_paragraph(const fs::path& p, const std::string& paragraph) {
  std::string text = read(p);
  auto end = text.find("\n+++", 3);
  REQUIRE(end != std::string::npos);
  text.insert(end + 4, "\n" + paragraph + "\n");
  write(p, text);
}

bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

const char* kConfig =
    "title = \"Kader toegang - Proefstad\"\n"
    "organisation = \"Gemeente Proefstad\"\n"
    "versie = \"2024.03-p1\"\n"
    "kader_editie = \"2024.03\"\n"
    "content_dir = \"../vng/content\"\n"
    "toegestane_mappen = [\"../vng/content\"]\n"
    "overlays = [\"lokaal\"]\n"
    "verberg_vragen = [\"2.2\", \"2.3\"]\n"
    "\n[gemeente]\nnaam = \"Gemeente Proefstad\"\n";

/// The gemeente copy of the real kader: /vng/content and /gemeente with its overlay.
void make_copy(const fs::path& root) {
  fs::create_directories(root / "vng");
  fs::copy(fs::path(WEGWIJZER_SOURCE_DIR) / "content", root / "vng/content",
           fs::copy_options::recursive);
  const fs::path g = root / "gemeente";
  write(g / "site-config.toml", kConfig);
  write(g / "lokaal/basiskenmerken/02-laagdrempelig.aanvulling.md",
        "In Proefstad is er in elke wijk een plek waar u terecht kunt.\n");
  write(g / "lokaal/basiskenmerken/03-sociale-en-pedagogische-basis.aanvulling.md",
        "In Proefstad werken het wijkteam en de scholen samen.\n");
  write(g / "lokaal/kader/leeswijzer.aanvulling.md", "Zo lezen wij in Proefstad het kader.\n");
  write(g / "lokaal/proefstad/_index.md",
        "+++\ntitle = \"Toegang in Proefstad\"\nkort = \"Hoe de toegang in Proefstad werkt.\"\n"
        "+++\nHet wijkteam werkt samen met de GGD.\n\n"
        "Bij zorgen over iemand die geen hulp vraagt, zetten wij bemoeizorg in.\n");
}

/// VNG's made-up edition 2025.01, and the gemeente's config pointing at it.
void new_edition(const fs::path& root) {
  const fs::path c = root / "vng/content";
  add_paragraph(c / "basiskenmerken/02-laagdrempelig.md",
                "Sinds 2025 telt ook een digitale toegang als laagdrempelig.");
  add_paragraph(c / "basiskenmerken/03-sociale-en-pedagogische-basis.md",
                "De pedagogische basis hoort bij elke wijk.");
  fs::rename(c / "kader/leeswijzer.md", c / "kader/lezen.md");
  replace(c / "kader/_index.md", "(leeswijzer.md)", "(lezen.md)");
  fs::remove(c / "woordenlijst/bemoeizorg.md");
  replace(c / "vit/02-laagdrempelig.md",
          "tekst = \"Onze locaties zijn goed toegankelijk voor mensen met een beperking.\"",
          "tekst = \"Al onze locaties en onze website zijn goed toegankelijk voor mensen met een "
          "beperking.\"");
  // 2.3 (also hidden) is taken out of the VIT and retired.
  const std::string q23 =
      "[[vraag]]\nid = \"2.3\"\ntekst = \"We delen informatie via verschillende kanalen, ook "
      "geschikt voor mensen die slecht zien of horen.\"\n";
  replace(c / "vit/02-laagdrempelig.md", q23 + "\n", "");
  write(c / "vit/vervallen.toml", read(c / "vit/vervallen.toml") + "\n" + q23);
  replace(root / "gemeente/site-config.toml", "kader_editie = \"2024.03\"",
          "kader_editie = \"2025.01\"");
}

}  // namespace

TEST_CASE("basis - a gemeente copy through a VNG update: report, exit codes, basis.lock") {
  TempDir t{"basis"};
  make_copy(t.path);
  const fs::path g = t.path / "gemeente";
  const fs::path lock = g / "basis.lock";

  // Without a lock nothing changes, but the copy says once how to make one.
  Result r = run("build --out ../uit", g);
  CHECK(r.code == 0);
  CHECK(has(r.out, "site-config.toml:7:12: opmerking: deze kopie heeft nog geen basis.lock"));
  CHECK(has(r.out, "maak het met: wegwijzer basis --vastleggen"));
  r = run("basis", g);
  CHECK(r.code == 3);  // review needed: nothing recorded yet
  CHECK(has(r.out, "Er is nog geen basis.lock"));
  CHECK_FALSE(fs::exists(lock));  // only --vastleggen writes it

  r = run("basis --vastleggen", g);
  REQUIRE(r.code == 0);
  CHECK(has(r.out, "basis.lock vastgelegd voor versie 2024.03: 3 pagina's, 2 uitspraken"));
  const std::string first = read(lock);
  CHECK(has(first, "formaat = 1\neditie = \"2024.03\"\n"));
  CHECK(has(first,
            "bron = \"kader/leeswijzer.md\"\nsoort = \"aanvulling\"\n"
            "bestand = \"lokaal/kader/leeswijzer.aanvulling.md\""));
  CHECK(has(first, "[[vraag]]\nid = \"2.2\"\ntekst = \"Onze locaties zijn goed toegankelijk"));
  CHECK(has(first, "[[begrip]]\nnaam = \"bemoeizorg\""));
  CHECK(has(first, "gebruikt_in = [\"lokaal/proefstad/_index.md\"]"));
  CHECK(first.size() < 40000);  // the whole base text of three pages, nothing else
  r = run("basis", g);
  CHECK(r.code == 0);
  CHECK(has(r.out, "Niets om na te kijken"));
  fs::remove(lock);
  REQUIRE(run("basis --vastleggen", g).code == 0);
  CHECK(read(lock) == first);  // deterministic
  std::string crlf;            // as git may check it out on Windows
  for (char c : first) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  write(lock, crlf);
  CHECK(run("basis", g).code == 0);
  write(lock, first);
  r = run("build --out ../uit", g);
  CHECK(r.code == 0);
  CHECK_FALSE(has(r.out, "[basis-"));

  // The new edition; the old one stays beside it for [edities] further on.
  fs::create_directories(t.path / "vng-2024.03");
  fs::copy(t.path / "vng/content", t.path / "vng-2024.03/content", fs::copy_options::recursive);
  new_edition(t.path);

  for (const char* command : {"build --out ../uit", "check --zonder-taal"}) {
    INFO(command);
    r = run(command, g);
    INFO(r.out);
    CHECK(r.code == 1);
    CHECK(has(r.out,
              "lokaal/basiskenmerken/02-laagdrempelig.aanvulling.md:1:1: waarschuwing: de tekst "
              "van de VNG onder deze aanvulling is veranderd sinds versie 2024.03 (basis.lock)"));
    CHECK(has(r.out,
              "lokaal/basiskenmerken/03-sociale-en-pedagogische-basis.aanvulling.md:1:1: "
              "waarschuwing: de tekst van de VNG onder deze aanvulling is veranderd"));
    CHECK(has(r.out, "[basis-veranderd]"));
    CHECK(has(r.out,
              "lokaal/kader/leeswijzer.aanvulling.md:1:1: fout: aanvulling op een pagina "
              "die niet (meer) bestaat: kader/leeswijzer.md [aanvulling-wees]"));
    CHECK(has(r.out,
              "heet deze pagina van de VNG waarschijnlijk kader/lezen.md (100% dezelfde "
              "woorden); geef uw aanvulling dan de naam kader/lezen.aanvulling.md"));
    CHECK(has(r.out,
              "lokaal/proefstad/_index.md:7:57: waarschuwing: 'bemoeizorg' was een begrip "
              "uit de woordenlijst van de VNG"));
    CHECK(has(r.out, "[basis-begrip-verdwenen]"));
    CHECK(has(r.out,
              "site-config.toml:8:19: waarschuwing: u verbergt uitspraak 2.2, maar de VNG "
              "heeft de tekst veranderd sinds versie 2024.03 (basis.lock) "
              "[basis-vraag-veranderd]"));
    CHECK(has(r.out, "nu staat er: 'Al onze locaties en onze website zijn goed toegankelijk"));
    CHECK(has(r.out,
              "site-config.toml:8:26: waarschuwing: u verbergt uitspraak 2.3, maar die "
              "staat niet meer in het VIT van de VNG [basis-vraag-verdwenen]"));
    CHECK(has(r.out,
              "De VNG heeft de uitspraak laten vervallen. Haal '2.3' weg uit "
              "verberg_vragen"));
    CHECK(has(r.out,
              "basis.lock is vastgelegd voor versie 2024.03 van de VNG; kader_editie is "
              "nu 2025.01 [basis-editie]"));
  }

  r = run("basis --rapport ../rapport.html", g);
  INFO(r.out);
  CHECK(r.code == 1);  // the aanvulling on a vanished page is an error
  // The excerpts: removed words before added ones (editions/word_diff.h), with context.
  CHECK(has(r.out, ". {+Sinds 2025 telt ook een digitale"));
  CHECK(has(r.out, "toegang als laagdrempelig.+}"));
  CHECK(has(r.out, "[-Onze-] {+Al onze+} locaties {+en onze website+} zijn goed toegankelijk"));
  CHECK(has(r.out, "1 fout: los die eerst op."));
  const std::string html = read(t.path / "rapport.html");
  CHECK(has(html, "<html lang=\"nl\">"));
  CHECK(has(html,
            "<ins><span class=\"vh\">[toegevoegd: </span>Sinds 2025 telt ook een digitale "
            "toegang als laagdrempelig.<span class=\"vh\">]</span></ins>"));
  CHECK(has(html, "<del><span class=\"vh\">[verwijderd: </span>Onze"));
  CHECK(has(html, "Begrip uit de woordenlijst: bemoeizorg"));
  CHECK_FALSE(has(html, "<script"));
  CHECK_FALSE(has(html, "href="));  // self-contained: no external file, no link out
  CHECK_FALSE(has(html, "src="));
  CHECK(has(html, "<p>De tekst van de VNG onder deze aanvulling is veranderd"));
  r = run("basis --vastleggen --rapport ../rapport.html", g);
  CHECK(r.code == 1);
  CHECK(has(r.out, "basis.lock is niet vastgelegd: los eerst de fouten op"));
  CHECK(read(lock) == first);

  // The report never replaces a file that is not an earlier report.
  const std::string config = read(g / "site-config.toml");
  r = run("basis --rapport site-config.toml", g);
  CHECK(r.code == 1);
  CHECK(has(r.out, "site-config.toml bestaat al en is geen update-rapport van wegwijzer"));
  CHECK(read(g / "site-config.toml") == config);

  // With [edities] the hint names the change view of the page in the site.
  write(g / "site-config.toml",
        config + "\n[edities]\nvorige = \"../vng-2024.03/content\"\nnaam = \"2024.03\"\n");
  replace(g / "site-config.toml", "toegestane_mappen = [\"../vng/content\"]",
          "toegestane_mappen = [\"../vng/content\", \"../vng-2024.03/content\"]");
  fs::rename(g / "lokaal/kader/leeswijzer.aanvulling.md", g / "lokaal/kader/lezen.aanvulling.md");
  r = run("build --out ../uit", g);
  INFO(r.out);
  CHECK(r.code == 0);  // only warnings now
  CHECK(has(r.out, "lees wat er veranderd is op wijzigingen/basiskenmerken-02-laagdrempelig.html"));
  CHECK(fs::exists(t.path / "uit/wijzigingen/basiskenmerken-02-laagdrempelig.html"));
  CHECK(has(read(t.path / "uit/over.html"), "<dt>Gebaseerd op</dt><dd>versie 2025.01 van het"));
  r = run("basis", g);
  CHECK(r.code == 3);  // reviewed by hand, not yet recorded
  CHECK(has(r.out, "lokaal/kader/lezen.aanvulling.md staat nog niet in basis.lock"));

  // Reviewed: record the new base.
  r = run("basis --vastleggen", g);
  REQUIRE(r.code == 0);
  CHECK(has(r.out, "basis.lock vastgelegd voor versie 2025.01"));
  const std::string second = read(lock);
  CHECK(has(second, "editie = \"2025.01\""));
  CHECK(has(second,
            "bron = \"kader/lezen.md\"\nsoort = \"aanvulling\"\n"
            "bestand = \"lokaal/kader/lezen.aanvulling.md\""));
  CHECK_FALSE(has(second, "kader/leeswijzer.md"));
  CHECK(has(second, "Sinds 2025 telt ook een digitale toegang als laagdrempelig."));
  CHECK(has(second, "tekst = \"Al onze locaties en onze website zijn goed toegankelijk"));
  CHECK_FALSE(has(second, "naam = \"bemoeizorg\""));
  CHECK(has(second, "[[vraag]]\nid = \"2.3\""));  // still hidden: its warning stays
  r = run("basis", g);
  CHECK(r.code == 3);
  CHECK(has(r.out, "[basis-vraag-verdwenen]"));
  r = run("build --out ../uit", g);
  CHECK(r.code == 0);
  CHECK(has(r.out, "site-config.toml:8:26: waarschuwing: u verbergt uitspraak 2.3"));

  // Its id taken out of verberg_vragen: recorded, and nothing left to review.
  replace(g / "site-config.toml", "[\"2.2\", \"2.3\"]", "[\"2.2\"]");
  r = run("basis", g);
  CHECK(r.code == 3);  // basis.lock is not current
  REQUIRE(run("basis --vastleggen", g).code == 0);
  CHECK_FALSE(has(read(lock), "id = \"2.3\""));
  r = run("basis", g);
  CHECK(r.code == 0);
  CHECK(has(r.out, "Niets om na te kijken"));
  r = run("build --out ../uit", g);
  CHECK(r.code == 0);
  CHECK_FALSE(has(r.out, "[basis-"));
}

TEST_CASE("basis - a broken basis.lock: a Dutch message with its place, exit 1, nothing written") {
  TempDir t{"basis"};
  make_copy(t.path);
  const fs::path g = t.path / "gemeente";
  const std::string broken = "formaat = 1\neditie = \"2024.03\n";
  write(g / "basis.lock", broken);
  Result r = run("build --out ../uit", g);
  CHECK(r.code == 1);
  CHECK(has(r.out, "basis.lock:2:"));
  CHECK(has(r.out, "basis.lock is geen geldige TOML"));
  CHECK(has(r.out, "[basis-lock]"));
  CHECK_FALSE(fs::exists(t.path / "uit"));
  for (const char* check : {"check --zonder-taal", "check --zonder-taal --alleen-lokaal"}) {
    INFO(check);
    r = run(check, g);
    CHECK(r.code == 1);  // basis.lock is the gemeente's own file
    CHECK(has(r.out, "basis.lock:2:"));
  }
  r = run("basis --vastleggen", g);
  CHECK(r.code == 1);
  CHECK(has(r.out, "basis.lock kan niet gelezen worden; er is niets geschreven"));
  CHECK(read(g / "basis.lock") == broken);

  write(g / "basis.lock",
        "formaat = 1\neditie = \"2024.03\"\n\n[[pagina]]\nbron = \"kader/x.md\"\n"
        "soort = \"aanvuling\"\nhash = \"0\"\n");
  r = run("basis", g);
  CHECK(r.code == 1);
  CHECK(has(r.out,
            "basis.lock:6:9: fout: soort 'aanvuling' bestaat niet; kies aanvulling, "
            "vervangen of verborgen [basis-lock]"));
}

TEST_CASE("basis - a site without overlays has nothing to record and writes nothing") {
  TempDir t{"basis"};
  fs::copy(fs::path(WEGWIJZER_SOURCE_DIR) / "tests/fixtures/valid-basic", t.path / "site",
           fs::copy_options::recursive);
  Result r = run("basis --vastleggen", t.path / "site");
  CHECK(r.code == 0);
  CHECK(has(r.out, "er is niets na te kijken of vast te leggen"));
  CHECK_FALSE(fs::exists(t.path / "site/basis.lock"));
  CHECK_FALSE(fs::exists(t.path / "site/basis-rapport.html"));
  r = run("build --out ../uit", t.path / "site");
  CHECK(r.code == 0);
  CHECK_FALSE(has(r.out, "basis.lock"));
}
