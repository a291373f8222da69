#pragma once
/// Reading order (previous/next), breadcrumbs and the main navigation.
#include <map>
#include <optional>

#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

struct Navigation {
  std::vector<std::size_t> reading_order;  ///< page indices in the configured reading order
  std::map<std::size_t, std::size_t> prev, next;
  std::map<std::string, std::size_t> section_index;  ///< section -> index of its _index page
  std::vector<std::size_t> section_indices;  ///< the _index pages of sections, in page order
  std::map<std::string, std::vector<std::size_t>>
      section_pages;                        ///< section -> its other pages, in order
  std::map<int, std::size_t> kenmerk_page;  ///< basiskenmerk nummer -> page index
  std::map<int, std::size_t> vit_page;      ///< basiskenmerk nummer -> VIT page index
};

/// Computes the reading order from `leesvolgorde` (unknown entries are errors in the config);
/// pages not listed get previous/next within their own section.
Navigation compute_navigation(const ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

/// "dichtbij" -> "Dichtbij", "mandaat" -> "Met mandaat".
std::string waarde_label(const std::string& waarde);

/// "2024-03-01" -> "1 maart 2024"; anything else is returned as is.
std::string dutch_date(const std::string& iso);

}  // namespace ww
