#include "templates/vit_page_data.h"

#include "markdown/links.h"
#include "templates/data_helpers.h"
#include "vit/vit_paths.h"
#include "vit/vit_scale.h"

namespace ww {

namespace {
using kainjow::mustache::data;

data vraag_data(const VitVraag& v) {
  data d;
  const std::string slug = vit_id_slug(v.id);
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
  if (vit.lokaal) {  // a gemeente's own part: keyed by its name, no basiskenmerk
    put(d, "lokaal", true);
    put(d, "sleutel", vit_deel_sleutel(vit));
  } else {
    put(d, "kenmerk", std::to_string(vit.kenmerk));
    put(d, "sleutel", std::to_string(vit.kenmerk));
  }
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

/// The gemeente's own VIT parts for the overview, in page order (after VNG's 13).
data lokale_delen_data(const SiteView& v, const Page& page) {
  data delen = data_list();
  for (const auto& p : pages_of(v.site)) {
    if (!p.vit || p.is_index || !p.vit->lokaal) continue;
    data o;
    put(o, "sleutel", vit_deel_sleutel(*p.vit));
    put(o, "title", p.title);
    put(o, "url", relative_url(page.output, p.output));
    put(o, "aantal", std::to_string(p.vit->vragen.size()));
    append(delen, std::move(o));
  }
  return delen;
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

std::string vit_deel_sleutel(const VitInfo& vit) {
  return vit.lokaal ? "deel-" + vit.deel : std::to_string(vit.kenmerk);
}

void add_vit_page_data(const SiteView& v, const Page& page, TemplateData& p) {
  if (page.section != "vit") return;
  put(p, "is_vit", true);
  data links;
  if (auto it = v.nav.section_index.find("vit"); it != v.nav.section_index.end())
    put(links, "overzicht_url", relative_url(page.output, v.site.pages[it->second].page.output));
  put(links, "resultaten_url", relative_url(page.output, kVitResultatenOutput));
  put(links, "vergelijken_url", relative_url(page.output, kVitVergelijkenOutput));
  put(links, "rapport_url", relative_url(page.output, kVitRapportOutput));
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
  put(p, "vit_is_rapport", page.output == kVitRapportOutput);
  put(p, "vit_is_deel", page.vit.has_value() && !page.is_index);
  if (page.vit && !page.is_index) put(p, "vit", kenmerk_data(v, page));
  if (page.is_index) {
    put(p, "vit_waarden", waarden_data(v, page));
    bool lokaal = false;
    for (const auto& q : pages_of(v.site)) lokaal = lokaal || (q.vit && q.vit->lokaal);
    if (lokaal) {
      put(p, "vit_heeft_lokale_delen", true);
      put(p, "vit_lokale_delen", lokale_delen_data(v, page));
    }
  }
}

}  // namespace ww
