#include "xref/zie_ook_pass.h"

#include <map>
#include <set>
#include <string>

namespace ww {

void run_zie_ook_pass(ParsedSite& site, const SiteConfig&, Diagnostics& diags) {
  auto& pages = site.pages;
  std::map<int, std::size_t> by_nummer;
  for (std::size_t i = 0; i < pages.size(); ++i)
    if (pages[i].page.kenmerk && !pages[i].page.is_index)
      by_nummer[pages[i].page.kenmerk->nummer] = i;
  std::map<int, std::set<int>> related;
  for (const auto& [nummer, i] : by_nummer) {
    const Page& page = pages[i].page;
    const SourcePos& pos = page.kenmerk->zie_ook_pos;
    related[nummer];
    for (int other : page.kenmerk->zie_ook) {
      if (other == nummer) {
        diags.warning(pos, "zie_ook noemt het basiskenmerk zelf (" + std::to_string(other) + ")",
                      {}, "zie-ook");
      } else if (!by_nummer.count(other)) {
        diags.warning(
            pos, "zie_ook noemt basiskenmerk " + std::to_string(other) + ", maar dat bestaat niet",
            {}, "zie-ook");
      } else {
        related[nummer].insert(other);
        related[other].insert(nummer);
      }
    }
  }
  for (const auto& [nummer, others] : related)
    pages[by_nummer[nummer]].page.kenmerk->zie_ook.assign(others.begin(), others.end());
}

}  // namespace ww
