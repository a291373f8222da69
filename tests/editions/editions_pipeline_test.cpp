// The real kader against a made-up previous edition, generated here from the real content:
// basiskenmerk 5 had other words, kader/leeswijzer.md was called kader/lezen.md, the glossary had a
// term that is gone, VIT statement 5.5 is new and 5.9 retired (and, in a second run, 5.5 had
// another text under the same id).
#include <algorithm>
#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

/// The repository on disk, with some files (the config, the previous edition) replaced or added in
/// memory.
class LayeredFileSystem : public FileSystem {
 public:
  MemoryFileSystem top;
  std::optional<std::string> read(const std::string& p) const override {
    if (auto t = top.read(p)) return t;
    return disk_.read(p);
  }
  bool is_file(const std::string& p) const override { return top.is_file(p) || disk_.is_file(p); }
  bool is_dir(const std::string& p) const override { return top.is_dir(p) || disk_.is_dir(p); }
  std::vector<std::string> list_files(const std::string& dir,
                                      std::vector<std::string>& problems) const override {
    auto t = top.list_files(dir, problems);
    auto d = disk_.list_files(dir, problems);
    t.insert(t.end(), d.begin(), d.end());
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
    return t;
  }
  std::optional<std::string> real_path(const std::string& p) const override {
    return disk_.real_path(p);
  }

 private:
  DiskFileSystem disk_;
};

