#pragma once
/// Abbreviations from `afkortingen.toml`. The pass never changes the words of a text (the kader
/// is published word for word): the first use on a page becomes a link to its entry on
/// afkortingen.html with the expansion in data-kort, which the theme's toggletip script shows like
/// a glossary term's explanation (unless the same paragraph already spells it out); every use is
/// in <abbr title>. Matching is case-sensitive, on whole words; headings, links and code are left
/// alone. Generates afkortingen.html (an id per entry) with the pages that use each one.
#include <memory>

#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

/// The abbreviations pass in the streaming build's three steps: made once from afkortingen.toml,
/// `page(site, i)` for every page with a tree, on any thread (it writes only record i and slot
/// i), then `merge` once in page order (afkortingen.html with "Gebruikt op").
class AbbreviationsPass {
 public:
  explicit AbbreviationsPass(const ParsedSite& site);
  ~AbbreviationsPass();
  AbbreviationsPass(const AbbreviationsPass&) = delete;
  AbbreviationsPass& operator=(const AbbreviationsPass&) = delete;
  void page(ParsedSite& site, std::size_t i);
  void merge(ParsedSite& site, Diagnostics& diags);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The whole pass over a parsed site (every page, then the merge).
void run_abbreviations_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

/// The written-out form, as a site-written text should spell it (`wegwijzer check` suggests it):
/// "Wet maatschappelijke ondersteuning (Wmo)"; "Zorg, Jeugd en Onderwijs (commissie van de VNG)"
/// gives "Zorg, Jeugd en Onderwijs (ZJO, commissie van de VNG)"; a `voluit` that holds the
/// abbreviation itself is used as is.
std::string written_out(const std::string& afkorting, const std::string& voluit);

}  // namespace ww
