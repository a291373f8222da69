// The change view's diff over the text as readers read it (editions/reader_blocks.h,
// editions/block_diff.h).
#include "editions/block_diff.h"

#include <catch2/catch.hpp>

#include "xref/citations.h"

using namespace ww;

namespace {

Page page(std::string title, std::string body, std::string kort = {}) {
  Page p;
  p.source = "a.md";
  p.file = "content/a.md";
  p.title = std::move(title);
  p.kort = std::move(kort);
  p.body = std::move(body);
  return p;
}

std::vector<ReaderBlock> blocks(const Page& p) {
  static const std::vector<Bron> bronnen = [] {
    Bron b;
    b.key = "rapport-2023";
    b.titel = "Een rapport";
    b.auteur = "Movisie";
    b.jaar = "2023";
    return std::vector<Bron>{b};
  }();
  static const std::vector<Eindnoot> eindnoten = {{"iv", "Het *rapport* (2023) p.29", {}}};
  static const BronIndex index = index_bronnen(bronnen, eindnoten);
  return reader_blocks(p, EditionText{&index, &eindnoten, {}});
}

/// The steps as a compact string: "<lijst" opens a list, ">" closes, a block is
/// "kind:text" with [+added] and [-removed] runs and a status mark (+ - ~) for a whole block.
std::string render(const BlockDiff& d) {
  static const char* const kContainers[] = {"lijst",  "item", "tabel",       "rij",
                                            "citaat", "kort", "gewone_taal", "noten"};
  static const char* const kBlocks[] = {"kop", "alinea", "tekst", "cel", "code"};
  std::string out;
  for (const auto& s : d.steps) {
    if (s.type == DiffStep::Type::begin) {
      out += std::string("<") + kContainers[static_cast<int>(s.container.kind)] + " ";
      continue;
    }
    if (s.type == DiffStep::Type::einde) {
      out += "> ";
      continue;
    }
    out += kBlocks[static_cast<int>(s.kind)];
    out += s.status == BlockStatus::toegevoegd   ? "+"
           : s.status == BlockStatus::verwijderd ? "-"
           : s.status == BlockStatus::gewijzigd  ? "~"
                                                 : "";
    out += ":";
    for (const auto& seg : s.segments)
      out += seg.kind == DiffKind::toegevoegd   ? "[+" + seg.text + "]"
             : seg.kind == DiffKind::verwijderd ? "[-" + seg.text + "]"
                                                : seg.text;
    out += " ";
  }
  return out;
}

std::string all_text(const std::vector<ReaderBlock>& b) {
  std::string out;
  for (const auto& x : b) out += x.text + "\n";
  return out;
}

}  // namespace

TEST_CASE("reader blocks - the text a reader reads, without Markdown") {
  auto b = blocks(page("Titel",
                       "## Een **kop**\n\nZie [de bijlage](../bijlagen/b.md) en *dit*.\n"
                       "Het werkt.[@rapport-2023, p. 3]\n\n- een `punt`\n- twee[^1]\n\n"
                       "| Kolom | B |\n| --- | --- |\n| cel **vet** | x |\n\n"
                       "[^1]: Een voetnoot met [link](https://vng.nl).\n",
                       "In het *kort*."));
  const std::string text = all_text(b);
  INFO(text);
  CHECK(text.find("**") == std::string::npos);
  CHECK(text.find("](") == std::string::npos);
  CHECK(text.find("[@") == std::string::npos);
  CHECK(text.find("[^") == std::string::npos);
  CHECK(text.find("Zie de bijlage en dit. Het werkt.\n") != std::string::npos);
  REQUIRE(b.size() >= 2);
  CHECK(b[0].kind == BlockKind::kop);
  CHECK(b[0].niveau == 1);
  CHECK(b[0].text == "Titel");
  // kort is printed as written (the template escapes it; no Markdown)
  CHECK(b[1].text == "In het *kort*.");
  REQUIRE(b[1].path.size() == 1);
  CHECK(b[1].path[0].kind == ContainerKind::kort);
  CHECK(b[2].kind == BlockKind::kop);
  CHECK(b[2].niveau == 2);
  CHECK(b[2].text == "Een kop");
  bool cell = false, note = false, footnote = false;
  for (const auto& x : b) {
    if (x.kind == BlockKind::cel && x.text == "cel vet") {
      cell = true;
      REQUIRE(x.path.size() == 2);
      CHECK(x.path[0].kind == ContainerKind::tabel);
      CHECK(x.path[1].kind == ContainerKind::rij);
    }
    if (!x.path.empty() && x.path[0].kind == ContainerKind::noten) {
      if (x.text.find("Movisie (2023). Een rapport, p. 3") != std::string::npos) note = true;
      if (x.text == "Een voetnoot met link.") footnote = true;
    }
  }
  CHECK(cell);
  CHECK(note);
  CHECK(footnote);
}

