// The partial `noten` gets its data made directly from a page's notes (templates/notes_data.h);
// it was a TOML table per page turned into template data. A theme's partial must see the same
// names and values: these tests render both and compare.
#include <catch2/catch.hpp>

#include "templates/parts.h"

using namespace ww;

namespace {

/// The data as the TOML table render_page_body() used to make (session 9's notes_data).
toml::table toml_notes_data(const std::vector<PageNote>& notes, std::vector<std::string> texts) {
  toml::array list;
  for (std::size_t i = 0; i < notes.size(); ++i) {
    const std::string nummer = std::to_string(i + 1);
    toml::array terug;
    for (int r = 1; r <= notes[i].refs; ++r)
      terug.push_back(
          toml::table{{"ref_id", notes[i].id + "-ref" + (r > 1 ? "-" + std::to_string(r) : "")},
                      {"volgnummer", std::to_string(r)},
                      {"eerste", r == 1},
                      {"meer", notes[i].refs > 1}});
    list.push_back(toml::table{{"id", notes[i].id},
                               {"nummer", nummer},
                               {"uit_kader", !notes[i].kader.empty()},
                               {"kader_noot", notes[i].kader},
                               {"inhoud", std::move(texts[i])},
                               {"terug", std::move(terug)}});
  }
  return toml::table{{"noten", std::move(list)}};
}

PageNote note(std::string id, int refs, std::string kader) {
  PageNote n;
  n.id = std::move(id);
  n.refs = refs;
  n.kader = std::move(kader);
  return n;
}

/// Every name the partial gets, as text, as a section and as an inverted section.
const char* const kEveryName =
    "{{#noten}}[{{id}}|{{nummer}}|{{#uit_kader}}K{{/uit_kader}}{{^uit_kader}}k{{/uit_kader}}|"
    "{{kader_noot}}|{{#kader_noot}}S{{/kader_noot}}{{^kader_noot}}s{{/kader_noot}}|{{{inhoud}}}|"
    "{{inhoud}}|{{#terug}}({{ref_id}},{{volgnummer}},{{#eerste}}E{{/eerste}}{{^eerste}}e{{/"
    "eerste}},"
    "{{#meer}}M{{/meer}}{{^meer}}m{{/meer}},{{nummer}},{{id}}){{/terug}}{{^terug}}geen{{/terug}}]"
    "{{/noten}}{{^noten}}leeg{{/noten}}";

}  // namespace

TEST_CASE("notes data - the partial noten renders as from the TOML table it had") {
  const std::vector<std::vector<PageNote>> pages = {
      {},
      {note("noot-1", 1, "")},
      {note("noot-1", 3, "Eindnoot xlii"), note("noot-2", 0, ""), note("noot-3", 2, "V & 3"),
       note("noot-4", 1, "Voetnoot 3")},
  };
  for (const bool own : {false, true}) {
    Theme theme;
    if (own) theme.partials["noten"] = {"noten", "templates/partials/noten.mustache", kEveryName};
    Diagnostics diags;
    const PartRenderer parts = part_renderer(theme, diags);
    for (const auto& notes : pages) {
      std::vector<std::string> texts;
      for (std::size_t i = 0; i < notes.size(); ++i)
        texts.push_back("<p>Tekst " + std::to_string(i) + " &amp; <em>\"meer\"</em></p>\n");
      const std::string want = parts("noten", toml_notes_data(notes, texts));
      std::vector<std::string> moved = texts;
      const std::string got = parts.notes(notes, moved);
      CHECK(got == want);
      CHECK_FALSE(got.empty());
    }
    CHECK(diags.items.empty());
  }
}

TEST_CASE("notes data - a broken partial noten is reported as it was") {
  Theme theme;
  theme.partials["noten"] = {"noten", "templates/partials/noten.mustache", "{{#noten}}"};
  Diagnostics diags;
  const PartRenderer parts = part_renderer(theme, diags);
  std::vector<PageNote> notes = {note("noot-1", 1, "")};
  std::vector<std::string> texts = {"<p>x</p>"};
  CHECK(parts.notes(notes, texts).empty());
  CHECK(parts("noten", toml::table{}).empty());
  REQUIRE(diags.items.size() == 1);  // once per partial, whichever way it was asked for
  CHECK(diags.items[0].pos.file == "templates/partials/noten.mustache");
}
