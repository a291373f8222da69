#include "xref/generated_pages.h"

#include "core/html.h"
#include "markdown/links.h"
#include "xref/afwijkingen_page.h"
#include "xref/xref_paths.h"

namespace ww {

toml::table page_links_data(const ParsedSite& site, const std::string& from_output,
                            const std::vector<std::size_t>& pages, const std::string& label) {
  toml::array paginas;
  for (std::size_t i : pages) {
    const Page& p = site.pages[i].page;
    paginas.push_back(toml::table{{"title", p.title},
                                  {"url", url_encode_path(relative_url(from_output, p.output))}});
  }
  return toml::table{{"label", label},
                     {"aantal", std::to_string(pages.size())},
                     {"veel", pages.size() > 3},
                     {"paginas", std::move(paginas)}};
}

std::set<std::string> pages_made_later(const ParsedSite& site, const SiteConfig& config) {
  std::set<std::string> out;
  if (!site.content.bronnen.empty()) out.insert(kBronnenOutput);          // notes pass
  if (!site.content.afkortingen.empty()) out.insert(kAfkortingenOutput);  // abbreviations pass
  if (is_gemeente_copy(config)) out.insert(kAfwijkingenOutput);           // afwijkingen page
  return out;
}

}  // namespace ww
