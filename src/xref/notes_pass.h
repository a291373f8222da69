#pragma once
/// Citations and footnotes become numbered notes. Per page, citations (`[@key, p. 3]`) and GFM
/// footnotes (`[^1]`) are numbered together in order of first use; the marker is a superscript
/// link (role="doc-noteref") and the notes list "Bronnen en voetnoten" at the end of the page has
/// a back-link per reference (role="doc-backlink"). Replaces cmark-gfm's English footnotes.
/// Also generates bronnen.html: every source with its full reference and the pages citing it.
#include <memory>

#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

/// The notes pass in the streaming build's three steps: made once (it indexes the sources),
/// `page(site, i)` for every page with a tree, on any thread (it writes only record i and slot
/// i), then `merge` once in page order (the diagnostics, bronnen.html with "Genoemd op").
class NotesPass {
 public:
  explicit NotesPass(const ParsedSite& site);
  ~NotesPass();
  NotesPass(const NotesPass&) = delete;
  NotesPass& operator=(const NotesPass&) = delete;
  void page(ParsedSite& site, std::size_t i);
  /// Adds bronnen.html (when the site has sources) with its list; with `list_later`, the page
  /// and its anchors only, and add_bronnen_list() makes its list.
  void merge(ParsedSite& site, Diagnostics& diags, bool list_later = false);
  /// The list of bronnen.html ("Genoemd op" per source, a large part in a large site), rendered
  /// at once when `render` is given. The stream makes it after the search merge, whose memory is
  /// then free.
  void add_bronnen_list(ParsedSite& site, const PartRenderer* render = nullptr);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The whole pass over a parsed site (every page, then the merge).
void run_notes_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

}  // namespace ww
