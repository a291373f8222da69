#include "editions/edition_pages.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include "core/html.h"
#include "markdown/links.h"
#include "search/documents.h"
#include "xref/citations.h"
#include "xref/generated_pages.h"
#include "xref/xref_paths.h"

namespace ww {

namespace {

constexpr const char* kOverview = "wijzigingen.html";

/// "ongeveer 12%", "minder dan 1%": how much of the text changed, in words readers use.
std::string percentage(double share) {
  if (share <= 0) return "0%";
  if (share < 0.005) return "minder dan 1%";
  return "ongeveer " + std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

std::string url(const std::string& from, const std::string& to) {
  return url_encode_path(relative_url(from, to));
}

toml::table segment(const DiffSegment& s) {
  return toml::table{{"tekst", s.text},
                     {"toegevoegd", s.kind == DiffKind::toegevoegd},
                     {"verwijderd", s.kind == DiffKind::verwijderd}};
}

const char* container_flag(ContainerKind k) {
  switch (k) {
    case ContainerKind::lijst:
      return "is_lijst";
    case ContainerKind::item:
      return "is_item";
    case ContainerKind::tabel:
      return "is_tabel";
    case ContainerKind::rij:
      return "is_rij";
    case ContainerKind::citaat:
      return "is_citaat";
    case ContainerKind::kort:
      return "is_kort";
    case ContainerKind::gewone_taal:
      return "is_gewone_taal";
    case ContainerKind::noten:
      return "is_noten";
  }
  return "";
}

const char* block_flag(BlockKind k) {
  switch (k) {
    case BlockKind::kop:
      return "is_kop";
    case BlockKind::alinea:
      return "is_alinea";
    case BlockKind::tekst:
      return "is_tekst";
    case BlockKind::cel:
      return "is_cel";
    case BlockKind::code:
      return "is_code";
  }
  return "";
}

/// The steps of a block diff as data for the `wijziging` template. Only the flags that are true are
/// set (a big site has a thousand views of whole pages); the names occur nowhere else in the
/// template data, so a missing flag is false.
/// Every changed block gets an anchor ("verandering-1", ...) so a reader can jump to the changes;
/// `count` is set to how many there are.
toml::array steps_data(const BlockDiff& diff, std::size_t& count) {
  toml::array out;
  count = 0;
  std::vector<bool> header_row;  // per open table row: is it the header row
  for (const DiffStep& s : diff.steps) {
    toml::table t;
    auto flag = [&t](const std::string& name) { t.insert(name, true); };
    if (s.type == DiffStep::Type::blok) {
      flag("is_blok");
      flag(block_flag(s.kind));
      // The page title is h3 under the view's "De tekst met de veranderingen" (h2); the page's own
      // headings follow one level lower.
      if (s.kind == BlockKind::kop) flag("h" + std::to_string(std::clamp(s.niveau + 2, 3, 6)));
      if (s.kind == BlockKind::cel && !header_row.empty() && header_row.back()) flag("kopcel");
      toml::array segs;
      for (const auto& seg : s.segments) segs.push_back(segment(seg));
      t.insert("segmenten", std::move(segs));
      if (s.status != BlockStatus::zelfde)
        t.insert("anker", "verandering-" + std::to_string(++count));
    } else {
      const bool begin = s.type == DiffStep::Type::begin;
      flag(begin ? "is_begin" : "is_einde");
      flag(container_flag(s.container.kind));
      if (s.container.genummerd) flag("genummerd");
      if (s.container.kind == ContainerKind::rij) {
        if (begin)
          header_row.push_back(s.container.kop);
        else if (!header_row.empty())
          header_row.pop_back();
      }
    }
    const bool marks_block =
        s.type == DiffStep::Type::blok ||
        (s.type == DiffStep::Type::begin && s.container.kind == ContainerKind::item);
    if (marks_block && s.status == BlockStatus::toegevoegd) flag("blok_toegevoegd");
    if (marks_block && s.status == BlockStatus::verwijderd) flag("blok_verwijderd");
    if (marks_block && s.status == BlockStatus::gewijzigd) flag("blok_gewijzigd");
    out.push_back(std::move(t));
  }
  return out;
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
      std::size_t changed_blocks = 0;
      v.editie = toml::table{{"is_wijziging", true},
                             {"vorige", changes.previous},
                             {"pagina_url", url(v.output, target.output)},
                             {"pagina_titel", target.title},
                             {"percentage", percentage(c.diff.changed_share())},
                             {"overzicht_url", overview_url_from_view},
                             {"stappen", steps_data(c.blocks, changed_blocks)}};
      if (changed_blocks > 0) {
        v.editie.insert("veranderingen", static_cast<std::int64_t>(changed_blocks));
        v.editie.insert("een_verandering", changed_blocks == 1);
      }
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
                     percentage(c.diff.changed_share()) + " van de tekst veranderd",
                     view_link(c.new_source)));
  add("Veranderde pagina's", std::move(a));
  a = {};
  for (const auto& c : changes.renamed)
    a.push_back(item(c.new_title, page_link(c.new_source),
                     "heette eerder " + c.old_source + "; " + percentage(c.diff.changed_share()) +
                         " van de tekst veranderd",
                     view_link(c.new_source)));
  add("Pagina's met een nieuwe naam", std::move(a));
  a = {};
  for (const auto& c : changes.removed) a.push_back(item(c.old_title, {}, c.old_source));
  add("Verwijderde pagina's", std::move(a));
  // Glossary terms link to their page (and a reworded term to its page's change view); sources
  // to their entry on bronnen.html; VIT statements show the earlier and the new text.
  std::map<std::string, std::string> source_of_file;
  for (const auto& p : pages_of(site)) source_of_file.emplace(p.file, p.source);
  auto term_links = [&](const ItemChange& c, bool with_view) {
    auto it = source_of_file.find(c.file);
    if (it == source_of_file.end()) return item(c.label, {}, {});
    return item(c.label, page_link(it->second), {}, with_view ? view_link(it->second) : "");
  };
  auto bron_link = [&](const ItemChange& c) {
    return url(kOverview, std::string(kBronnenOutput) + "#" + bron_anchor(c.key));
  };
  auto items = [&](const ItemChanges& ic, const char* nieuw, const char* weg, const char* anders,
                   const std::function<toml::table(const ItemChange&)>& added,
                   const std::function<toml::table(const ItemChange&)>& changed) {
    toml::array x;
    for (const auto& c : ic.added) x.push_back(added(c));
    add(nieuw, std::move(x));
    x = {};
    for (const auto& c : ic.removed)  // a VIT statement with its id, to find an old answer by
      x.push_back(item(c.label, {}, &ic == &changes.vit ? c.key : std::string()));
    add(weg, std::move(x));
    x = {};
    for (const auto& c : ic.changed) x.push_back(changed(c));
    add(anders, std::move(x));
  };
  items(
      changes.termen, "Nieuwe begrippen in de woordenlijst",
      "Begrippen die uit de woordenlijst zijn gehaald", "Begrippen met een andere uitleg",
      [&](const ItemChange& c) { return term_links(c, false); },
      [&](const ItemChange& c) { return term_links(c, true); });
  items(
      changes.bronnen, "Nieuwe bronnen", "Bronnen die zijn verwijderd",
      "Bronnen met andere gegevens",
      [&](const ItemChange& c) { return item(c.label, bron_link(c), {}); },
      [&](const ItemChange& c) {
        toml::table t = reworded(c);
        t.insert_or_assign("titel", c.label);
        t.insert("url", bron_link(c));
        return t;
      });
  auto vraag_link = [&](const ItemChange& c) {
    auto it = source_of_file.find(c.file);
    if (it == source_of_file.end()) return std::string();
    const std::string page = page_link(it->second);
    return page.empty() ? page : page + "#" + vit_question_anchor(c.key);
  };
  items(
      changes.vit, "Nieuwe uitspraken in het VIT", "Uitspraken van het VIT die zijn vervallen",
      "Uitspraken van het VIT met een andere tekst",
      [&](const ItemChange& c) { return item(c.label, vraag_link(c), c.key); },
      [&](const ItemChange& c) {
        toml::table t = reworded(c);
        if (auto link = vraag_link(c); !link.empty()) t.insert("url", link);
        return t;
      });

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
