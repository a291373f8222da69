#include "templates/page_data.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/html.h"
#include "markdown/links.h"
#include "templates/data_helpers.h"
#include "templates/menu_data.h"
#include "templates/vit_page_data.h"
#include "vit/vit_paths.h"

namespace ww {

namespace {
using kainjow::mustache::data;

/// ".svg" for "img/Logo.SVG": the lower-case extension, as the pipeline names the copied logo.
std::string logo_extension(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot);
  for (char& ch : ext) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  return ext;
}

data site_data(const SiteView& v) {
  const SiteConfig& c = v.config;
  data s;
  put(s, "title", c.title);
  put(s, "subtitle", c.subtitle);
  put(s, "language", c.language);
  put(s, "organisation", c.organisation);
  put(s, "versie", c.versie);
  put(s, "datum", c.datum);
  put(s, "datum_tekst", dutch_date(c.datum));
  put(s, "base_url", c.base_url);
  put(s, "short_name", c.short_name);
  // Optional keys are set only when filled in: Mustache renders a section for an empty string too,
  // and the templates use {{#site.thema_klasse}}/{{#site.gemeente.email}} to leave out what is not
  // there.
  auto set_filled = [](data& d, const char* key, const std::string& value) {
    if (!value.empty()) put(d, key, value);
  };
  set_filled(s, "thema_klasse", c.thema.klasse);
  set_filled(s, "kader_editie", c.kader_editie);  // a gemeente copy: the VNG edition it is based on
  if (!c.thema.tokens.empty()) put(s, "tokens", true);
  data g;
  set_filled(g, "naam", c.gemeente.naam);
  set_filled(g, "website", c.gemeente.website);
  set_filled(g, "loket", c.gemeente.loket);
  set_filled(g, "telefoon", c.gemeente.telefoon);
  set_filled(g, "email", c.gemeente.email);
  set_filled(g, "url", c.gemeente.url);
  // The logo's output path (written by the pipeline, see pipeline/theme_assets.h).
  if (!c.gemeente.logo.empty()) put(g, "logo", "gemeente-logo" + logo_extension(c.gemeente.logo));
  put(s, "gemeente", std::move(g));
  if (!c.gemeente.naam.empty()) put(s, "is_gemeente", true);
  for (const auto& [k, val] : v.extra) put(s, k, val);
  return s;
}
}  // namespace

TemplateData link_item(const SiteView& v, const std::string& from_output, std::size_t target,
                       bool current) {
  const Page& p = v.site.pages[target].page;
  data d;
  put(d, "title", p.title);
  put(d, "url", url_encode_path(relative_url(from_output, p.output)));  // "mijn pagina.html"
  put(d, "kort", p.kort.empty() ? data(false) : data(p.kort));  // "" would still open {{#kort}}
  if (p.kenmerk) put(d, "nummer", std::to_string(p.kenmerk->nummer));
  // Always set: Mustache looks a missing name up in the enclosing item (a section that is current).
  put(d, "current", current);
  return d;
}

std::string canonical_url(const SiteConfig& config, const std::string& output) {
  if (config.base_url.empty()) return {};
  std::string base = config.base_url;
  if (base.back() != '/') base += '/';
  return output == "index.html" ? base : base + output;
}

TemplateData text_data(std::string&& text) {
  TemplateData d{std::string()};
  // string_value() hands out the string as const, but `d` owns it and it is not const.
  const_cast<std::string&>(d.string_value()).swap(text);
  return d;
}

TemplateData toml_to_data(const toml::node& node) {
  if (auto s = node.as_string()) return data(s->get());
  if (auto i = node.as_integer()) return data(std::to_string(i->get()));
  if (auto f = node.as_floating_point()) return data(std::to_string(f->get()));
  if (auto b = node.as_boolean()) return data(b->get());
  if (auto a = node.as_array()) {
    data l = data_list();
    for (const auto& e : *a) append(l, toml_to_data(e));
    return l;
  }
  if (auto t = node.as_table()) {
    data o;
    for (const auto& [k, v] : *t) put(o, std::string(k.str()), toml_to_data(v));
    return o;
  }
  if (auto dt = node.as_date()) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(dt->get().year), int(dt->get().month),
                  int(dt->get().day));
    return data(std::string(buf));
  }
  return data(std::string{});
}

TemplateData take_toml_data(toml::node&& node) {
  if (auto a = node.as_array()) {
    data l = data_list();
    for (auto& e : *a) append(l, take_toml_data(std::move(e)));
    a->clear();
    return l;
  }
  if (auto t = node.as_table()) {
    data o;
    for (auto&& [k, v] : *t) put(o, std::string(k.str()), take_toml_data(std::move(v)));
    t->clear();
    return o;
  }
  return toml_to_data(node);
}

std::string template_for(const Page& page) {
  if (!page.template_name.empty()) return page.template_name;
  if (page.output == "index.html") return "home";
  if (page.is_index && page.section == "vit") return kVitOverzichtTemplate;
  if (page.output == kVitResultatenOutput) return kVitResultatenTemplate;
  if (page.output == kVitVergelijkenOutput) return kVitVergelijkenTemplate;
  if (page.output == kVitRapportOutput) return kVitRapportTemplate;
  // A gemeente copy's afwijkingen.html (xref/afwijkingen_page.h); a theme without the template
  // falls back to `page`, like the VIT's.
  if (!page.afwijkingen.empty()) return "afwijkingen";
  if (page.is_index) return "section";
  if (page.kenmerk) return "basiskenmerk";
  if (page.term) return "term";
  if (page.vit) return "vit";
  return "page";
}

TemplateData make_site_layer(const SiteView& v) {
  data d;
  put(d, "site", site_data(v));
  if (v.serve_mode) put(d, "serve_mode", true);
  return d;
}

