#pragma once
/// Files and template strings for publishing: robots.txt, sitemap.xml (only with base_url),
/// and the site-wide strings templates use to link the print edition, the changelog and the zip.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "config/site_config.h"
#include "markdown/parsed_site.h"
#include "publish/download.h"

namespace ww {

/// sitemap.xml: every page but the print edition and 404.html, sorted by path, with `datum` as
/// lastmod. Empty when base_url is not set (a sitemap needs absolute URLs).
std::string make_sitemap(const ParsedSite& site, const SiteConfig& config);

/// robots.txt: everything allowed; names the sitemap when base_url is set.
std::string make_robots(const SiteConfig& config);

/// The files to add to the output: robots.txt, and sitemap.xml when base_url is set.
/// A file of that name among the site's own assets wins.
std::vector<std::pair<std::string, std::string>> meta_files(const ParsedSite& site,
                                                            const SiteConfig& config);

/// The names of publish_strings() that depend on the zip: the only ones that differ between the
/// site and the copy inside its zip.
inline constexpr const char* kDownloadStrings[] = {"zip_bestand", "zip_grootte", "offline"};

/// Site-wide template strings (site.*): `afdrukken` (print.html), `wijzigingen` (the changelog
/// page), `zip_bestand` and `zip_grootte` (when the site links its zip), `offline` (in the copy
/// inside the zip). Paths are relative to the site root; templates put {{root}} before them.
std::map<std::string, std::string> publish_strings(const ParsedSite& site,
                                                   const Download* download);

}  // namespace ww
