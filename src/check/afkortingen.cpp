#include "check/afkortingen.h"

#include <map>
#include <set>

#include "core/utf8.h"
#include "language/units.h"
#include "xref/abbreviations_pass.h"
#include "xref/term_matcher.h"

namespace ww {

namespace {

void check_text(const std::vector<TextUnit>& units, const std::vector<Afkorting>& list,
                const std::vector<std::string>& folded_voluit, const TermMatcher& matcher,
                Diagnostics& diags) {
  std::string whole;
  for (const TextUnit& u : units) whole += fold_text(u.text) + "\n";
  std::set<int> reported;
  for (const TextUnit& u : units) {
    for (const PhraseMatch& m : matcher.find(u.text)) {
      const auto id = static_cast<std::size_t>(m.id);
      if (whole.find(folded_voluit[id]) != std::string::npos || !reported.insert(m.id).second)
        continue;
      const Afkorting& a = list[id];
      diags.warning(
          u.pos_at(m.begin),
          "de afkorting '" + a.afkorting + "' staat in een tekst van de website zonder uitleg",
          "schrijf hem uit in de zin, bijvoorbeeld '" + written_out(a.afkorting, a.voluit) +
              "', of gebruik alleen de woorden voluit",
          "afkorting-niet-uitgeschreven");
    }
  }
}

}  // namespace

void check_abbreviations_spelled_out(const ParsedSite& site, Diagnostics& diags) {
  const auto& list = site.content.afkortingen;
  if (list.empty()) return;
  TermMatcher matcher(false);
  std::vector<std::string> folded_voluit;
  for (std::size_t i = 0; i < list.size(); ++i) {
    // A name that is its own explanation ("KPMG (accountants- en adviesbureau)") needs none.
    if (written_out(list[i].afkorting, list[i].voluit) == list[i].voluit) {
      folded_voluit.emplace_back();
      continue;
    }
    matcher.add(list[i].afkorting, static_cast<int>(i));
    // An explanation in brackets is not needed in the text: "Zorg, Jeugd en Onderwijs" is enough.
    std::string voluit = list[i].voluit;
    if (!voluit.empty() && voluit.back() == ')')
      if (const std::size_t open = voluit.rfind(" ("); open != std::string::npos)
        voluit.erase(open);
    folded_voluit.push_back(fold_text(voluit));
  }
  const auto pages = pages_of(site);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const Page& page = pages[i];
    if (!page.kort.empty()) {
      NodePtr tree = parse_markdown(page.kort, {});
      check_text(units_from_markdown(tree.get(), page.kort_origin), list, folded_voluit, matcher,
                 diags);
    }
    if (page.kenmerk && i < site.pages.size() && site.pages[i].gewone_taal)
      check_text(
          units_from_markdown(site.pages[i].gewone_taal.get(), page.kenmerk->gewone_taal_origin),
          list, folded_voluit, matcher, diags);
  }
}

}  // namespace ww
