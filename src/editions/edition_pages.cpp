#include "editions/edition_pages.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/html.h"
#include "markdown/links.h"

namespace ww {

namespace {

constexpr const char* kOverview = "wijzigingen.html";

std::string percentage(double share) {
  if (share <= 0) return "0%";
  if (share < 0.005) return "minder dan 1%";
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

std::string url(const std::string& from, const std::string& to) {
  return url_encode_path(relative_url(from, to));
}

toml::table segment(const DiffSegment& s) {
  return toml::table{{"tekst", s.text},
                     {"toegevoegd", s.kind == DiffKind::toegevoegd},
                     {"verwijderd", s.kind == DiffKind::verwijderd}};
}

struct Group {
  std::string kop;
  toml::array items;
};

toml::table item(std::string titel, std::string link, std::string detail,
                 std::string wijziging = {}) {
  toml::table t{{"titel", std::move(titel)}};
  if (!link.empty()) t.insert("url", std::move(link));
  if (!detail.empty()) t.insert("detail", std::move(detail));
  if (!wijziging.empty()) t.insert("wijziging_url", std::move(wijziging));
  return t;
}

toml::table reworded(const ItemChange& c) {
  return toml::table{{"titel", c.key}, {"oud", c.old_text}, {"nieuw", c.new_text}};
}

}  // namespace

std::string change_view_output(const std::string& source) {
  std::string slug = source;
  if (slug.ends_with(".md")) slug.resize(slug.size() - 3);
  for (char& c : slug)
    if (c == '/') c = '-';
  return "wijzigingen/" + slug + ".html";
}

void add_edition_pages(ParsedSite& site, const EditionChanges& changes, Diagnostics& diags) {
  std::map<std::string, std::size_t> by_source;
  for (std::size_t i = 0; i < site.pages.size(); ++i)
    by_source.emplace(site.pages[i].page.source, i);
  const std::string overview_url_from_view = "../" + std::string(kOverview);

  // One change view per changed or renamed page that is still on the site.
  std::map<std::string, std::string> view_of;  // new source -> change view output
  std::vector<Page> views;
  for (const auto* list : {&changes.changed, &changes.renamed})
    for (const PageChange& c : *list) {
      auto it = by_source.find(c.new_source);
      if (it == by_source.end()) continue;
      Page& target = site.pages[it->second].page;
      Page v;
      v.output = change_view_output(c.new_source);
      v.title = "Wat is er veranderd: " + target.title;
      v.kort = {};
      v.description =
          "De veranderingen in " + target.title + " sinds versie " + changes.previous + ".";
      v.template_name = "wijziging";
      toml::array segs;
      for (const auto& s : c.diff.segments) segs.push_back(segment(s));
      v.editie = toml::table{{"is_wijziging", true},
                             {"vorige", changes.previous},
                             {"pagina_url", url(v.output, target.output)},
                             {"pagina_titel", target.title},
                             {"percentage", percentage(c.diff.changed_share())},
                             {"overzicht_url", overview_url_from_view},
                             {"segmenten", std::move(segs)}};
      if (c.renamed) {
        v.editie.insert("hernoemd", true);
        v.editie.insert("oude_bron", c.old_source);
      }
      target.editie.insert_or_assign("vorige", changes.previous);
      target.editie.insert_or_assign("wijziging_url", url(target.output, v.output));
      view_of[c.new_source] = v.output;
      views.push_back(std::move(v));
    }
  for (auto& v : views) add_generated_page(site, std::move(v), diags);

  // The overview on wijzigingen.html.
  std::vector<Group> groups;
  auto page_link = [&](const std::string& source) -> std::string {
    auto it = by_source.find(source);
    return it == by_source.end() ? std::string()
                                 : url(kOverview, site.pages[it->second].page.output);
  };
  auto view_link = [&](const std::string& source) -> std::string {
    auto it = view_of.find(source);
    return it == view_of.end() ? std::string() : url(kOverview, it->second);
  };
  auto add = [&](std::string kop, toml::array items) {
    if (!items.empty()) groups.push_back({std::move(kop), std::move(items)});
  };
  toml::array a;
  for (const auto& c : changes.added) a.push_back(item(c.new_title, page_link(c.new_source), {}));
  add("Nieuwe pagina's", std::move(a));
  a = {};
  for (const auto& c : changes.changed)
    a.push_back(item(c.new_title, page_link(c.new_source),
                     percentage(c.diff.changed_share()) + " van de woorden veranderd",
                     view_link(c.new_source)));
  add("Veranderde pagina's", std::move(a));
  a = {};
  for (const auto& c : changes.renamed)
    a.push_back(item(c.new_title, page_link(c.new_source),
                     "heette eerder " + c.old_source + "; " + percentage(c.diff.changed_share()) +
                         " van de woorden veranderd",
                     view_link(c.new_source)));
  add("Pagina's met een nieuwe naam", std::move(a));
  a = {};
  for (const auto& c : changes.removed) a.push_back(item(c.old_title, {}, c.old_source));
  add("Verwijderde pagina's", std::move(a));
  auto items = [&](const ItemChanges& ic, const char* nieuw, const char* weg, const char* anders,
                   bool show_text) {
    toml::array x;
    for (const auto& c : ic.added)
      x.push_back(item(c.label, {}, show_text ? c.key : std::string()));
    add(nieuw, std::move(x));
    x = {};
    for (const auto& c : ic.removed)
      x.push_back(item(c.label, {}, show_text ? c.key : std::string()));
    add(weg, std::move(x));
    x = {};
    for (const auto& c : ic.changed) x.push_back(show_text ? reworded(c) : item(c.label, {}, {}));
    add(anders, std::move(x));
  };
  items(changes.termen, "Nieuwe begrippen in de woordenlijst",
        "Begrippen die uit de woordenlijst zijn gehaald", "Begrippen met een andere uitleg", false);
  items(changes.bronnen, "Nieuwe bronnen", "Bronnen die zijn verwijderd",
        "Bronnen met andere gegevens", false);
  items(changes.vit, "Nieuwe uitspraken in het VIT", "Uitspraken van het VIT die zijn vervallen",
        "Uitspraken van het VIT met een andere tekst", true);

  toml::array groepen;
  for (auto& g : groups)
    groepen.push_back(toml::table{{"kop", g.kop}, {"items", std::move(g.items)}});
  toml::table overview{{"is_overzicht", true}, {"vorige", changes.previous}};
  if (groepen.empty()) overview.insert("geen_wijzigingen", true);
  overview.insert("groepen", std::move(groepen));

  PageRecord* it = nullptr;
  for (auto& r : site.pages)
    if (r.page.output == kOverview) {
      it = &r;
      break;
    }
  if (it) {
    if (it->page.template_name.empty()) it->page.template_name = "wijzigingen";
    it->page.editie = std::move(overview);
  } else {
    Page p;
    p.output = kOverview;
    p.title = "Wat is er veranderd";
    p.kort = "Hier staat wat er is veranderd sinds versie " + changes.previous + ".";
    p.template_name = "wijzigingen";
    p.editie = std::move(overview);
    add_generated_page(site, std::move(p), diags);
  }
}

}  // namespace ww
