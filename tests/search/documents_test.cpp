#include "search/documents.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "core/worker_pool.h"
#include "xref/notes_pass.h"

using namespace ww;

namespace {

Page page(std::string output, std::string title, std::string body) {
  Page p;
  p.output = std::move(output);
  p.file = "content/" + p.output;
  p.title = std::move(title);
  p.body = std::move(body);
  return p;
}

ParsedSite parsed(std::vector<Page> pages) {
  SiteContent c;
  c.pages = std::move(pages);
  return parse_site(std::move(c), {}, nullptr);
}

}  // namespace

TEST_CASE("search documents - a page splits at h2 and h3, with the heading ids as anchors") {
  Page p = page("kader/a.html", "Hoofdstuk A",
                "Intro tekst.\n\n## Eerste kop\n\nTekst een.\n\n#### Klein\n\nNog meer.\n\n"
                "### Tweede kop\n\nTekst twee[^1].\n\n[^1]: Voetnoottekst.\n");
  p.kort = "Kort gezegd.";
  auto site = parsed({p});
  REQUIRE(site.pages[0].page.heading_ids.size() == 3);
  auto corpus = collect_search_documents(site);
  REQUIRE(corpus.pages.size() == 1);
  CHECK(corpus.pages[0].url == "kader/a.html");
  CHECK(corpus.pages[0].title == "Hoofdstuk A");
  REQUIRE(corpus.docs.size() == 3);
  CHECK(corpus.docs[0].anchor.empty());
  CHECK(corpus.docs[0].text == "Kort gezegd. Intro tekst.");
  CHECK(corpus.docs[1].heading == "Eerste kop");
  CHECK(corpus.docs[1].anchor == site.pages[0].page.heading_ids[0]);
  // An h4 stays inside its section, with its words apart from the paragraphs around it.
  CHECK(corpus.docs[1].text == "Tekst een. Klein Nog meer.");
  CHECK(corpus.docs[2].heading == "Tweede kop");
  CHECK(corpus.docs[2].anchor == site.pages[0].page.heading_ids[2]);
  // Footnote texts are not part of any section.
  CHECK(corpus.docs[2].text.find("Voetnoottekst") == std::string::npos);
  CHECK(corpus.docs[2].text.find("Tekst twee") == 0);
}

TEST_CASE("search documents - a page that starts with a heading has no empty top document") {
  auto site = parsed({page("a.html", "A", "## Kop\n\nTekst.\n")});
  auto corpus = collect_search_documents(site);
  REQUIRE(corpus.docs.size() == 1);
  CHECK(corpus.docs[0].heading == "Kop");
}

TEST_CASE("search documents - table cells and list items keep their words apart") {
  auto site = parsed(
      {page("a.html", "A", "| een | twee |\n| --- | --- |\n| drie | vier |\n\n- vijf\n- zes\n")});
  auto corpus = collect_search_documents(site);
  REQUIRE(corpus.docs.size() == 1);
  CHECK(corpus.docs[0].text == "een twee drie vier vijf zes");
}

TEST_CASE("search documents - a glossary term is one document with its varianten as title words") {
  Page t = page("woordenlijst/wijkteam.html", "Wijkteam", "Een team in de wijk.\n");
  t.term = TermInfo{};
  t.term->term = "wijkteam";
  t.term->varianten = {"wijkteams", "buurtteam"};
  t.kort = "Team dichtbij.";
  auto corpus = collect_search_documents(parsed({t}));
  REQUIRE(corpus.docs.size() == 1);
  CHECK(corpus.docs[0].kind == SearchKind::term);
  CHECK(corpus.docs[0].text == "Team dichtbij. Een team in de wijk.");
  CHECK(corpus.pages[0].title_extra == "wijkteam wijkteams buurtteam");
}

