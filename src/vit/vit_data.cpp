#include "vit/vit_data.h"

#include <cstdint>
#include <cstdio>
#include <map>

#include "vit/vit_scale.h"

namespace ww {

namespace {

std::string_view waarde_label_of(std::string_view waarde) {
  if (waarde == "dichtbij") return "Dichtbij";
  if (waarde == "integraal") return "Integraal";
  if (waarde == "mandaat") return "Met mandaat";
  return waarde;
}

/// Collects `"key":value` pairs into one JSON object.
struct Obj {
  std::string out = "{";
  Obj& raw(std::string_view key, std::string_view value) {
    if (out.size() > 1) out += ',';
    out += json_string(key);
    out += ':';
    out += value;
    return *this;
  }
  Obj& str(std::string_view key, std::string_view value) { return raw(key, json_string(value)); }
  Obj& num(std::string_view key, int value) { return raw(key, std::to_string(value)); }
  std::string done() { return out + "}"; }
};

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out + "]";
}

std::string vraag_json(const VitVraag& v) {
  Obj o;
  o.str("id", v.id).str("tekst", v.tekst);
  // The text in the previous edition (editions): the browser names that edition with an answer
  // given to it.
  if (!v.eerdere_tekst.empty())
    o.raw("eerder", Obj().str("tekst", v.eerdere_tekst).str("versie", v.eerdere_editie).done());
  if (!v.uitleg.empty()) o.str("uitleg", v.uitleg);
  if (v.lokaal) o.raw("lokaal", "true");
  return o.done();
}

std::string vragen_json(const std::vector<VitVraag>& vragen) {
  std::vector<std::string> items;
  for (const auto& v : vragen)
    if (!v.id.empty()) items.push_back(vraag_json(v));
  return join(items, ",\n  ");
}

/// "VIT 5: Brede blik" -> "Brede blik": the basiskenmerk's own title when there is one.
std::string kenmerk_title(const ParsedSite& site, const Page& vit_page, const Page*& basis) {
  basis = nullptr;
  for (const auto& p : pages_of(site))
    if (p.kenmerk && !p.is_index && p.kenmerk->nummer == vit_page.vit->kenmerk) basis = &p;
  return basis ? basis->title : vit_page.title;
}

}  // namespace

std::string vit_data_js(const ParsedSite& parsed, const SiteConfig& config) {
  Obj site;
  site.str("short_name", config.short_name)
      .str("title", config.title)
      .str("versie", config.versie)
      .str("datum", config.datum)
      .str("gemeente", config.gemeente.naam);

  std::vector<std::string> keuzes;
  for (const auto& k : kVitKeuzes)
    keuzes.push_back(
        Obj().str("waarde", k.waarde).str("label", k.label).num("score", k.score).done());
  std::vector<std::string> perspectieven;
  for (const auto& p : kVitPerspectieven)
    perspectieven.push_back(Obj().str("waarde", p.waarde).str("label", p.label).done());
  std::vector<std::string> waarden;
  for (const char* w : {"dichtbij", "integraal", "mandaat"})
    waarden.push_back(Obj().str("waarde", w).str("label", waarde_label_of(w)).done());

  std::map<int, const Page*> vit_pages;  // by kenmerk: number order
  for (const auto& p : pages_of(parsed))
    if (p.vit && !p.is_index && p.vit->kenmerk > 0) vit_pages.emplace(p.vit->kenmerk, &p);
  std::vector<std::string> kenmerken;
  for (const auto& [nummer, page] : vit_pages) {
    const Page* basis = nullptr;
    std::string title = kenmerk_title(parsed, *page, basis);
    Obj k;
    k.num("nummer", nummer).str("title", title);
    k.str("waarde", basis ? basis->kenmerk->waarde : "");
    k.str("url", page->output);
    if (basis) k.str("basiskenmerk_url", basis->output);
    k.raw("vragen", vragen_json(page->vit->vragen));
    kenmerken.push_back(k.done());
  }
  // The gemeente's own parts after VNG's 13, in page order: marked, keyed by `deel`, no waarde.
  for (const auto& p : pages_of(parsed)) {
    if (!p.vit || p.is_index || !p.vit->lokaal) continue;
    Obj k;
    k.raw("lokaal", "true").str("deel", p.vit->deel).str("title", p.title).str("url", p.output);
    k.raw("vragen", vragen_json(p.vit->vragen));
    kenmerken.push_back(k.done());
  }

  Obj root;
  root.num("schema", kVitSchema)
      .raw("site", site.done())
      .raw("keuzes", join(keuzes, ","))
      .raw("perspectieven", join(perspectieven, ","))
      .raw("waarden", join(waarden, ","))
      .raw("kenmerken", join(kenmerken, ",\n "))
      .raw("vervallen", vragen_json(parsed.content.vervallen_vragen));
  return "// Made by Wegwijzer from content/vit/: the VIT questions for the browser. Do not edit.\n"
         "window.WEGWIJZER_VIT = " +
         root.done() + ";\n";
}

}  // namespace ww