void replace(std::string& text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

/// The previous edition under "vorige-editie/"; `reword_55`: 5.5 had another text, else 5.5 did not
/// exist.
std::unique_ptr<LayeredFileSystem> with_previous_edition(
    bool reword_55, const std::string& where = "vorige-editie/") {
  auto fs = std::make_unique<LayeredFileSystem>();
  DiskFileSystem disk;
  std::vector<std::string> problems;
  for (const auto& rel : disk.list_files("content", problems)) {
    std::string text = *disk.read("content/" + rel);
    std::string target = rel == "kader/leeswijzer.md" ? "kader/lezen.md" : rel;
    if (rel == "basiskenmerken/05-brede-blik.md") {
      auto body = text.find("\n+++", 3);
      REQUIRE(body != std::string::npos);
      text.insert(body + 4, "\nDeze zin stond alleen in de vorige versie.\n");
      // A changed list item with a link and bold type, a list item that is gone.
      replace(text, "Hierbij wordt samen opgetrokken",
              "Hierbij wordt **altijd** samen opgetrokken");
      replace(text, "- Tegelijkertijd kan het", "- Een punt dat weg is.\n- Tegelijkertijd kan het");
    }
    if (rel == "bronnen.toml")  // a source whose data changed
      replace(text, "auteur = \"Vereniging van Nederlandse Gemeenten en Divosa\"\njaar = \"2024\"",
              "auteur = \"Vereniging van Nederlandse Gemeenten en Divosa\"\njaar = \"2023\"");
    if (rel == "woordenlijst/basishulp.md")  // a term with another explanation
      replace(text, "Basishulp is hulp die het lokale team zelf geeft.",
              "Basishulp is hulp van het lokale team.");
    if (rel == "vit/05-brede-blik.md") {
      const std::string q =
          "id = \"5.5\"\ntekst = \"De inwoner heeft één vast aanspreekpunt dat hem steunt bij zijn "
          "eigen regie.\"";
      if (reword_55)
        replace(text, q, "id = \"5.5\"\ntekst = \"De inwoner heeft een eigen casusregisseur.\"");
      else
        replace(text, "[[vraag]]\n" + q,
                "[[vraag]]\nid = \"5.9\"\ntekst = \"Een oude vraag die vervallen is.\"");
    }
    fs->top.add(where + target, text);
  }
  fs->top.add(where + "woordenlijst/oud-begrip.md",
              "+++\ntitle = \"Oud begrip\"\nterm = \"oud begrip\"\nkort = \"Een begrip dat niet "
              "meer gebruikt wordt.\"\n+++\nUitleg.\n");
  if (!reword_55)
    fs->top.add("content/vit/vervallen.toml",
                *disk.read("content/vit/vervallen.toml") +
                    "\n[[vraag]]\nid = \"5.9\"\ntekst = \"Een oude vraag die vervallen is.\"\n");
  std::string config = *disk.read("site-config.toml");
  config += "\n[edities]\nvorige = \"vorige-editie\"\nnaam = \"2023.01\"\n";
  fs->top.add("site-config.toml", config);
  return fs;
}

BuildResult build(const FileSystem& fs) {
  BuildOptions o;
  o.theme_dirs = {"themes"};
  return build_memory(fs, o);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("editions pipeline - change views and the generated overview for the real kader") {
  auto fs = with_previous_edition(false);
  auto r = build(*fs);
  INFO(r.messages());
  REQUIRE(r.ok);

  const std::string& view = r.files["wijzigingen/basiskenmerken-05-brede-blik.html"];
  REQUIRE_FALSE(view.empty());
  CHECK(has(view,
            "<del><span class=\"visueel-verborgen\">[verwijderd: </span>Deze zin stond alleen in "
            "de vorige versie."));
  CHECK(has(view, "href=\"../basiskenmerken/05-brede-blik.html\""));
  CHECK(has(view, "href=\"../wijzigingen.html\""));
  CHECK(has(view, "sinds versie 2023.01"));
  // The view shows the text as a reader reads it, in the page's own structure: no Markdown.
  const std::string tekst = view.substr(view.find("<div class=\"wijziging-tekst\">"));
  for (const char* markup : {"**", "](", "[@", "[^", "+++", "gewone_taal =", "eindnoot xx"}) {
    INFO(markup);
    CHECK_FALSE(has(tekst, markup));
  }
  CHECK(has(tekst, "<h3>Brede blik, brede analyse</h3>"));
  CHECK(has(tekst,
            "<li>\n<span id=\"verandering-3\"></span>Ze hebben specialistische expertise "
            "dichtbij beschikbaar."));
  CHECK(has(tekst,
            "Hierbij wordt <del><span class=\"visueel-verborgen\">[verwijderd: </span>altijd<span "
            "class=\"visueel-verborgen\">]</span></del> samen opgetrokken om elkaars inzet te "
            "verrijken. (Zie ook uitgangspunt 6.)"));
  CHECK(has(tekst,
            "<li class=\"blok-verwijderd\">\n<span id=\"verandering-2\"></span><del><span "
            "class=\"visueel-verborgen\">[verwijderd: "
            "</span>Een punt dat weg is."));
  CHECK(has(tekst, "<h4>Bronnen en voetnoten</h4>"));
  // A reader can jump to the changes: three changed blocks, each with an anchor.
  CHECK(has(view, "Er zijn 3 stukken tekst veranderd. <a href=\"#verandering-1\">"));
  CHECK(has(tekst, "<p class=\"blok-verwijderd\"><span id=\"verandering-1\"></span><del>"));
  CHECK(has(tekst, "<span id=\"verandering-3\"></span>Ze hebben"));
  CHECK_FALSE(has(tekst, "verandering-4"));
  CHECK(has(tekst, "Eindnoot xxvii in het kader"));

  const std::string& page = r.files["basiskenmerken/05-brede-blik.html"];
  CHECK(has(page,
            "<a href=\"../wijzigingen/basiskenmerken-05-brede-blik.html\">Wat is er veranderd "
            "sinds 2023.01?</a>"));
  CHECK_FALSE(has(r.files["basiskenmerken/04-patronen-en-systeemknelpunten.html"],
                  "Wat is er veranderd sinds"));

  const std::string& renamed = r.files["wijzigingen/kader-leeswijzer.html"];
  CHECK(has(renamed, "kader/lezen.md"));

  const std::string& overview = r.files["wijzigingen.html"];
  CHECK(has(overview, "Eerste versie van deze website"));  // the editors' own notes stay on top
  CHECK(overview.find("Eerste versie van deze website") <
        overview.find("Veranderd sinds versie 2023.01"));
  INFO(overview);
  CHECK(has(overview, "s met een nieuwe naam</h3>"));
  CHECK(has(overview, "heette eerder kader/lezen.md"));
  CHECK(
      has(overview,
          "% van de tekst veranderd): <a href=\"wijzigingen/basiskenmerken-05-brede-blik.html\">"));
  CHECK(has(overview, "href=\"wijzigingen/basiskenmerken-05-brede-blik.html\""));
  CHECK(has(overview, "Begrippen die uit de woordenlijst zijn gehaald"));
  CHECK(has(overview, "oud begrip"));
  CHECK(has(overview, "Nieuwe uitspraken in het VIT"));
  CHECK(has(overview, "De inwoner heeft één vast aanspreekpunt"));
  CHECK(has(overview, "Uitspraken van het VIT die zijn vervallen"));
  CHECK(has(overview, "Een oude vraag die vervallen is. (5.9)"));
  CHECK(has(overview, "<a href=\"vit/05-brede-blik.html#vraag-5-5\">De inwoner heeft één vast"));
  // A changed source links to its entry and shows its earlier data; a reworded term links to its
  // page and to that page's change view.
  CHECK(has(overview, "<h3>Bronnen met andere gegevens</h3>"));
  CHECK(has(overview, "<a href=\"bronnen.html#bron-waarde-van-het-sociaal-domein\">De waarde"));
  CHECK(has(overview, "Vereniging van Nederlandse Gemeenten en Divosa. 2023. De waarde"));
  CHECK(has(overview,
            "<h3>Begrippen met een andere uitleg</h3>\n<ul>\n<li><a "
            "href=\"woordenlijst/basishulp.html\">basishulp</a>: <a "
            "href=\"wijzigingen/woordenlijst-basishulp.html\">"));
  // The renamed page links to its change view too.
  CHECK(has(r.files["kader/leeswijzer.html"],
            "<a href=\"../wijzigingen/kader-leeswijzer.html\">Wat is er veranderd sinds "
            "2023.01?</a>"));
  for (const auto& [path, html] : r.files) {
    if (!path.starts_with("wijzigingen")) continue;
    INFO(path);
    CHECK_FALSE(has(html, "href=\"/"));
  }
}

TEST_CASE("editions pipeline - a statement that vanished without vervallen.toml is an error") {
  auto fs = with_previous_edition(false);
  fs->top.add("content/vit/vervallen.toml", *DiskFileSystem().read("content/vit/vervallen.toml"));
  auto r = build(*fs);
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("vorige-editie/vit/05-brede-blik.md:"));
  CHECK(
      r.has_message("uitspraak 5.9 van versie 2023.01 staat niet meer in het VIT en ook niet in "
                    "vit/vervallen.toml"));
  CHECK(r.has_message("[vit-id-verdwenen]"));
}

TEST_CASE("editions pipeline - nothing changes when [edities] is not set") {
  const auto& r = kader_site();
  for (const auto& [path, html] : r.files) {
    INFO(path);
    CHECK_FALSE(path.starts_with("wijzigingen/"));
    CHECK_FALSE(has(html, "Wat is er veranderd sinds"));
  }
  CHECK_FALSE(has(kader_file("wijzigingen.html"), "Veranderd sinds versie"));
}

TEST_CASE(
    "editions pipeline - a reworded VIT statement with the same id is an error unless marked") {
  auto fs = with_previous_edition(true);
  auto r = build(*fs);
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("content/vit/05-brede-blik.md:"));
  CHECK(r.has_message("de tekst van uitspraak 5.5 is veranderd sinds versie 2023.01"));
  CHECK(r.has_message("[vit-tekst-veranderd]"));

  // Marked as a wording fix against this previous edition: allowed, and shown as reworded.
  std::string vit = *fs->read("content/vit/05-brede-blik.md");
  replace(vit, "regie.\"\n", "regie.\"\ntekstcorrectie = \"2023.01\"\n");
  fs->top.add("content/vit/05-brede-blik.md", vit);
  auto ok = build(*fs);
  INFO(ok.messages());
  CHECK(ok.ok);
  CHECK(has(ok.files["wijzigingen.html"], "De inwoner heeft een eigen casusregisseur."));
  // The VIT data gives the browser the earlier text and its edition, to name it with an answer
  // given to it.
  CHECK(has(ok.files["vit/vit-data.js"],
            "\"eerder\":{\"tekst\":\"De inwoner heeft een eigen "
            "casusregisseur.\",\"versie\":\"2023.01\"}"));

  // A marker naming another edition does not count.
  replace(vit, "tekstcorrectie = \"2023.01\"", "tekstcorrectie = \"2022.01\"");
  fs->top.add("content/vit/05-brede-blik.md", vit);
  auto stale = build(*fs);
  CHECK_FALSE(stale.ok);
  CHECK(stale.has_message("[vit-tekst-veranderd]"));
}

