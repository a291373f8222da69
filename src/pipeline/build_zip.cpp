#include "pipeline/build_zip.h"

#include <algorithm>
#include <filesystem>

#include "publish/print_page.h"
#include "publish/site_meta.h"
#include "publish/zip_writer.h"
#include "templates/page_data.h"

namespace ww {

bool build_site_with_zip(const FileSystem& fs, OutputSink& sink, const BuildOptions& options,
                         Diagnostics& diags, BuildStats& stats, std::string& zip) {
  return build_site(fs, sink, options, read_config(fs, options), diags, stats, &zip);
}

bool zip_site(const std::map<std::string, std::string>& files, const SiteConfig& config,
              const std::vector<std::string>& module_dirs, std::string& zip, Diagnostics& diags) {
  std::string error;
  auto bytes =
      make_zip(files, ZipSettings{zip_folder_name(config), config.datum, zip_comment(config)},
               module_dirs, error);
  if (!bytes) {
    diags.error({config.file, 0, 0}, "zip-bestand kan niet gemaakt worden: " + error, {}, "zip");
    return false;
  }
  zip = std::move(*bytes);
  return true;
}

std::vector<char> pages_showing_download(const ParsedSite& site, const Theme& theme,
                                         std::optional<std::size_t> download_page,
                                         const Navigation& nav) {
  auto names_download = [&](const std::string& name) {
    auto it = theme.templates.find(name);
    if (it == theme.templates.end()) return false;
    for (const char* s : kDownloadStrings)
      if (it->second.text.find(s) != std::string::npos) return true;
    return false;
  };
  const auto pages = pages_of(site);
  const bool everywhere = names_download("base");
  const bool in_print =
      download_page && std::find(nav.reading_order.begin(), nav.reading_order.end(),
                                 *download_page) != nav.reading_order.end();
  std::vector<char> again(pages.size(), 0);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    std::string name = template_for(pages[i]);
    if (!theme.templates.count(name)) name = "page";  // as render_pages falls back
    again[i] = everywhere || names_download(name) || (download_page && i == *download_page) ||
               (in_print && pages[i].output == kPrintOutput);
  }
  return again;
}

std::string zip_target_path(const std::string& zip_option, const std::string& zip_file) {
  std::error_code ec;
  if (!zip_option.empty() &&
      (zip_option.back() == '/' || std::filesystem::is_directory(zip_option, ec)))
    return (std::filesystem::path(zip_option) / zip_file).string();
  return zip_option;
}

}  // namespace ww
