#pragma once
/// The site after Markdown parsing: the content model plus one syntax tree per page.
/// The cross-link passes take a ParsedSite and change it; rendering turns the trees into HTML.
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "content/page.h"
#include "core/parallel.h"
#include "markdown/document.h"

namespace ww {

struct ParsedSite {
  SiteContent content;
  std::vector<NodePtr> docs;         ///< docs[i] is the body of content.pages[i]; null for pages a
                                     ///< stage generated with their html already set
  std::vector<NodePtr> gewone_taal;  ///< per page: the "In gewone taal" text, or null
  std::set<std::string> generated;   ///< outputs made by the generator itself ("woordenlijst.html")
  /// Site-wide files from the project's top-level assets/ folder, by output path
  /// ("assets/logo-vng.svg"); content may link and embed them.
  std::set<std::string> site_assets;
  /// Non-page files a pass makes (output path -> bytes), written as is: "vit/vit-data.js".
  std::map<std::string, std::string> files;
  std::vector<std::unique_ptr<NodeOrigin>> origins;  ///< owned by the site, pointed at by trees
  /// How many threads the passes may use for per-page work (set by parse_site; 1 in tests that
  /// build a ParsedSite by hand). Per-page results go to slot i and are merged in page order,
  /// so the output does not depend on it.
  unsigned threads = 1;
};

/// Parses every page (in parallel on `threads` threads), escapes raw HTML unless allowed,
/// and collects heading ids and tables of contents.
ParsedSite parse_site(SiteContent content, const MarkdownOptions& options, unsigned threads);

/// Renders every tree into page.html (in parallel).
void render_site(ParsedSite& site, unsigned threads);

/// Frees the syntax trees and the pages' Markdown once every page has its html (in parallel):
/// on a big site they are most of the memory, and the templates do not need them.
void release_trees(ParsedSite& site, unsigned threads);

}  // namespace ww
