#include "templates/vit_page_data.h"

#include "markdown/links.h"
#include "vit/vit_paths.h"
#include "vit/vit_scale.h"

namespace ww {

namespace {
using kainjow::mustache::data;

data list() { return data(data::type::list); }

/// "5.1" -> "5-1": usable in element ids and CSS selectors without escaping.
std::string id_slug(const std::string& id) {
  std::string s = id;
  for (char& c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) c = '-';
  return s;
}

data vraag_data(const VitVraag& v) {
  data d;
  const std::string slug = id_slug(v.id);
  d.set("id", v.id);
  d.set("slug", slug);
  d.set("tekst", v.tekst);
  d.set("uitleg", v.uitleg);
  d.set("lokaal", v.lokaal);
  data keuzes = list();
  for (const auto& k : kVitKeuzes) {
    data e;
    e.set("waarde", std::string(k.waarde));
    e.set("label", std::string(k.label));
    e.set("input_id", "v-" + slug + "-" + std::string(k.waarde));
    keuzes.push_back(e);
  }
  d.set("keuzes", keuzes);
  return d;
}

data kenmerk_data(const SiteView& v, const Page& page) {
  const VitInfo& vit = *page.vit;
  data d;
  d.set("kenmerk", std::to_string(vit.kenmerk));
  if (auto it = v.nav.kenmerk_page.find(vit.kenmerk); it != v.nav.kenmerk_page.end()) {
    const Page& basis = v.content.pages[it->second];
    d.set("waarde", basis.kenmerk->waarde);
    d.set("waarde_label", waarde_label(basis.kenmerk->waarde));
    data b;
    b.set("title", basis.title);
    b.set("url", relative_url(page.output, basis.output));
    d.set("basiskenmerk", b);
  }
  data vragen = list();
  for (const auto& q : vit.vragen) vragen.push_back(vraag_data(q));
  d.set("vragen", vragen);
  d.set("aantal", std::to_string(vit.vragen.size()));
  return d;
}

data waarden_data(const SiteView& v, const Page& page) {
  data waarden = list();
  for (const char* w : {"dichtbij", "integraal", "mandaat"}) {
    data wd;
    wd.set("waarde", std::string(w));
    wd.set("label", waarde_label(w));
    data onderdelen = list();
    for (const auto& [nummer, pi] : v.nav.vit_page) {
      auto k = v.nav.kenmerk_page.find(nummer);
      if (k == v.nav.kenmerk_page.end() || v.content.pages[k->second].kenmerk->waarde != w) continue;
      const Page& p = v.content.pages[pi];
      data o;
      o.set("nummer", std::to_string(nummer));
      o.set("title", v.content.pages[k->second].title);
      o.set("url", relative_url(page.output, p.output));
      o.set("aantal", std::to_string(p.vit->vragen.size()));
      onderdelen.push_back(o);
    }
    wd.set("onderdelen", onderdelen);
    waarden.push_back(wd);
  }
  return waarden;
}

}  // namespace

void add_vit_page_data(const SiteView& v, const Page& page, TemplateData& p) {
  if (page.section != "vit") return;
  p.set("is_vit", true);
  data links;
  if (auto it = v.nav.section_index.find("vit"); it != v.nav.section_index.end())
    links.set("overzicht_url", relative_url(page.output, v.content.pages[it->second].output));
  links.set("resultaten_url", relative_url(page.output, kVitResultatenOutput));
  links.set("vergelijken_url", relative_url(page.output, kVitVergelijkenOutput));
  p.set("vit_links", links);
  data perspectieven = list();
  for (const auto& ps : kVitPerspectieven) {
    data e;
    e.set("waarde", std::string(ps.waarde));
    e.set("label", std::string(ps.label));
    perspectieven.push_back(e);
  }
  p.set("vit_perspectieven", perspectieven);
  // Which kind of VIT page: the theme loads only the scripts that kind needs.
  p.set("vit_is_overzicht", page.is_index);
  p.set("vit_is_resultaten", page.output == kVitResultatenOutput);
  p.set("vit_is_vergelijken", page.output == kVitVergelijkenOutput);
  p.set("vit_is_deel", page.vit.has_value() && !page.is_index);
  if (page.vit && !page.is_index) p.set("vit", kenmerk_data(v, page));
  if (page.is_index) p.set("vit_waarden", waarden_data(v, page));
}

}  // namespace ww
