#include "xref/generated_pages.h"

#include "core/html.h"
#include "markdown/links.h"

namespace ww {

void add_generated_page(ParsedSite& site, Page page, Diagnostics& diags) {
  for (const auto& p : site.content.pages)
    if (p.output == page.output) {
      diags.error({p.file, 1, 1},
                  "deze pagina krijgt het adres " + page.output + ", maar dat maakt Wegwijzer zelf",
                  "kies een andere bestandsnaam", "gemaakte-pagina");
      return;
    }
  site.generated.insert(page.output);
  if (page.source.empty()) page.source = page.output;
  if (page.description.empty()) page.description = page.kort;
  site.content.pages.push_back(std::move(page));
  site.docs.emplace_back();
  site.gewone_taal.emplace_back();
}

void append_page_link(std::string& out, const ParsedSite& site, const std::string& from_output,
                      std::size_t page) {
  const Page& p = site.content.pages[page];
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

}  // namespace ww
