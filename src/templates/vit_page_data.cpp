#include "templates/vit_page_data.h"

#include "markdown/links.h"
#include "templates/data_helpers.h"
#include "vit/vit_paths.h"
#include "vit/vit_scale.h"

namespace ww {

namespace {
using kainjow::mustache::data;

/// "5.1" -> "5-1": usable in element ids and CSS selectors without escaping.
std::string id_slug(const std::string& id) {
  std::string s = id;
  for (char& c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
      c = '-';
  return s;
}

data vraag_data(const VitVraag& v) {
  data d;
  const std::string slug = id_slug(v.id);
  put(d, "id", v.id);
  put(d, "slug", slug);
  put(d, "tekst", v.tekst);
  if (!v.uitleg.empty()) put(d, "uitleg", v.uitleg);  // no aria-describedby to an empty paragraph
  put(d, "lokaal", v.lokaal);
  data keuzes = data_list();
  for (const auto& k : kVitKeuzes) {
    data e;
    put(e, "waarde", std::string(k.waarde));
    put(e, "label", std::string(k.label));
    put(e, "input_id", "v-" + slug + "-" + std::string(k.waarde));
    append(keuzes, std::move(e));
  }
  put(d, "keuzes", std::move(keuzes));
  return d;
}

data kenmerk_data(const SiteView& v, const Page& page) {
  const VitInfo& vit = *page.vit;
  data d;
  put(d, "kenmerk", std::to_string(vit.kenmerk));
  if (auto it = v.nav.kenmerk_page.find(vit.kenmerk); it != v.nav.kenmerk_page.end()) {
    const Page& basis = v.site.pages[it->second].page;
    put(d, "waarde", basis.kenmerk->waarde);
    put(d, "waarde_label", waarde_label(basis.kenmerk->waarde));
    data b;
    put(b, "title", basis.title);
    put(b, "url", relative_url(page.output, basis.output));
    put(d, "basiskenmerk", std::move(b));
  }
  data vragen = data_list();
  for (const auto& q : vit.vragen) append(vragen, vraag_data(q));
  put(d, "vragen", std::move(vragen));
  put(d, "aantal", std::to_string(vit.vragen.size()));
  return d;
}

data waarden_data(const SiteView& v, const Page& page) {
  data waarden = data_list();
  for (const char* w : {"dichtbij", "integraal", "mandaat"}) {
    data wd;
    put(wd, "waarde", std::string(w));
    put(wd, "label", waarde_label(w));
    data onderdelen = data_list();
    for (const auto& [nummer, pi] : v.nav.vit_page) {
      auto k = v.nav.kenmerk_page.find(nummer);
      if (k == v.nav.kenmerk_page.end() || v.site.pages[k->second].page.kenmerk->waarde != w)
        continue;
      const Page& p = v.site.pages[pi].page;
      data o;
      put(o, "nummer", std::to_string(nummer));
      put(o, "title", v.site.pages[k->second].page.title);
      put(o, "url", relative_url(page.output, p.output));
      put(o, "aantal", std::to_string(p.vit->vragen.size()));
      append(onderdelen, std::move(o));
    }
    put(wd, "onderdelen", std::move(onderdelen));
    append(waarden, std::move(wd));
  }
  return waarden;
}

}  // namespace

void add_vit_page_data(const SiteView& v, const Page& page, TemplateData& p) {
  if (page.section != "vit") return;
  put(p, "is_vit", true);
  data links;
  if (auto it = v.nav.section_index.find("vit"); it != v.nav.section_index.end())
    put(links, "overzicht_url", relative_url(page.output, v.site.pages[it->second].page.output));
  put(links, "resultaten_url", relative_url(page.output, kVitResultatenOutput));
  put(links, "vergelijken_url", relative_url(page.output, kVitVergelijkenOutput));
  put(p, "vit_links", std::move(links));
  data perspectieven = data_list();
  for (const auto& ps : kVitPerspectieven) {
    data e;
    put(e, "waarde", std::string(ps.waarde));
    put(e, "label", std::string(ps.label));
    append(perspectieven, std::move(e));
  }
  put(p, "vit_perspectieven", std::move(perspectieven));
  // Which kind of VIT page: the theme loads only the scripts that kind needs.
  put(p, "vit_is_overzicht", page.is_index);
  put(p, "vit_is_resultaten", page.output == kVitResultatenOutput);
  put(p, "vit_is_vergelijken", page.output == kVitVergelijkenOutput);
  put(p, "vit_is_deel", page.vit.has_value() && !page.is_index);
  if (page.vit && !page.is_index) put(p, "vit", kenmerk_data(v, page));
  if (page.is_index) put(p, "vit_waarden", waarden_data(v, page));
}

}  // namespace ww
