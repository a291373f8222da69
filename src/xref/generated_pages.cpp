#include "xref/generated_pages.h"

#include "core/html.h"
#include "markdown/links.h"

namespace ww {

void append_page_link(std::string& out, const ParsedSite& site, const std::string& from_output,
                      std::size_t page) {
  const Page& p = site.pages[page].page;
  out += "<li><a href=\"";
  out += html_escape(url_encode_path(relative_url(from_output, p.output)));
  out += "\">";
  out += html_escape(p.title);
  out += "</a></li>\n";
}

std::string page_links_html(const ParsedSite& site, const std::string& from_output,
                            const std::vector<std::size_t>& pages, const std::string& label) {
  if (pages.empty()) return {};
  std::string items;
  for (std::size_t i : pages) append_page_link(items, site, from_output, i);
  if (pages.size() <= 3)
    return "<div class=\"xref-gebruik\"><p>" + html_escape(label) + ":</p>\n<ul>\n" + items +
           "</ul></div>\n";
  return "<details class=\"xref-gebruik\"><summary>" + html_escape(label) + " " +
         std::to_string(pages.size()) + " pagina's</summary>\n<ul>\n" + items + "</ul></details>\n";
}

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
