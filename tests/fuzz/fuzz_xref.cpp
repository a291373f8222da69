// Fuzz target: the cross-link passes. One page's Markdown goes through the whole Markdown stage
// of a small site that has glossary terms, abbreviations and sources: cmark-gfm parsing,
// raw-HTML escaping, heading ids, every whole-site pass of a normal build (VIT, notes and
// citations, glossary, abbreviations, zie ook, links, search; src/pipeline/passes.cpp) and HTML
// rendering. The same text also goes straight into the term matcher and the citation finder.
// The first byte picks the options. Without unsafe_html the HTML must hold no script.
#include <cstdint>
#include <string>

#include "content/loader.h"
#include "fuzz/fuzz_checks.h"
#include "markdown/parsed_site.h"
#include "pipeline/passes.h"
#include "search/emit.h"
#include "templates/parts.h"
#include "xref/citation_syntax.h"
#include "xref/term_matcher.h"

namespace {

ww::Page page_from(const std::string& text, const std::string& source) {
  ww::Diagnostics d;
  auto p = ww::load_page(text, source, "content/" + source, d);
  if (!p)
    ww::fuzz::fail("fixed page does not load: " +
                   (d.items.empty() ? "" : ww::format_diagnostic(d.items[0])));
  return std::move(*p);
}

/// The matcher and the citation finder on their own: ranges inside the text, in order.
void check_matchers(const std::string& text, bool fold) {
  ww::TermMatcher m(fold);
  m.add("lokaal team", 1);
  m.add("lokale teams", 1);
  m.add("cliënt", 2);
  m.add("Wmo", 3);
  m.add("basis hulp", 4);
  m.add("(basis)hulp", 4);
  m.add("ĳ", 5);
  std::size_t last = 0;
  for (const auto& match : m.find(text)) {
    if (match.begin < last || match.end <= match.begin || match.end > text.size())
      ww::fuzz::fail("bad term match range");
    if (!ww::is_whole_word(text, match.begin, match.end))
      ww::fuzz::fail("term match is not a whole word");
    last = match.end;
  }
  last = 0;
  for (const auto& c : ww::find_citations(text)) {
    if (c.begin < last || c.end <= c.begin || c.end > text.size() || text[c.begin] != '[' ||
        text[c.end - 1] != ']')
      ww::fuzz::fail("bad citation range");
    if (c.items.empty()) ww::fuzz::fail("citation without items");
    for (const auto& item : c.items) {
      if (item.key.empty()) ww::fuzz::fail("citation item without key");
      if (item.key_offset < c.begin || item.key_offset >= c.end || text[item.key_offset] != '@')
        ww::fuzz::fail("citation key offset is not an '@' inside the citation");
    }
    (void)ww::citation_text(c);
    last = c.end;
  }
}

/// Removes the `<script src>` tags the generator itself writes into a generated page (the search
/// page loads the index and js/zoeken*.js); any other script in the HTML is still a hazard.
std::string without_own_scripts(std::string html) {
  for (const std::string& src : {std::string(ww::kSearchIndexOutput),
                                 std::string("js/zoeken-kern.js"), std::string("js/zoeken.js")}) {
    const std::string tag = "<script src=\"" + src + "\" defer></script>";
    for (std::size_t p = html.find(tag); p != std::string::npos; p = html.find(tag, p))
      html.erase(p, tag.size());
  }
  return html;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t flags = data[0];
  std::string body(reinterpret_cast<const char*>(data + 1), size - 1);
  check_matchers(body, (flags & 0x10) == 0);

  ww::SiteContent content;
  content.pages.push_back(page_from("+++\ntitle = \"Home\"\n+++\n# Welkom\n", "_index.md"));
  content.pages.push_back(
      page_from("+++\ntitle = \"Doel\"\n+++\n# Kop\n\n## Sociale basis\n", "kader/doel.md"));
  content.pages.push_back(
      page_from("+++\ntitle = \"Woordenlijst\"\n+++\n", "woordenlijst/_index.md"));
  content.pages.push_back(
      page_from("+++\nterm = \"lokaal team\"\nvarianten = [\"lokale teams\", \"stevig lokaal "
                "team\"]\nkort = \"Een team dichtbij.\"\n+++\nUitleg over [@bron-a].\n",
                "woordenlijst/lokaal-team.md"));
  content.pages.push_back(
      page_from("+++\nterm = \"basishulp\"\nvarianten = [\"(basis)hulp\", \"cliënt\"]\nkort = "
                "\"Hulp van het team zelf.\"\n+++\nTekst.\n",
                "woordenlijst/basishulp.md"));
  ww::Diagnostics diags;
  auto page =
      ww::load_page("+++\ntitle = \"X\"\n+++\n" + body, "kader/x.md", "content/kader/x.md", diags);
  if (!page) return 0;  // invalid UTF-8: rejected with an error before Markdown
  content.pages.push_back(std::move(*page));
  content.assets.push_back("kader/plaatje.png");
  for (const char* key : {"bron-a", "bron-b"}) {
    ww::Bron bron;
    bron.key = key;
    bron.titel = "Titel <b>&</b>";
    bron.url = "https://example.org/";
    bron.pos = {"content/bronnen.toml", 1, 1};
    content.bronnen.push_back(bron);
  }
  content.afkortingen.push_back(
      {"Wmo", "Wet maatschappelijke ondersteuning", {"content/afkortingen.toml", 1, 1}});
  content.afkortingen.push_back(
      {"VNG", "Vereniging van Nederlandse Gemeenten", {"content/afkortingen.toml", 2, 1}});
  ww::sort_pages(content.pages);

  ww::MarkdownOptions options;
  options.smart_punctuation = (flags & 1) != 0;
  options.unsafe_html = (flags & 0x0e) == 0x0e;
  ww::ParsedSite site = ww::parse_site(std::move(content), options, nullptr);
  ww::SiteConfig config;
  config.title = "Fuzz";
  for (const auto& pass : ww::default_passes()) pass.run(site, config, diags);
  ww::Theme theme;  // the built-in part partials
  ww::render_site(site, nullptr, ww::part_renderer(theme, diags));
  ww::fuzz::check_positions(diags);
  if (!options.unsafe_html)
    for (const auto& p : ww::pages_of(site))
      if (std::string hazard = ww::fuzz::script_hazard(without_own_scripts(p.html));
          !hazard.empty())
        ww::fuzz::fail(p.source + ": " + hazard);
  return 0;
}