TEST_CASE("search documents - VIT questions are documents of their own, anchored at the question") {
  Page v = page("vit/11-mandaat.html", "Mandaat", "Uitleg bij de vragen.\n");
  v.vit = VitInfo{};
  v.vit->kenmerk = 11;
  VitVraag q;
  q.id = "11.2";
  q.tekst = "Heeft de medewerker mandaat?";
  q.uitleg = "Denk aan budget.";
  v.vit->vragen.push_back(q);
  auto corpus = collect_search_documents(parsed({v}));
  REQUIRE(corpus.docs.size() == 2);
  CHECK(corpus.docs[1].kind == SearchKind::question);
  CHECK(corpus.docs[1].anchor == "vraag-11-2");
  CHECK(corpus.docs[1].heading == "Vraag 11.2");
  CHECK(corpus.docs[1].text == "Heeft de medewerker mandaat? Denk aan budget.");
  CHECK(vit_question_anchor("KW-1") == "vraag-kw-1");
}

TEST_CASE("search documents - pages without a syntax tree (generated pages) are left out") {
  auto site = parsed({page("a.html", "A", "Tekst.\n")});
  Page gen = page("woordenlijst.html", "Woordenlijst", "");
  Diagnostics diags;
  REQUIRE(add_generated_page(site, gen, diags));
  auto corpus = collect_search_documents(site);
  REQUIRE(corpus.pages.size() == 1);
  CHECK(corpus.pages[0].url == "a.html");
}

TEST_CASE("search documents - the kader's own pages weigh more than other pages") {
  Page k = page("kader/hoofdstuk-1.html", "Hoofdstuk 1", "Tekst.\n");
  k.section = "kader";
  Page idx = page("kader.html", "Kader", "Overzicht.\n");
  idx.section = "kader";
  idx.is_index = true;
  Page b = page("basiskenmerken/11-mandaat.html", "Mandaat", "Tekst.\n");
  b.section = "basiskenmerken";
  b.kenmerk = Basiskenmerk{};
  b.kenmerk->nummer = 11;
  Page v = page("vit/11-mandaat.html", "Mandaat", "Tekst.\n");
  v.section = "vit";
  auto corpus = collect_search_documents(parsed({k, idx, b, v}));
  REQUIRE(corpus.pages.size() == 4);
  CHECK(corpus.pages[0].weight == kPageWeightKader);
  CHECK(corpus.pages[1].weight == kPageWeightDefault);
  CHECK(corpus.pages[2].weight == kPageWeightKader);
  CHECK(corpus.pages[2].label == "Basiskenmerk 11");
  CHECK(corpus.pages[3].weight == kPageWeightDefault);
}

TEST_CASE("search documents - abbreviations are documents on the afkortingen page") {
  auto site = parsed({page("a.html", "A", "De Wmo.\n")});
  site.content.afkortingen = {{"GGZ", "geestelijke gezondheidszorg", {}},
                              {"ggz", "geestelijke gezondheidszorg", {}},
                              {"Wmo", "Wet maatschappelijke ondersteuning", {}}};
  // Without the generated page there is nothing to link to.
  CHECK(collect_search_documents(site).pages.size() == 1);

  Page gen = page("afkortingen.html", "Afkortingen", "");
  gen.kort = "Alle afkortingen.";
  Diagnostics diags;
  REQUIRE(add_generated_page(site, gen, diags));
  auto corpus = collect_search_documents(site);
  REQUIRE(corpus.pages.size() == 2);
  CHECK(corpus.pages[1].url == "afkortingen.html");
  CHECK(corpus.pages[1].title == "Afkortingen");
  REQUIRE(corpus.docs.size() == 4);
  CHECK(corpus.docs[1].page == 1);
  CHECK(corpus.docs[1].heading.empty());
  CHECK(corpus.docs[1].text == "Alle afkortingen.");
  CHECK(corpus.docs[2].page == 1);
  CHECK(corpus.docs[2].anchor.empty());
  CHECK(corpus.docs[2].heading == "GGZ");
  CHECK(corpus.docs[2].text == "geestelijke gezondheidszorg");
  CHECK(corpus.docs[3].heading == "Wmo");
  CHECK(corpus.docs[3].text == "Wet maatschappelijke ondersteuning");
}

