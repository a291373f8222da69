#pragma once
/// Rewrites links written as relative paths to `.md` sources into relative `.html` links,
/// and reports every dead page or anchor, unsafe URL and link that leaves the site.
#include <memory>
#include <set>

#include "markdown/parsed_site.h"

namespace ww {

/// The relative URL from output file `from` to output file `to` (both relative to the site root).
std::string relative_url(const std::string& from, const std::string& to);

/// The link pass in the streaming build's three steps. Made once, after the pages that content
/// may link to exist (or, for pages a later merge adds, with their outputs in `to_come`);
/// `page(site, i)` for every page with a tree, on any thread: rewrites its links and reports
/// what it can tell from the page alone (slot i); `merge` once, after the merges that add pages
/// and anchors ("Komt voor op", bronnen.html): checks every anchor against the pages as they
/// are then, gives dead page links their "bedoelde u" hint, and adds the findings in page order.
class LinkPass {
 public:
  explicit LinkPass(const ParsedSite& site, std::set<std::string> to_come = {});
  ~LinkPass();
  LinkPass(const LinkPass&) = delete;
  LinkPass& operator=(const LinkPass&) = delete;
  void page(ParsedSite& site, std::size_t i);
  void merge(ParsedSite& site, Diagnostics& diags);

  struct Context;
  struct Deferred;
  struct PageResult;

 private:
  std::unique_ptr<Context> ctx_;
  std::vector<PageResult> results_;
};

/// The whole pass over a parsed site (every page, then the merge).
void rewrite_links(ParsedSite& site, Diagnostics& diags);

}  // namespace ww
