#include "language/alternatives.h"

#include <string>

#include "core/utf8.h"

namespace ww {

namespace {

struct Alternative {
  std::string_view hard;  ///< folded (lowercase, no diacritics)
  std::string_view simpler;
};

// Hard word -> simpler word, in the spirit of the B1 word lists of Dutch public-service writing
// guides (Direct Duidelijk, the Moeilijkewoordenboek of the gemeente Amsterdam). Keep it small
// and sure: every alternative must fit most sentences the hard word stands in.
constexpr Alternative kAlternatives[] = {
    {"rapportage", "verslag"},
    {"aanspreekpunt", "contactpersoon"},
    {"participatie", "meedoen"},
    {"participeren", "meedoen"},
    {"implementeren", "invoeren"},
    {"implementatie", "invoering"},
    {"faciliteren", "mogelijk maken"},
    {"realiseren", "maken, bereiken"},
    {"bevorderen", "helpen, verbeteren"},
    {"signaleren", "zien, merken"},
    {"signalering", "merken, opmerken"},
    {"problematiek", "problemen"},
    {"voorziening", "hulp, regeling"},
    {"beschikking", "besluit"},
    {"verordening", "regels"},
    {"randvoorwaarde", "voorwaarde"},
    {"laagdrempelig", "makkelijk te bereiken"},
    {"handreiking", "hulp, tips"},
    {"transparantie", "openheid"},
    {"transparant", "open, duidelijk"},
    {"regulier", "gewoon"},
    {"reguliere", "gewone"},
    {"periodiek", "regelmatig"},
    {"periodieke", "regelmatige"},
    {"eenduidig", "duidelijk"},
    {"eenduidige", "duidelijke"},
    {"uiteenlopende", "verschillende"},
    {"bekostiging", "betaling"},
    {"bejegening", "hoe je iemand behandelt"},
    {"consultatie", "advies, overleg"},
    {"inhoudelijk", "over de inhoud"},
    {"inhoudelijke", "over de inhoud"},
    {"collectief", "samen, voor iedereen"},
    {"collectieve", "gezamenlijke"},
    {"structureel", "blijvend"},
    {"structurele", "blijvende"},
    {"preventief", "om problemen te voorkomen"},
    {"preventieve", "om problemen te voorkomen"},
    {"zogeheten", "zogenoemd"},
    {"dienstverlening", "hulp, diensten"},
    {"ondersteuningsaanbod", "hulp die er is"},
    {"escalatie", "erger worden"},
    {"prioriteren", "kiezen wat eerst komt"},
    {"accorderen", "goedkeuren"},
    {"evalueren", "bekijken hoe het ging"},
    {"perspectief", "kijk, vooruitzicht"},
    {"bestuurlijk", "van het bestuur"},
    {"bestuurlijke", "van het bestuur"},
    {"ambtelijk", "van de gemeente"},
    {"ambtelijke", "van de gemeente"},
    {"casuistiek", "situaties, gevallen"},
    {"vraagverheldering", "uitzoeken wat iemand nodig heeft"},
    {"hulpbehoefte", "welke hulp iemand nodig heeft"},
    {"integraal", "samenhangend, alles bij elkaar"},
    {"integrale", "samenhangende"},
    {"continuiteit", "doorgaan zonder onderbreking"},
    {"benaderbaar", "makkelijk te bereiken"},
    {"interdisciplinair", "met verschillende vakmensen"},
    {"specialistisch", "gespecialiseerd"},
    {"specialistische", "gespecialiseerde"},
    {"uitgangspunt", "wat we belangrijk vinden, basis"},
};

}  // namespace

std::string_view simpler_word(std::string_view word) {
  const std::string w = fold_text(word);
  auto find = [](std::string_view key) -> std::string_view {
    for (const auto& a : kAlternatives)
      if (a.hard == key) return a.simpler;
    return {};
  };
  if (auto s = find(w); !s.empty()) return s;
  for (std::string_view suffix : {"en", "s", "n"})
    if (w.size() > suffix.size() && w.ends_with(suffix))
      if (auto s = find(std::string_view(w).substr(0, w.size() - suffix.size())); !s.empty())
        return s;
  return {};
}

}  // namespace ww