TEST_CASE("reader blocks - a kader endnote shows the kader's own words and the source") {
  auto b = blocks(page("T", "Zin.[@rapport-2023; eindnoot iv]\n"));
  const std::string text = all_text(b);
  INFO(text);
  CHECK(text.find("Eindnoot iv in het kader\nHet rapport (2023) p.29\nBron: Movisie (2023). Een "
                  "rapport") != std::string::npos);
}

TEST_CASE("block diff - a changed paragraph has its words marked, the rest stays") {
  auto d = diff_blocks(blocks(page("T", "Eerste alinea.\n\nDe **oude** tekst van [b](b.md).\n")),
                       blocks(page("T", "Eerste alinea.\n\nDe nieuwe tekst van [b](b.md).\n")));
  CHECK(render(d) == "kop:T alinea:Eerste alinea. alinea~:De [-oude][+nieuwe] tekst van b. ");
  CHECK(d.totals.added == 1);
  CHECK(d.totals.removed == 1);
  CHECK(d.totals.old_words == 10);
  CHECK(d.totals.changed_share() == Approx(0.1));
}

TEST_CASE("block diff - a list stays a list: an added and a removed item stand in it") {
  auto d = diff_blocks(blocks(page("T", "- een\n- twee\n- drie\n")),
                       blocks(page("T", "- een\n- drie\n- vier\n")));
  CHECK(render(d) ==
        "kop:T <lijst <item tekst:een > <item tekst-:[-twee] > <item tekst:drie > "
        "<item tekst+:[+vier] > > ");
}

TEST_CASE("block diff - a heading stays a heading, a new block is marked whole") {
  auto d = diff_blocks(blocks(page("T", "## Kop een\n\nTekst.\n")),
                       blocks(page("T", "## Kop een twee\n\nTekst.\n\nNieuwe alinea hier.\n")));
  CHECK(render(d) == "kop:T kop~:Kop een [+twee] alinea:Tekst. alinea+:[+Nieuwe alinea hier.] ");
}

TEST_CASE("block diff - a rewritten block is shown removed and added, not word by word") {
  auto d = diff_blocks(blocks(page("T", "Een zin over het weer vandaag.\n")),
                       blocks(page("T", "Iets heel anders: de begroting.\n")));
  CHECK(render(d) ==
        "kop:T alinea-:[-Een zin over het weer vandaag.] alinea+:[+Iets heel anders: de "
        "begroting.] ");
}

TEST_CASE("block diff - a changed cell stays in its table row, a removed list keeps its shape") {
  auto d =
      diff_blocks(blocks(page("T", "| A | B |\n| --- | --- |\n| een | twee drie |\n\n- weg\n")),
                  blocks(page("T", "| A | B |\n| --- | --- |\n| een | twee vier |\n")));
  CHECK(render(d) ==
        "kop:T <tabel <rij cel:A cel:B > <rij cel:een cel~:twee [-drie][+vier] > > "
        "<lijst <item tekst-:[-weg] > > ");
}

TEST_CASE("block diff - the same text gives no change") {
  Page p = page("T", "Tekst met **nadruk**.\n\n1. een\n2. twee\n");
  auto d = diff_blocks(blocks(p), blocks(p));
  CHECK_FALSE(d.totals.changed());
  CHECK(d.totals.changed_share() == 0.0);
}

TEST_CASE("block diff - a page rewritten whole stays fast and complete") {
  std::string a, b;
  for (int i = 0; i < 3000; ++i) {
    a += "Oude alinea nummer " + std::to_string(i) + " over het weer.\n\n";
    b += "Nieuwe tekst " + std::to_string(i) + " over de begroting van dit jaar.\n\n";
  }
  auto d = diff_blocks(blocks(page("T", a)), blocks(page("T", b)));
  std::size_t removed = 0, added = 0;
  for (const auto& s : d.steps) {
    if (s.status == BlockStatus::verwijderd) ++removed;
    if (s.status == BlockStatus::toegevoegd) ++added;
  }
  CHECK(removed == 3000);
  CHECK(added == 3000);
}
