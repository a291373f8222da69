#include "vit/vit_validate.h"

#include <map>

#include "core/toml_util.h"

namespace ww {

namespace {

/// A positive decimal number without a leading zero; sets `value` (capped to avoid overflow).
bool parse_number(std::string_view s, int& value) {
  if (s.empty() || s.size() > 4 || s[0] == '0') return false;
  value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

std::string where(const SourcePos& p) {
  return p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

void check_id_form(const VitVraag& v, int page_kenmerk, Diagnostics& diags) {
  if (v.lokaal) {
    int base_kenmerk = 0;
    if (is_base_vraag_id(v.id, base_kenmerk))
      diags.error(v.pos,
                  "vraag-id '" + v.id +
                      "' is een nummer van de VNG; een eigen vraag van de gemeente heeft een "
                      "eigen id",
                  "schrijf bijvoorbeeld id = \"KW-1\": hoofdletters, een streepje en een "
                  "nummer. Zo botst het nooit met een vraag van de VNG, ook niet in een nieuwe "
                  "versie van het VIT",
                  "vit-id");
    else if (!is_lokale_vraag_id(v.id))
      diags.error(v.pos, "lokale vraag-id '" + v.id + "' heeft niet de vorm LETTERS-nummer",
                  "schrijf bijvoorbeeld id = \"KW-1\": hoofdletters, een streepje en een nummer",
                  "vit-id");
    return;
  }
  int kenmerk = 0;
  if (!is_base_vraag_id(v.id, kenmerk)) {
    diags.error(v.pos, "vraag-id '" + v.id + "' heeft niet de vorm <kenmerk>.<nummer>",
                "schrijf bijvoorbeeld id = \"" +
                    std::to_string(page_kenmerk > 0 ? page_kenmerk : 5) + ".1\"",
                "vit-id");
    return;
  }
  if (page_kenmerk > 0 && kenmerk != page_kenmerk)
    diags.error(v.pos,
                "vraag-id '" + v.id + "' hoort bij basiskenmerk " + std::to_string(kenmerk) +
                    ", maar deze pagina is voor basiskenmerk " + std::to_string(page_kenmerk),
                "geef de vraag een id als \"" + std::to_string(page_kenmerk) +
                    ".<nummer>\" met een nummer dat nog nooit gebruikt is",
                "vit-id");
}

/// The kenmerk of a VIT page, checked: not used by another VIT page. 0 when unusable.
int checked_kenmerk(const Page& page, std::map<int, const Page*>& by_kenmerk, Diagnostics& diags) {
  int k = page.vit->kenmerk;
  if (k == 0) return 0;  // missing, of the wrong type or outside 1-13: the loader reported it
  auto [it, fresh] = by_kenmerk.emplace(k, &page);
  if (!fresh) {
    diags.error(page.vit->kenmerk_pos,
                "basiskenmerk " + std::to_string(k) + " heeft al een VIT-deel: " + it->second->file,
                "elk basiskenmerk heeft precies één VIT-pagina", "vit-kenmerk");
    return 0;
  }
  return k;
}

}  // namespace

bool is_base_vraag_id(std::string_view id, int& kenmerk) {
  auto dot = id.find('.');
  if (dot == std::string_view::npos) return false;
  int k = 0, n = 0;
  if (!parse_number(id.substr(0, dot), k) || !parse_number(id.substr(dot + 1), n)) return false;
  kenmerk = k;
  return true;
}

bool is_lokale_vraag_id(std::string_view id) {
  auto dash = id.find('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  std::string_view prefix = id.substr(0, dash);
  if (prefix[0] < 'A' || prefix[0] > 'Z') return false;
  for (char c : prefix)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  int n = 0;
  return parse_number(id.substr(dash + 1), n);
}

void validate_vit(const ParsedSite& site, Diagnostics& diags) {
  // Retired ids first: they are reserved, also against each other.
  std::map<std::string, SourcePos> vervallen;
  for (const auto& v : site.content.vervallen_vragen) {
    if (v.id.empty()) continue;  // reported by the loader
    int k = 0;
    if (!is_base_vraag_id(v.id, k) && !is_lokale_vraag_id(v.id))
      diags.error(v.pos,
                  "vervallen vraag-id '" + v.id +
                      "' heeft niet de vorm <kenmerk>.<nummer> of LETTERS-nummer",
                  "zet hier het id precies zoals het in het VIT stond", "vit-id");
    auto [it, fresh] = vervallen.emplace(v.id, v.pos);
    if (!fresh)
      diags.error(v.pos, "vervallen vraag-id '" + v.id + "' staat twee keer in de lijst",
                  "eerder op " + where(it->second), "vit-dubbel-id");
  }

  std::map<int, const Page*> by_kenmerk;
  std::map<std::string, SourcePos> seen;
  for (const auto& page : pages_of(site)) {
    if (!page.vit || page.is_index) continue;
    int kenmerk = checked_kenmerk(page, by_kenmerk, diags);
    bool has_base = false;  // a local part's questions are all local
    for (const auto& v : page.vit->vragen) has_base = has_base || !v.lokaal || page.vit->lokaal;
    if (!has_base)
      diags.warning({page.file, 1, 1}, "deze VIT-pagina heeft geen vragen",
                    "voeg vragen toe als [[vraag]]-tabellen in de front matter", "vit-geen-vragen");
    for (const auto& v : page.vit->vragen) {
      if (v.id.empty()) continue;  // reported by the loader
      check_id_form(v, kenmerk, diags);
      if (auto r = vervallen.find(v.id); r != vervallen.end()) {
        diags.error(v.pos,
                    "vraag-id '" + v.id + "' is vervallen en mag niet opnieuw gebruikt worden",
                    "het staat in " + where(r->second) + "; geef deze vraag een nieuw nummer",
                    "vit-vervallen-id");
        continue;
      }
      auto [it, fresh] = seen.emplace(v.id, v.pos);
      if (!fresh)
        diags.error(
            v.pos, "vraag-id '" + v.id + "' komt twee keer voor",
            "eerder gebruikt op " + where(it->second) + "; geef deze vraag een nieuw nummer",
            "vit-dubbel-id");
    }
  }
  for (const auto& [k, page] : by_kenmerk) {
    bool found = false;
    for (const auto& p : pages_of(site)) found = found || (p.kenmerk && p.kenmerk->nummer == k);
    if (!found)
      diags.warning({page->file, 1, 1},
                    "er is geen basiskenmerk-pagina met nummer " + std::to_string(k),
                    "het VIT-deel linkt naar zijn basiskenmerk in basiskenmerken/", "vit-kenmerk");
  }
}

}  // namespace ww