TEST_CASE(
    "editions pipeline - a gemeente copy: changed base under an aanvulling, and the edition it is "
    "based on") {
  auto fs = with_previous_edition(false, "examples/krimpenerwaard/vorige/");
  std::string config = *DiskFileSystem().read("examples/krimpenerwaard/site-config.toml");
  fs->top.add("examples/krimpenerwaard/site-config.toml",
              "kader_editie = \"2024.03\"\n" + config +
                  "\n[edities]\nvorige = \"vorige\"\nnaam = \"2023.01\"\n");
  // The retired 5.9 of the made-up previous edition, as the example reads the base content.
  fs->top.add("examples/krimpenerwaard/../../content/vit/vervallen.toml",
              *fs->read("content/vit/vervallen.toml"));
  BuildOptions o;
  o.config_path = "examples/krimpenerwaard/site-config.toml";
  o.theme_dirs = {"themes"};
  auto r = build_memory(*fs, o);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(
      r.has_message("examples/krimpenerwaard/lokaal/basiskenmerken/"
                    "05-brede-blik.aanvulling.md:1:1: waarschuwing: de tekst "
                    "van de VNG onder deze aanvulling is veranderd sinds versie 2023.01"));
  CHECK(r.has_message("wijzigingen/basiskenmerken-05-brede-blik.html"));
  CHECK(r.has_message("[basis-veranderd]"));
  CHECK_FALSE(
      r.has_message("02-laagdrempelig.aanvulling.md:1:1: waarschuwing: de tekst van de VNG"));
  CHECK(has(r.files["index.html"], "Gebaseerd op versie 2024.03 van het kader van de VNG."));
  CHECK(has(r.files["over.html"],
            "<dt>Gebaseerd op</dt><dd>versie 2024.03 van het Richtinggevend kader toegang van de "
            "VNG</dd>"));
  // Local pages of the overlay are not "new pages" of the VNG edition.
  CHECK_FALSE(has(r.files["wijzigingen.html"], "Nieuwe pagina"));
}

