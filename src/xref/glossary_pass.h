#pragma once
/// Glossary terms: the first use on a page of a term or one of its `varianten` links to the term
/// (with the term's `kort` for the toggletip). Case-insensitive, whole words, longest match
/// first; never in headings, links, code, or on the term's own page. Term pages get "Komt voor
/// op", woordenlijst.html gets the A-Z list, and a term no page uses gives a warning.
#include <memory>

#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

/// The glossary pass in the streaming build's three steps: made once from the term pages' front
/// matter, `page(site, i)` for every page with a tree, on any thread (it writes only record i:
/// its term links, and the A-Z list on the woordenlijst's section page), then `merge` once in
/// page order ("Komt voor op" on the term pages, the unused-term warnings). The hint of an unused
/// term reads the pages' Markdown (`Page::body`): `warn_unused_terms` makes those warnings once
/// every page is done, so the Markdown can be freed before the merges; `merge` reports them in
/// their place (it makes them itself when warn_unused_terms was not called). Once the pages
/// done so far link every term (`every_term_used`), no term can be unused and nothing reads the
/// Markdown: the stream frees each page's Markdown as soon as the page is done.
class GlossaryPass {
 public:
  explicit GlossaryPass(const ParsedSite& site);
  ~GlossaryPass();
  GlossaryPass(const GlossaryPass&) = delete;
  GlossaryPass& operator=(const GlossaryPass&) = delete;
  void page(ParsedSite& site, std::size_t i);
  /// True once the pages done so far (page() returned) link every term; stays true.
  bool every_term_used() const;
  void warn_unused_terms(const ParsedSite& site);
  /// With `render`, the "Komt voor op" parts are rendered at once (PagePart::html).
  void merge(ParsedSite& site, Diagnostics& diags, const PartRenderer* render = nullptr);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The whole pass over a parsed site (every page, then the merge).
void run_glossary_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

}  // namespace ww
