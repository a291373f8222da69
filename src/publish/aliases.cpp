#include "publish/aliases.h"

#include <map>

#include "core/html.h"
#include "markdown/links.h"

namespace ww {

std::string alias_page_html(const std::string& alias, const std::string& target,
                            const std::string& title) {
  // Relative, so it works under any sub-path and from file://; meta refresh needs no script
  // (the site's CSP allows none inline), and the link works where refresh is turned off.
  const std::string url = html_escape(url_encode_path(relative_url(alias, target)));
  const std::string t = html_escape(title);
  return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; base-uri "
         "'none'; "
         "form-action 'none'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"robots\" content=\"noindex\">\n"
         "<title>Verplaatst: " +
         t +
         "</title>\n"
         "<link rel=\"canonical\" href=\"" +
         url +
         "\">\n"
         "<meta http-equiv=\"refresh\" content=\"0; url=" +
         url +
         "\">\n"
         "</head>\n<body>\n<main>\n<h1>Deze pagina is verplaatst</h1>\n"
         "<p>U vindt haar nu hier: <a href=\"" +
         url + "\">" + t +
         "</a>.</p>\n"
         "</main>\n</body>\n</html>\n";
}

void add_alias_pages(ParsedSite& site, const SiteConfig& /*config*/, Diagnostics& diags) {
  // Everything the site already holds at a path, with what it is (for the message).
  std::map<std::string, std::string> taken;
  for (const auto& p : pages_of(site)) taken.emplace(p.output, "de pagina " + p.file);
  for (const auto& g : site.generated) taken.emplace(g, "een pagina die Wegwijzer zelf maakt");
  for (const auto& [out, bytes] : site.files) taken.emplace(out, "een bestand dat Wegwijzer maakt");
  for (const auto& a : site.content.assets) taken.emplace(a, "het bestand content/" + a);
  for (const auto& a : site.site_assets) taken.emplace(a, "het bestand " + a);
  std::map<std::string, std::string> made;  // alias -> "file:line:col" of its first use
  for (const auto& page : pages_of(site)) {
    for (const auto& [alias, pos] : page.aliassen) {
      if (auto it = taken.find(alias); it != taken.end()) {
        diags.error(
            pos, "alias '" + alias + "' botst met " + it->second,
            "een alias is een oud adres dat niet meer bestaat; haal hem weg of kies een ander",
            "alias");
        continue;
      }
      if (auto it = made.find(alias); it != made.end()) {
        diags.error(pos, "alias '" + alias + "' staat ook bij " + it->second,
                    "een oud adres kan maar naar één pagina", "alias");
        continue;
      }
      made.emplace(alias, page.file);
      site.files.emplace(alias, alias_page_html(alias, page.output, page.title));
    }
  }
}

}  // namespace ww