TEST_CASE(
    "editions pipeline - a gemeente's aanvulling on a renamed VNG page: the error names the new "
    "page") {
  auto fs = with_previous_edition(false, "examples/krimpenerwaard/vorige/");
  std::string config = *DiskFileSystem().read("examples/krimpenerwaard/site-config.toml");
  fs->top.add("examples/krimpenerwaard/site-config.toml",
              "verberg = [\"kader/lezen.md\"]\n" + config +
                  "\n[edities]\nvorige = \"vorige\"\nnaam = \"2023.01\"\n");
  fs->top.add("examples/krimpenerwaard/../../content/vit/vervallen.toml",
              *fs->read("content/vit/vervallen.toml"));
  // Written against the previous edition, where the leeswijzer was kader/lezen.md.
  fs->top.add("examples/krimpenerwaard/lokaal/kader/lezen.aanvulling.md",
              "Zo lezen wij dit kader.\n");
  BuildOptions o;
  o.config_path = "examples/krimpenerwaard/site-config.toml";
  o.theme_dirs = {"themes"};
  auto r = build_memory(*fs, o);
  CHECK_FALSE(r.ok);
  INFO(r.messages());
  CHECK(
      r.has_message("examples/krimpenerwaard/lokaal/kader/lezen.aanvulling.md:1:1: fout: "
                    "aanvulling op een pagina die "
                    "niet (meer) bestaat: kader/lezen.md [aanvulling-wees]"));
  CHECK(r.has_message(
      "sinds versie 2023.01 heet deze pagina van de VNG waarschijnlijk kader/leeswijzer.md"));
  CHECK(r.has_message("geef uw aanvulling dan de naam van kader/leeswijzer.md"));
  CHECK(r.has_message("zet in verberg dan kader/leeswijzer.md"));
}