TEST_CASE("search documents - the same documents with 1 and 4 threads") {
  std::vector<Page> pages;
  for (int i = 0; i < 30; ++i) {
    Page p = page("kader/p" + std::to_string(i) + ".html", "Pagina " + std::to_string(i),
                  "Intro " + std::to_string(i) + ".\n\n## Kop " + std::to_string(i) +
                      "\n\nTekst   met\tspaties.\n\n" +
                      "### Sub\n\n- een\n- twee\n\n| a | b |\n| --- | --- |\n| c | d |\n");
    p.kort = i % 2 ? "Kort " + std::to_string(i) + "." : "";
    if (i % 5 == 0) {
      p.term = TermInfo{};
      p.term->term = "term" + std::to_string(i);
    }
    pages.push_back(p);
  }
  SiteContent c1;
  c1.pages = pages;
  SiteContent c4;
  c4.pages = pages;
  auto one = parse_site(std::move(c1), {}, nullptr);
  WorkerPool workers(4);
  auto four = parse_site(std::move(c4), {}, &workers);
  REQUIRE(four.workers == &workers);
  // A generated page in the middle: it has no search page, so the numbers after it close up.
  for (auto* site : {&one, &four}) {
    Diagnostics diags;
    REQUIRE(add_generated_page(*site, page("gen.html", "Gen", ""), diags, GeneratedPlace{7}) == 7u);
  }
  auto a = collect_search_documents(one);
  auto b = collect_search_documents(four);
  REQUIRE(a.pages.size() == 30);
  REQUIRE(b.pages.size() == a.pages.size());
  for (std::size_t i = 0; i < a.pages.size(); ++i) {
    CHECK(b.pages[i].url == a.pages[i].url);
    CHECK(b.pages[i].title_extra == a.pages[i].title_extra);
  }
  CHECK(a.pages[7].url == "kader/p7.html");
  CHECK(a.docs.back().page == 29);
  REQUIRE(b.docs.size() == a.docs.size());
  for (std::size_t d = 0; d < a.docs.size(); ++d) {
    CHECK(b.docs[d].page == a.docs[d].page);
    CHECK(b.docs[d].anchor == a.docs[d].anchor);
    CHECK(b.docs[d].heading == a.docs[d].heading);
    CHECK(b.docs[d].text == a.docs[d].text);
  }
  CHECK(a.docs[1].page == 1);
  CHECK(a.docs[1].text == "Kort 1. Intro 1.");
  CHECK(a.docs[2].text == "Tekst met spaties.");
  CHECK(a.docs[3].text == "een twee a b c d");
}

TEST_CASE(
    "search documents - append_search_text adds one space between blocks, none for empty text") {
  auto site = parsed({page("a.html", "A", "  Een\n  twee  \n\n---\n")});
  cmark_node* doc = site.pages[0].doc.get();
  std::string out;
  append_search_text(out, doc);
  CHECK(out == search_text(doc));
  CHECK(out == "Een twee");
  append_search_text(out, doc);
  CHECK(out == "Een twee Een twee");
  auto empty = parsed({page("b.html", "B", "---\n")});
  std::string kept = "Tekst";
  append_search_text(kept, empty.pages[0].doc.get());
  CHECK(kept == "Tekst");
}

TEST_CASE(
    "search documents - a note from the kader is a document at its anchor, headed by the kader's "
    "number") {
  Page p = page("kader/a.html", "Hoofdstuk A",
                "Tekst[^voetnoot-17] en [@bron; eindnoot xlii] en eigen[^x].\n\n[^voetnoot-17]: "
                "Zeventien.\n\n[^x]: Eigen noot.\n");
  SiteContent c;
  c.pages = {p};
  c.bronnen = {Bron{"bron", "Een titel", "", "2023", "", "", "", {}}};
  ParsedSite site = parse_site(std::move(c), {}, nullptr);
  Diagnostics diags;
  run_notes_pass(site, SiteConfig{}, diags);
  auto corpus = collect_search_documents(site);
  std::vector<std::pair<std::string, std::string>> notes;  // heading, anchor
  for (const auto& d : corpus.docs)
    if (d.anchor.rfind("noot-", 0) == 0) notes.emplace_back(d.heading, d.anchor);
  REQUIRE(notes.size() == 2);
  CHECK(notes[0] == std::pair<std::string, std::string>{"Voetnoot 17", "noot-1"});
  CHECK(notes[1] == std::pair<std::string, std::string>{"Eindnoot xlii", "noot-2"});
  // A note of the site's own stays with the text before it.
  CHECK(corpus.docs.back().heading == "Eindnoot xlii");
  CHECK(corpus.docs.back().text.find("Eigen noot.") == std::string::npos);
  CHECK(corpus.docs[0].text.find("Eigen noot.") != std::string::npos);
  // The note's text is in its own document, not in the section before it.
  CHECK(corpus.docs[0].text.find("Zeventien") == std::string::npos);
  for (const auto& d : corpus.docs)
    if (d.anchor == "noot-1") CHECK(d.text == "Zeventien.");
}

