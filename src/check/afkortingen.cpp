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

AbbreviationRules abbreviation_rules(const ParsedSite& site) {
  AbbreviationRules rules;
  const auto& list = site.content.afkortingen;
  if (list.empty()) return rules;
  for (std::size_t i = 0; i < list.size(); ++i) {
    // A name that is its own explanation ("KPMG (accountants- en adviesbureau)") needs none.
    if (written_out(list[i].afkorting, list[i].voluit) == list[i].voluit) {
      rules.folded_voluit.emplace_back();
      continue;
    }
    rules.matcher.add(list[i].afkorting, static_cast<int>(i));
    // An explanation in brackets is not needed in the text: "Zorg, Jeugd en Onderwijs" is enough.
    std::string voluit = list[i].voluit;
    if (!voluit.empty() && voluit.back() == ')')
      if (const std::size_t open = voluit.rfind(" ("); open != std::string::npos)
        voluit.erase(open);
    rules.folded_voluit.push_back(fold_text(voluit));
  }
  rules.matcher.build();  // from here on the threads only read it
  return rules;
}

void check_abbreviations_in(const std::vector<TextUnit>& units, const ParsedSite& site,
                            const AbbreviationRules& rules, Diagnostics& diags) {
  if (rules.folded_voluit.empty()) return;
  check_text(units, site.content.afkortingen, rules.folded_voluit, rules.matcher, diags);
}

void check_abbreviations_on_page(const ParsedSite& site, std::size_t i,
                                 const AbbreviationRules& rules, Diagnostics& diags) {
  if (rules.folded_voluit.empty()) return;
  const Page& page = site.pages[i].page;
  if (!page.kort.empty()) {
    NodePtr tree = parse_markdown(page.kort, {});
    check_abbreviations_in(units_from_markdown(tree.get(), page.kort_origin), site, rules, diags);
  }
  if (page.kenmerk && site.pages[i].gewone_taal)
    check_abbreviations_in(
        units_from_markdown(site.pages[i].gewone_taal.get(), page.kenmerk->gewone_taal_origin),
        site, rules, diags);
}

void check_abbreviations_spelled_out(const ParsedSite& site, Diagnostics& diags) {
  const AbbreviationRules rules = abbreviation_rules(site);
  for (std::size_t i = 0; i < site.pages.size(); ++i)
    check_abbreviations_on_page(site, i, rules, diags);
}

}  // namespace ww