TemplateData make_page_layer(const SiteView& v, std::size_t index) {
  const Page& page = v.site.pages[index].page;
  data d;
  data p;
  put(p, "title", page.title);
  put(p, "kort",
      page.kort.empty() ? data(false) : data(page.kort));  // "" would still open {{#page.kort}}
  put(p, "description", page.description);
  if (!v.config.base_url.empty()) put(p, "canonical", canonical_url(v.config, page.output));
  put(p, "content", page.html);
  put(p, "output", page.output);
  put(p, "section", page.section);
  put(p, "source", page.source);
  put(p, "params", toml_to_data(page.front));
  if (page.output == "index.html") put(p, "is_home", true);
  if (page.is_index) put(p, "is_section", true);
  if (page.draft) put(p, "concept", true);  // only in a build with --drafts
  if (page.eigen) put(p, "eigen", true);  // text of the gemeente, not of VNG: the templates mark it
  if (page.vervangt) put(p, "vervangt", true);
  // Set by the glossary and abbreviations passes, so the theme loads the toggletip script and
  // style only where they are used.
  if (v.site.pages[index].has_toggletips) put(p, "has_toggletips", true);
  data toc = data_list();
  for (const auto& t : page.toc) {
    data e;
    put(e, "id", t.id);
    put(e, "text", t.text);
    if (t.level == 3) put(e, "is_h3", true);
    append(toc, std::move(e));
  }
  if (page.toc.size() >= 2) put(p, "has_toc", true);
  put(p, "toc", std::move(toc));
  if (page.kenmerk) {
    data k;
    put(k, "nummer", std::to_string(page.kenmerk->nummer));
    put(k, "waarde", page.kenmerk->waarde);
    put(k, "waarde_label", waarde_label(page.kenmerk->waarde));
    put(k, "gewone_taal", page.kenmerk->gewone_taal);
    data zie = data_list();
    for (int n : page.kenmerk->zie_ook)
      if (auto it = v.nav.kenmerk_page.find(n); it != v.nav.kenmerk_page.end())
        append(zie, link_item(v, page.output, it->second, it->second == index));
    put(k, "zie_ook", std::move(zie));
    if (!page.kenmerk->zie_ook.empty()) put(k, "has_zie_ook", true);
    if (auto it = v.nav.vit_page.find(page.kenmerk->nummer); it != v.nav.vit_page.end())
      put(k, "vit", link_item(v, page.output, it->second, it->second == index));
    put(p, "kenmerk", std::move(k));
  }
  if (page.aanvulling) {
    data a;
    put(a, "title", page.aanvulling->title);
    put(a, "id", page.aanvulling_id);
    put(a, "html", page.aanvulling_html);
    if (page.aanvulling->geplaatst) {
      // Placed inside the text (`na_kop`): the theme shows content_voor, the aanvulling,
      // content_na. page.content stays the whole text, so a theme that does not know this loses
      // nothing (the aanvulling then stands after the text).
      put(a, "in_tekst", true);
      put(a, "niveau", std::to_string(page.aanvulling->niveau));
      const std::size_t at = std::min(page.aanvulling->at, page.html.size());
      put(p, "content_voor", text_data(page.html.substr(0, at)));
      put(p, "content_na", text_data(page.html.substr(at)));
    } else {
      put(a, "niveau", std::string("2"));
    }
    put(p, "aanvulling", std::move(a));
  }
  if (page.term) {
    data t;
    put(t, "term", page.term->term);
    put(p, "term", std::move(t));
  }
  if (page.is_index && !page.section.empty()) {
    data children = data_list();
    if (auto it = v.nav.section_pages.find(page.section); it != v.nav.section_pages.end())
      for (std::size_t i : it->second) append(children, link_item(v, page.output, i, i == index));
    put(p, "children", std::move(children));
  }
  add_vit_page_data(v, page, p);
  if (!page.editie.empty()) put(p, "editie", toml_to_data(page.editie));
  if (!page.afwijkingen.empty()) put(p, "afwijkingen", toml_to_data(page.afwijkingen));
  put(d, "page", std::move(p));

  // Breadcrumbs: home, section, page (the last one is the current page).
  data crumbs = data_list();
  if (page.output != "index.html") {
    data home;
    put(home, "title", std::string("Home"));
    put(home, "url", relative_url(page.output, "index.html"));
    append(crumbs, std::move(home));
    if (!page.is_index && !page.section.empty())
      if (auto it = v.nav.section_index.find(page.section); it != v.nav.section_index.end())
        append(crumbs, link_item(v, page.output, it->second, it->second == index));
    data self;
    put(self, "title", page.title);
    put(self, "current", true);
    append(crumbs, std::move(self));
  }
  put(d, "breadcrumbs", std::move(crumbs));
  if (page.output != "index.html") put(d, "has_breadcrumbs", true);
  if (auto it = v.nav.prev.find(index); it != v.nav.prev.end())
    put(d, "prev", link_item(v, page.output, it->second, it->second == index));
  if (auto it = v.nav.next.find(index); it != v.nav.next.end())
    put(d, "next", link_item(v, page.output, it->second, it->second == index));
  if (v.nav.prev.count(index) || v.nav.next.count(index)) put(d, "has_prevnext", true);
  return d;
}

TemplateData make_page_data(const SiteView& v, std::size_t index) {
  // One object with the names of the three layers (they have none in common).
  data d = make_page_layer(v, index);
  put(d, "site", site_data(v));
  if (v.serve_mode) put(d, "serve_mode", true);
  add_menu_data(v, v.site.pages[index].page, &v.site.pages[index].page, d, nullptr);
  return d;
}

}  // namespace ww
