#include "publish/download.h"

#include <cmath>

#include "core/html.h"
#include "core/slug.h"
#include "markdown/links.h"

namespace ww {

namespace {
constexpr const char* kHeading = "Downloaden";

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  std::size_t i = s.find_first_not_of(" \n");
  return i == std::string::npos ? std::string{} : s.substr(i);
}

cmark_node* find_heading(cmark_node* doc) {
  for (cmark_node* n = cmark_node_first_child(doc); n; n = cmark_node_next(n))
    if (cmark_node_get_type(n) == CMARK_NODE_HEADING && cmark_node_get_heading_level(n) == 2 &&
        slugify(trim(plain_text(n))) == slugify(kHeading))
      return n;
  return nullptr;
}
}  // namespace

std::string zip_folder_name(const SiteConfig& config) {
  std::string name = config.short_name.empty() ? slugify(config.title) : config.short_name;
  if (!config.versie.empty()) name += "-" + config.versie;
  return name;
}

std::string zip_file_name(const SiteConfig& config) { return zip_folder_name(config) + ".zip"; }

std::string zip_comment(const SiteConfig& config) {
  return "Wegwijzer-site " +
         (config.short_name.empty() ? slugify(config.title) : config.short_name);
}

std::string dutch_file_size(std::uint64_t bytes) {
  constexpr double kKb = 1024.0, kMb = 1024.0 * 1024.0;
  if (bytes < 1024 * 1024) {
    auto kb = static_cast<std::uint64_t>(std::llround(static_cast<double>(bytes) / kKb));
    return std::to_string(kb == 0 ? 1 : kb) + " kB";
  }
  auto tenths = static_cast<std::uint64_t>(std::llround(static_cast<double>(bytes) / kMb * 10.0));
  return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " MB";
}

toml::table download_data(const Download* d, const SiteConfig& config,
                          const std::string& page_output) {
  toml::table data;
  if (!config.versie.empty()) {
    data.insert("heeft_versie", true);
    data.insert("versie", config.versie);
  }
  if (!d) {
    data.insert("geen_zip", true);
  } else if (d->offline) {
    data.insert("offline", true);
    if (!config.base_url.empty()) {
      data.insert("heeft_nieuwste", true);
      data.insert("nieuwste_url", config.base_url);
    }
  } else {
    data.insert("zip", true);
    data.insert("zip_url", url_encode_path(relative_url(page_output, d->file)));
    data.insert("zip_grootte", dutch_file_size(d->bytes));
    data.insert("map", zip_folder_name(config));
  }
  return data;
}

bool add_download_slot(ParsedSite& site, std::size_t i, const Download* download,
                       const SiteConfig& config, Diagnostics& diags) {
  const Page& page = site.pages[i].page;
  if (page.output != kOverOutput || !site.pages[i].doc) return false;
  cmark_node* heading = find_heading(site.pages[i].doc.get());
  if (!heading) {
    if (download)
      diags.warning({page.file, 1, 1},
                    "er wordt een zip-bestand gemaakt, maar deze pagina heeft geen kop '## " +
                        std::string(kHeading) + "': de link naar de zip staat nergens",
                    "zet '## Downloaden' op de plek waar de link moet komen", "download");
    return false;
  }
  // An empty slot that render_page_body() fills with the theme's partial `download`.
  cmark_node* slot = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
  cmark_node_set_on_enter(slot, "");
  cmark_node_set_on_exit(slot, "");
  cmark_node_insert_after(heading, slot);
  site.pages[i].parts.push_back({"download", download_data(download, config, page.output), slot});
  return true;
}

void warn_without_over_page(const ParsedSite& site, const Download* download,
                            const SiteConfig& config, Diagnostics& diags) {
  if (!download) return;
  for (const PageRecord& r : site.pages)
    if (r.page.output == kOverOutput && r.markdown) return;
  diags.warning(
      {config.file, 0, 0},
      "er wordt een zip-bestand gemaakt, maar er is geen pagina over.md om de link op te zetten",
      {}, "download");
}

std::optional<DownloadSection> add_download_section(ParsedSite& site, const Download* download,
                                                    const SiteConfig& config, Diagnostics& diags) {
  for (std::size_t i = 0; i < site.pages.size(); ++i) {
    if (site.pages[i].page.output != kOverOutput || !site.pages[i].doc) continue;
    if (!add_download_slot(site, i, download, config, diags)) return std::nullopt;
    return DownloadSection{i};
  }
  warn_without_over_page(site, download, config, diags);
  return std::nullopt;
}

}  // namespace ww
