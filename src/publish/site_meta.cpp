#include "publish/site_meta.h"

#include <algorithm>

#include "core/html.h"
#include "publish/print_page.h"
#include "templates/page_data.h"

namespace ww {

namespace {
bool has_asset(const ParsedSite& site, const std::string& path) {
  const auto& assets = site.content.assets;
  return std::find(assets.begin(), assets.end(), path) != assets.end();
}
}  // namespace

std::string make_sitemap(const ParsedSite& site, const SiteConfig& config) {
  if (config.base_url.empty()) return {};
  std::vector<std::string> outputs;
  for (const auto& p : pages_of(site))
    if (p.output != kPrintOutput && p.output != "404.html") outputs.push_back(p.output);
  std::sort(outputs.begin(), outputs.end());
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& o : outputs) {
    out += "<url><loc>" + html_escape(canonical_url(config, o)) + "</loc>";
    if (!config.datum.empty()) out += "<lastmod>" + html_escape(config.datum) + "</lastmod>";
    out += "</url>\n";
  }
  return out + "</urlset>\n";
}

std::string make_robots(const SiteConfig& config) {
  std::string out = "User-agent: *\nAllow: /\n";
  if (!config.base_url.empty()) out += "\nSitemap: " + canonical_url(config, "sitemap.xml") + "\n";
  return out;
}

std::vector<std::pair<std::string, std::string>> meta_files(const ParsedSite& site,
                                                            const SiteConfig& config) {
  std::vector<std::pair<std::string, std::string>> files;
  if (!has_asset(site, "robots.txt")) files.emplace_back("robots.txt", make_robots(config));
  if (!config.base_url.empty() && !has_asset(site, "sitemap.xml"))
    files.emplace_back("sitemap.xml", make_sitemap(site, config));
  return files;
}

std::map<std::string, std::string> publish_strings(const ParsedSite& site,
                                                   const Download* download) {
  std::map<std::string, std::string> s;
  for (const auto& p : pages_of(site)) {
    if (p.output == kPrintOutput) s["afdrukken"] = p.output;
    if (p.source == "wijzigingen.md") s["wijzigingen"] = p.output;
    if (!p.afwijkingen.empty()) s["afwijkingen"] = p.output;  // a gemeente copy's afwijkingen.html
  }
  if (download && download->offline) s["offline"] = "ja";
  if (download && !download->offline) {
    s["zip_bestand"] = download->file;
    s["zip_grootte"] = dutch_file_size(download->bytes);
  }
  return s;
}

}  // namespace ww
