#pragma once
/// `wegwijzer build --zip FILE`: the site plus a reproducible offline zip of it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "markdown/parsed_site.h"
#include "pipeline/build.h"
#include "templates/navigation.h"
#include "templates/theme.h"

namespace ww {

/// Builds the site and its reproducible offline zip in one run (build_site with `zip`): the
/// copy that goes into the zip says in over.html that it is the offline version (a zip cannot
/// contain itself) and is zipped under one top folder "<short_name>-<versie>/"; the site itself
/// goes to `sink`, with the zip at its root and over.html linking to it with its size. On
/// success `zip` holds the zip's bytes and stats.zip_file its name.
bool build_site_with_zip(const FileSystem& fs, OutputSink& sink, const BuildOptions& options,
                         Diagnostics& diags, BuildStats& stats, std::string& zip);

/// Zips the copy of the site reproducibly into `zip` with the zip module from `module_dirs`;
/// reports a failure (also a missing module).
bool zip_site(const std::map<std::string, std::string>& files, const SiteConfig& config,
              const std::vector<std::string>& module_dirs, std::string& zip, Diagnostics& diags);

/// Which pages differ between the site and the copy in its zip, so they are made again: the
/// page with the download section (`download_page`), print.html when it holds that page, and
/// every page whose template (or the base template) names one of kDownloadStrings.
std::vector<char> pages_showing_download(const ParsedSite& site, const Theme& theme,
                                         std::optional<std::size_t> download_page,
                                         const Navigation& nav);

/// Where `--zip FILE` writes: FILE, or FILE/<zip name> when FILE is a folder or ends in '/'.
std::string zip_target_path(const std::string& zip_option, const std::string& zip_file);

}  // namespace ww
