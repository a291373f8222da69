// Fuzz target: one page's Markdown through the whole Markdown stage: cmark-gfm parsing,
// raw-HTML escaping, heading ids, every whole-site pass of a normal build (links and the
// cross-link passes registered in src/pipeline/passes.cpp) and HTML rendering.
// The first byte picks the options. Without unsafe_html the HTML must hold no script.
#include <cstdint>
#include <string>

#include "content/loader.h"
#include "fuzz/fuzz_checks.h"
#include "markdown/parsed_site.h"
#include "pipeline/passes.h"

namespace {

ww::Page page_from(const std::string& text, const std::string& source) {
  ww::Diagnostics d;
  auto p = ww::load_page(text, source, "content/" + source, d);
  if (!p) ww::fuzz::fail("fixed page does not load: " + (d.items.empty() ? "" : ww::format_diagnostic(d.items[0])));
  return std::move(*p);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t flags = data[0];
  std::string body(reinterpret_cast<const char*>(data + 1), size - 1);

  ww::SiteContent content;
  content.pages.push_back(page_from("+++\ntitle = \"Home\"\n+++\n# Welkom\n", "_index.md"));
  content.pages.push_back(page_from("+++\ntitle = \"Doel\"\n+++\n# Kop\n\n## Sociale basis\n", "kader/doel.md"));
  ww::Diagnostics diags;
  auto page = ww::load_page("+++\ntitle = \"X\"\n+++\n" + body, "kader/x.md", "content/kader/x.md", diags);
  if (!page) return 0;  // invalid UTF-8: rejected with an error before Markdown
  content.pages.push_back(std::move(*page));
  content.assets.push_back("kader/plaatje.png");
  ww::Bron bron;
  bron.key = "bron-a";
  bron.titel = "Titel";
  bron.url = "https://example.org/";
  bron.pos = {"content/bronnen.toml", 1, 1};
  content.bronnen.push_back(bron);
  ww::sort_pages(content.pages);

  ww::MarkdownOptions options;
  options.smart_punctuation = (flags & 1) != 0;
  options.unsafe_html = (flags & 0x0e) == 0x0e;
  ww::ParsedSite site = ww::parse_site(std::move(content), options, 1);
  ww::SiteConfig config;
  config.title = "Fuzz";
  for (const auto& pass : ww::default_passes()) pass.run(site, config, diags);
  ww::render_site(site, 1);
  ww::fuzz::check_positions(diags);
  if (!options.unsafe_html)
    for (const auto& p : site.content.pages)
      if (std::string hazard = ww::fuzz::script_hazard(p.html); !hazard.empty())
        ww::fuzz::fail(p.source + ": " + hazard);
  return 0;
}
