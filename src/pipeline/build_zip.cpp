#include "pipeline/build_zip.h"

#include <filesystem>

#include "publish/zip_writer.h"

namespace ww {

bool build_site_with_zip(const FileSystem& fs, OutputSink& sink, const BuildOptions& options,
                         Diagnostics& diags, BuildStats& stats, std::string& zip) {
  Diagnostics config_diags;  // build_site reports config problems itself
  const SiteConfig config = load_site_config(fs, options.config_path, config_diags);
  const std::string file = zip_file_name(config);

  // 1. The offline copy, in memory. Its diagnostics are the same as the second build's, so
  //    they are only kept when it fails.
  BuildOptions offline = options;
  offline.download = Download{file, 0, true};
  MemoryOutput copy;
  Diagnostics first_diags;
  BuildStats first_stats;
  if (!build_site(fs, copy, offline, first_diags, first_stats)) {
    diags.merge(std::move(first_diags));
    return false;
  }
  std::string error;
  auto bytes = make_zip(
      copy.files(), ZipSettings{zip_folder_name(config), config.datum, zip_comment(config)}, error);
  if (!bytes) {
    diags.error({config.file, 0, 0}, "zip-bestand kan niet gemaakt worden: " + error, {}, "zip");
    return false;
  }
  zip = std::move(*bytes);

  // 2. The site, linking to the zip.
  BuildOptions online = options;
  online.download = Download{file, zip.size(), false};
  if (!build_site(fs, sink, online, diags, stats)) return false;
  if (!sink.write(file, zip)) {
    diags.error({file, 0, 0}, "kan niet geschreven worden", {}, "uitvoer");
    return false;
  }
  ++stats.files;
  stats.zip_file = file;
  stats.zip_bytes = zip.size();
  return true;
}

std::string zip_target_path(const std::string& zip_option, const std::string& zip_file) {
  std::error_code ec;
  if (!zip_option.empty() &&
      (zip_option.back() == '/' || std::filesystem::is_directory(zip_option, ec)))
    return (std::filesystem::path(zip_option) / zip_file).string();
  return zip_option;
}

}  // namespace ww
