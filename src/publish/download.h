#pragma once
/// The offline zip as the site shows it: its name, its size in Dutch, and the download
/// paragraph under the heading "Downloaden" on over.html.
#include <cstdint>
#include <optional>
#include <string>

#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

/// What over.html says about the zip.
struct Download {
  std::string file;         ///< "richtinggevend-kader-2024.03.zip", relative to the site root
  std::uint64_t bytes = 0;  ///< size of the zip
  /// True while building the copy that goes INTO the zip: a zip cannot contain itself, so
  /// that copy says it is the offline version instead of linking to the zip.
  bool offline = false;
};

/// "<short_name>-<versie>" (or "<short_name>" without a version): the zip's top folder.
std::string zip_folder_name(const SiteConfig& config);

/// "<zip_folder_name>.zip".
std::string zip_file_name(const SiteConfig& config);
/// The archive comment of this site's zips: "Wegwijzer-site <short_name>". A build only
/// replaces a file that carries it (pipeline/output_guard.h).
std::string zip_comment(const SiteConfig& config);

/// Size as people read it, with a decimal comma: "830 kB", "1,2 MB" (1 MB = 1024 × 1024 bytes).
std::string dutch_file_size(std::uint64_t bytes);

/// The data of the theme's partial `download` (docs/templates.md, "Page parts") under
/// "Downloaden" on a page at `page_output`: `zip` with `zip_url`, `zip_grootte` and `map` (the
/// link with the size and how to open the zip), or `offline` with `nieuwste_url` (this is the
/// offline copy), or `geen_zip`; `versie` when the site has one.
toml::table download_data(const Download* download, const SiteConfig& config,
                          const std::string& page_output);

/// The page that carries the download block (from content/over.md).
inline constexpr const char* kOverOutput = "over.html";

/// Where add_download_section put the download block: the page (its slot is in the tree).
struct DownloadSection {
  std::size_t page = 0;
};

/// The streaming build's part of add_download_section for page i (on any thread; changes only
/// record i): when it is over.html with a tree, puts the slot after its heading "Downloaden"
/// and returns true, or warns (with a zip) that the heading is missing.
bool add_download_slot(ParsedSite& site, std::size_t i, const Download* download,
                       const SiteConfig& config, Diagnostics& diags);

/// With a zip, warns when no page from the content is over.html.
void warn_without_over_page(const ParsedSite& site, const Download* download,
                            const SiteConfig& config, Diagnostics& diags);

/// Puts the partial `download` (download_data()) after the heading "Downloaden" (h2) of
/// over.html. When a zip is
/// made but that page or heading is missing, warns (the zip is still made).
std::optional<DownloadSection> add_download_section(ParsedSite& site, const Download* download,
                                                    const SiteConfig& config, Diagnostics& diags);

}  // namespace ww
