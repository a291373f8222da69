#include "xref/generated_pages.h"

#include "core/html.h"
#include "markdown/links.h"

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

}  // namespace ww