TEST_CASE(
    "search documents - the kader's number of a note is data on PageNote, not markup in its tree") {
  Page p = page("kader/a.html", "Hoofdstuk A",
                "Tekst[^voetnoot-17] en [@bron; eindnoot xlii] en eigen[^x].\n\n[^voetnoot-17]: "
                "Zeventien.\n\n[^x]: Eigen noot.\n");
  SiteContent c;
  c.pages = {p};
  c.bronnen = {Bron{"bron", "Een titel", "", "2023", "", "", "", {}}};
  ParsedSite site = parse_site(std::move(c), {}, nullptr);
  Diagnostics diags;
  run_notes_pass(site, SiteConfig{}, diags);
  const auto& notes = site.pages[0].notes;
  REQUIRE(notes.size() == 3);
  CHECK(notes[0].kader == "Voetnoot 17");
  CHECK(notes[1].kader == "Eindnoot xlii");
  CHECK(notes[2].kader.empty());
  // The label is the theme's (partial `noten`): the note's tree holds only the note's own text.
  CHECK(search_text(notes[0].node) == "Zeventien.");
  CHECK(search_text(notes[1].node).find("in het kader") == std::string::npos);
  // So the search takes the heading from the data: another label gives another heading.
  site.pages[0].notes[0].kader = "Voetnoot 18";
  auto corpus = collect_search_documents(site);
  bool found = false;
  for (const auto& d : corpus.docs)
    if (d.anchor == "noot-1") found = d.heading == "Voetnoot 18" && d.text == "Zeventien.";
  CHECK(found);
}

TEST_CASE("search documents - a term page's text keeps the label of a note from the kader") {
  Page t = page("woordenlijst/mandaat.html", "Mandaat",
                "Zie [@bron; eindnoot xlii] en eigen[^x].\n\n[^x]: Eigen noot.\n");
  t.term = TermInfo{};
  t.term->term = "mandaat";
  t.kort = "Mogen beslissen.";
  SiteContent c;
  c.pages = {t};
  c.bronnen = {Bron{"bron", "Een titel", "", "2023", "", "", "", {}}};
  ParsedSite site = parse_site(std::move(c), {}, nullptr);
  Diagnostics diags;
  run_notes_pass(site, SiteConfig{}, diags);
  auto corpus = collect_search_documents(site);
  REQUIRE(corpus.docs.size() == 1);
  INFO(corpus.docs[0].text);
  // As the reader sees the page: the label of the partial `noten`, then the note's text.
  // (a citation's note is HTML the notes pass made, not text of the tree: not indexed, as before).
  CHECK(corpus.docs[0].text ==
        "Mogen beslissen. Zie en eigen. Eindnoot xlii in het kader Eigen "
        "noot.");
}

TEST_CASE("search documents - append_collapsed gives what the byte-by-byte loop gave") {
  // The reference: every byte looked at; a run of white space becomes one space, none at the
  // start of `out` or after a space.
  auto reference = [](std::string out, std::string_view s) {
    bool after_space = out.empty() || out.back() == ' ';
    for (char c : s) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!space) {
        out += c;
        after_space = false;
      } else if (!after_space) {
        out += ' ';
        after_space = true;
      }
    }
    return out;
  };
  const std::vector<std::string> pieces = {
      "a", "woord", "é", " ", "  ", "\n", "\t", "\r", "\x01", "!", "lang-woord-van-acht", "\xff"};
  const std::vector<std::string> starts = {"", "x", "x ", " "};
  std::uint64_t state = 13;
  for (int round = 0; round < 6000; ++round) {
    std::string s;
    for (int k = 0; k < round % 24; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      s += pieces[(state >> 33) % pieces.size()];
    }
    const std::string& start = starts[static_cast<std::size_t>(round) % starts.size()];
    std::string out = start;
    append_collapsed(out, s);
    INFO("[" << start << "] + [" << s << "]");
    REQUIRE(out == reference(start, s));
  }
}
