#include "xref/afwijkingen_page.h"

#include <algorithm>

#include "core/html.h"
#include "markdown/links.h"
#include "vit/vit_paths.h"
#include "xref/generated_pages.h"

namespace ww {

namespace {

std::string link(const std::string& to) {
  return url_encode_path(relative_url(kAfwijkingenOutput, to));
}

std::string gemeente(const SiteConfig& config) {
  return config.gemeente.naam.empty() ? "de organisatie van deze website" : config.gemeente.naam;
}

/// "Basiskenmerk 5: Brede blik" for a basiskenmerk page, else its title.
std::string page_label(const Page& p) {
  if (p.kenmerk && !p.is_index)
    return "Basiskenmerk " + std::to_string(p.kenmerk->nummer) + ": " + p.title;
  return p.title;
}

bool is_vng_page(const Page& p) { return !p.eigen; }

const Page* by_source(const ParsedSite& site, const std::string& source) {
  for (const Page& p : pages_of(site))
    if (p.source == source) return &p;
  return nullptr;
}

AfwijkingSoort aanvullingen(const ParsedSite& site, const SiteConfig& config) {
  AfwijkingSoort s{"aanvullingen",
                   "Eigen tekst bij pagina's van de VNG",
                   "Op deze pagina's staat de tekst van de VNG. " + gemeente(config) +
                       " heeft er een eigen stuk tekst bij gezet.",
                   {}};
  for (const auto& p : pages_of(site))
    if (p.aanvulling && is_vng_page(p) &&
        p.aanvulling->body.find_first_not_of(" \t\n") != std::string::npos)
      s.items.push_back({page_label(p),
                         link(p.output) + "#" + p.aanvulling_id,
                         "eigen stuk: " + p.aanvulling->title,
                         {},
                         {}});
  return s;
}

AfwijkingSoort vervangen(const ParsedSite& site, const SiteConfig& config) {
  AfwijkingSoort s{"vervangen",
                   "Pagina's met een eigen tekst in plaats van die van de VNG",
                   "Deze pagina's heeft " + gemeente(config) +
                       " zelf geschreven. Ze staan op de plek van een pagina van de VNG.",
                   {}};
  for (const auto& p : pages_of(site))
    if (p.vervangt) s.items.push_back({page_label(p), link(p.output), {}, {}, {}});
  return s;
}

AfwijkingSoort verborgen(const ParsedSite& site, const SiteConfig& config) {
  AfwijkingSoort s{
      "verborgen",
      "Pagina's van de VNG die hier niet staan",
      gemeente(config) + " heeft deze pagina's weggelaten. U vindt ze in de versie van de VNG.",
      {}};
  for (const auto& source : site.content.hidden) {
    auto t = site.content.hidden_titles.find(source);
    s.items.push_back(
        {t == site.content.hidden_titles.end() || t->second.empty() ? source : t->second,
         {},
         {},
         {},
         {}});
  }
  return s;
}

AfwijkingSoort eigen_paginas(const ParsedSite& site, const SiteConfig& config) {
  AfwijkingSoort s{"eigen-paginas",
                   "Eigen pagina's",
                   "Deze pagina's heeft " + gemeente(config) +
                       " toegevoegd. Ze staan niet in de versie van de VNG.",
                   {}};
  for (const auto& p : pages_of(site))
    if (p.eigen && !p.vervangt && !p.term && !(p.vit && p.vit->lokaal))
      s.items.push_back({page_label(p), link(p.output), {}, {}, {}});
  return s;
}

AfwijkingSoort eigen_vit_delen(const ParsedSite& site, const SiteConfig& config) {
  AfwijkingSoort s{"eigen-vit-delen",
                   "Eigen onderdelen van het VIT",
                   "Deze onderdelen heeft " + gemeente(config) +
                       " aan het Verkenningsinstrument Toegang (VIT) toegevoegd, na de 13 "
                       "basiskenmerken. De antwoorden staan apart in het bestand dat u bewaart.",
                   {}};
  for (const auto& p : pages_of(site))
    if (p.vit && p.vit->lokaal) {
      const std::size_t n = p.vit->vragen.size();
      s.items.push_back({p.title,
                         link(p.output),
                         std::to_string(n) + (n == 1 ? " uitspraak" : " uitspraken"),
                         {},
                         {}});
    }
  return s;
}

AfwijkingSoort eigen_begrippen(const ParsedSite& site, const SiteConfig& config) {
  AfwijkingSoort s{"eigen-begrippen",
                   "Eigen begrippen in de woordenlijst",
                   "Deze begrippen heeft " + gemeente(config) + " aan de woordenlijst toegevoegd.",
                   {}};
  for (const auto& p : pages_of(site))
    if (p.term && p.eigen && !p.vervangt) s.items.push_back({p.title, link(p.output), {}, {}, {}});
  return s;
}

AfwijkingSoort eigen_uitspraken(const ParsedSite& site, const SiteConfig& config) {
  AfwijkingSoort s{"eigen-uitspraken",
                   "Eigen uitspraken in het VIT",
                   "Deze uitspraken heeft " + gemeente(config) +
                       " aan het Verkenningsinstrument Toegang (VIT) toegevoegd.",
                   {}};
  for (const auto& p : pages_of(site))
    if (p.vit)
      for (const auto& q : p.vit->vragen)
        if (q.lokaal)
          s.items.push_back({q.id + ": " + q.tekst,
                             link(p.output) + "#vraag-" + vit_id_slug(q.id),
                             {},
                             page_label(p),
                             link(p.output)});
  return s;
}

AfwijkingSoort verborgen_uitspraken(const ParsedSite& site, const SiteConfig& config) {
  AfwijkingSoort s{"verborgen-uitspraken",
                   "Uitspraken van het VIT die hier niet staan",
                   gemeente(config) +
                       " heeft deze uitspraken van de VNG weggelaten. U vindt ze in de versie "
                       "van de VNG.",
                   {}};
  for (const auto& id : config.verberg_vragen) {
    auto on = site.content.hidden_vragen.find(id);
    if (on == site.content.hidden_vragen.end()) continue;  // reported by apply_verberg
    std::string tekst;
    for (const auto& q : site.content.vervallen_vragen)
      if (q.id == id) tekst = q.tekst;
    Afwijking a{tekst.empty() ? id : id + ": " + tekst, {}, {}, {}, {}};
    if (const Page* p = by_source(site, on->second)) {
      a.bij_titel = page_label(*p);
      a.bij_url = link(p->output);
    }
    s.items.push_back(std::move(a));
  }
  return s;
}

using Collector = AfwijkingSoort (*)(const ParsedSite&, const SiteConfig&);
/// The kinds in the order of the page.
constexpr Collector kSoorten[] = {aanvullingen,     vervangen,           eigen_paginas,
                                  eigen_begrippen,  verborgen,           eigen_vit_delen,
                                  eigen_uitspraken, verborgen_uitspraken};

toml::table item_table(const Afwijking& a) {
  toml::table t{{"titel", a.titel}};
  if (!a.url.empty()) t.insert("url", a.url);
  if (!a.detail.empty()) t.insert("detail", a.detail);
  if (!a.bij_titel.empty()) t.insert("bij_titel", a.bij_titel);
  if (!a.bij_url.empty()) t.insert("bij_url", a.bij_url);
  return t;
}

}  // namespace

std::vector<AfwijkingSoort> collect_afwijkingen(const ParsedSite& site, const SiteConfig& config) {
  std::vector<AfwijkingSoort> out;
  for (Collector c : kSoorten) out.push_back(c(site, config));
  return out;
}

bool is_gemeente_copy(const SiteConfig& config) {
  return !config.gemeente.naam.empty() || !config.overlays.empty() || !config.verberg.empty() ||
         !config.verberg_vragen.empty();
}

void run_afwijkingen_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags) {
  if (!is_gemeente_copy(config)) return;
  toml::array groepen;
  std::size_t total = 0;
  for (const auto& s : collect_afwijkingen(site, config)) {
    if (s.items.empty()) continue;
    total += s.items.size();
    toml::array items;
    for (const auto& a : s.items) items.push_back(item_table(a));
    groepen.push_back(toml::table{{"soort", s.soort},
                                  {"kop", s.kop},
                                  {"uitleg", s.uitleg},
                                  {"aantal", static_cast<std::int64_t>(s.items.size())},
                                  {"items", std::move(items)}});
  }
  toml::table data{{"gemeente", gemeente(config)}, {"aantal", static_cast<std::int64_t>(total)}};
  if (groepen.empty()) data.insert("geen_afwijkingen", true);
  data.insert("groepen", std::move(groepen));

  for (Page& own : pages_of(site))
    if (own.output == kAfwijkingenOutput) {  // the gemeente's own page at that address: its text
      own.afwijkingen = std::move(data);     // first
      return;
    }
  Page p;
  p.output = kAfwijkingenOutput;
  p.title = "Wat wijkt af van de VNG-versie";
  p.kort = "Deze website is de versie van " + gemeente(config) +
           ". Hier staat wat anders is dan in de versie van de VNG. Bijvoorbeeld eigen tekst, of "
           "pagina's die zijn weggelaten.";
  p.afwijkingen = std::move(data);
  add_generated_page(site, std::move(p), diags);
}

}  // namespace ww
