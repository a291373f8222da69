#include "templates/navigation.h"

#include <algorithm>
#include <set>

namespace ww {

std::string waarde_label(const std::string& waarde) {
  if (waarde == "dichtbij") return "Dichtbij";
  if (waarde == "integraal") return "Integraal";
  if (waarde == "mandaat") return "Met mandaat";
  return waarde;
}

std::string dutch_date(const std::string& iso) {
  static const char* months[] = {"januari",   "februari", "maart",    "april",
                                 "mei",       "juni",     "juli",     "augustus",
                                 "september", "oktober",  "november", "december"};
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  int y = std::atoi(iso.substr(0, 4).c_str()), m = std::atoi(iso.substr(5, 2).c_str()),
      d = std::atoi(iso.substr(8, 2).c_str());
  if (m < 1 || m > 12 || d < 1) return iso;
  return std::to_string(d) + " " + months[m - 1] + " " + std::to_string(y);
}

Navigation compute_navigation(const ParsedSite& site, const SiteConfig& config,
                              Diagnostics& diags) {
  Navigation nav;
  const auto pages = pages_of(site);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].is_index && !pages[i].section.empty()) {
      nav.section_index[pages[i].section] = i;
      nav.section_indices.push_back(i);
    }
    if (!pages[i].is_index && !pages[i].section.empty())
      nav.section_pages[pages[i].section].push_back(i);
    if (pages[i].kenmerk && !pages[i].is_index) nav.kenmerk_page[pages[i].kenmerk->nummer] = i;
    if (pages[i].vit && !pages[i].is_index && pages[i].vit->kenmerk > 0)
      nav.vit_page[pages[i].vit->kenmerk] = i;
  }
  std::set<std::size_t> listed;
  for (const auto& entry : config.leesvolgorde) {
    bool found = false;
    if (!entry.empty() && entry.back() == '/') {
      std::string section = entry.substr(0, entry.size() - 1);
      for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].section == section && !pages[i].is_index && !listed.count(i)) {
          nav.reading_order.push_back(i);
          listed.insert(i);
          found = true;
        }
    } else {
      for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].source == entry && !listed.count(i)) {
          nav.reading_order.push_back(i);
          listed.insert(i);
          found = true;
        }
    }
    if (!found)
      diags.warning({config.file, 0, 0},
                    "leesvolgorde noemt '" + entry + "', maar die pagina of sectie bestaat niet",
                    {}, "leesvolgorde");
  }
  for (std::size_t k = 0; k + 1 < nav.reading_order.size(); ++k) {
    nav.next[nav.reading_order[k]] = nav.reading_order[k + 1];
    nav.prev[nav.reading_order[k + 1]] = nav.reading_order[k];
  }
  // Everything else: previous/next within the section, in page order.
  std::map<std::string, std::vector<std::size_t>> by_section;
  for (std::size_t i = 0; i < pages.size(); ++i)
    if (!listed.count(i) && !pages[i].is_index && !pages[i].section.empty())
      by_section[pages[i].section].push_back(i);
  for (const auto& [section, idx] : by_section)
    for (std::size_t k = 0; k + 1 < idx.size(); ++k) {
      nav.next[idx[k]] = idx[k + 1];
      nav.prev[idx[k + 1]] = idx[k];
    }
  return nav;
}

}  // namespace ww
