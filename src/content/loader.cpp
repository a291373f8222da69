#include "content/loader.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string_view>
#include <tuple>

#include "content/data_files.h"
#include "content/front_matter.h"
#include "content/overlays.h"
#include "content/page_schema.h"
#include "core/parallel.h"
#include "core/suggest.h"
#include "core/toml_util.h"
#include "core/utf8.h"

namespace ww {

const Page* SiteContent::find(const std::string& source) const {
  for (const auto& p : pages)
    if (p.source == source) return &p;
  return nullptr;
}

std::string output_path_for(const std::string& source) {
  std::string dir = path_dir(source);
  std::string stem = path_stem(source);
  if (stem == "_index") return dir.empty() ? "index.html" : dir + ".html";
  return path_join(dir, stem + ".html");
}

std::optional<Page> load_page(std::string text, const std::string& source, const std::string& file,
                              Diagnostics& diags) {
  if (auto bad = find_invalid_utf8(text)) {
    auto [line, col] = line_col_at(text, *bad);
    diags.error(
        {file, line, col}, "ongeldige UTF-8: het bestand moet als UTF-8 opgeslagen zijn",
        "sla het bestand op als UTF-8 (in Word of een editor: 'Opslaan als', codering UTF-8)",
        "utf8");
    return std::nullopt;
  }
  text = normalize_newlines(std::move(text));
  auto split = split_front_matter(text, file, diags);
  if (!split) return std::nullopt;
  Page page;
  page.source = source;
  page.file = file;
  auto slash = source.find('/');
  page.section = slash == std::string::npos ? std::string{} : source.substr(0, slash);
  page.is_index = path_stem(source) == "_index";
  page.output = output_path_for(source);
  page.front_line = split->front_line;
  page.body = std::move(split->body);
  page.body_line = split->body_line;
  auto front = parse_toml(split->front, file, split->front_line - 1, diags);
  if (!front) return std::nullopt;
  apply_front_matter(page, *front, diags);
  // Findings inside these texts point into the file (check, B1), which is not read again.
  if (!page.kort.empty()) page.kort_origin = toml_string_origin(text, page.kort_pos);
  if (page.kenmerk && !page.kenmerk->gewone_taal.empty())
    page.kenmerk->gewone_taal_origin = toml_string_origin(text, page.kenmerk->gewone_taal_pos);
  return page;
}

void sort_pages(std::vector<Page>& pages) {
  std::map<std::string, std::int64_t> section_weight;
  for (const auto& p : pages)
    if (p.is_index && !p.section.empty()) section_weight[p.section] = p.weight;
  // Each page's key made once (views into the pages, which stay where they are until the end),
  // then the order sorted and each page moved once: a comparison made two keys with copies of
  // the section and the source and two map lookups, and the sort moved whole pages.
  using Key = std::tuple<std::int64_t, std::int64_t, std::string_view, int, int, std::int64_t,
                         std::string_view>;
  std::vector<Key> keys;
  keys.reserve(pages.size());
  for (const Page& p : pages) {
    std::int64_t top = p.section.empty() ? 0 : 1;
    auto it = section_weight.find(p.section);
    std::int64_t sw = it == section_weight.end() ? 0 : it->second;
    // A gemeente's own VIT parts come after VNG's 13, in their own weight order.
    int lokaal = p.vit && p.vit->lokaal ? 1 : 0;
    keys.emplace_back(top, sw, p.section, p.is_index ? 0 : 1, lokaal, p.weight, p.source);
  }
  std::vector<std::size_t> order(pages.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<Page> sorted;
  sorted.reserve(pages.size());
  for (std::size_t i : order) sorted.push_back(std::move(pages[i]));
  pages = std::move(sorted);
}

namespace {

/// True for names with characters that cannot stand in a relative link to the published file.
bool url_unsafe_name(const std::string& rel) {
  for (char ch : rel) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7f || std::strchr("#?%:\\\"<>|", c)) return true;
  }
  return false;
}

bool has_suffix(const std::string& s, const std::string& suffix) {
  return s.size() > suffix.size() && s.ends_with(suffix);
}

/// Merges a data file of a lower-priority root into what a higher one already gave:
/// entries are added; an entry already present (same key) stays as the higher root has it.
/// Only earlier files count: a key twice within one file is kept twice, so the checks of
/// that data (e.g. a retired VIT id listed twice) can report it.
template <typename T, typename Key>
void merge_entries(std::vector<T>& into, std::vector<T> more, Key key) {
  const auto earlier = static_cast<std::ptrdiff_t>(into.size());
  for (auto& e : more) {
    bool present = std::any_of(into.begin(), into.begin() + earlier,
                               [&](const T& x) { return key(x) == key(e); });
    if (!present) into.push_back(std::move(e));
  }
}

}  // namespace

SiteContent load_content(const FileSystem& fs, const SiteConfig& config, const LoadOptions& options,
                         Diagnostics& diags) {
  SiteContent site;
  const std::string content_root = config.resolve(config.content_dir);
  if (!fs.is_dir(content_root)) {
    diags.error(
        {config.file, 0, 0}, "contentmap '" + content_root + "' bestaat niet",
        config.kader_editie.empty()
            ? "zet content_dir in " + config.file
            : "haal de tekst van de VNG (editie " + config.kader_editie +
                  ") op met: sh scripts/ophalen.sh kader (zie README.md), of zet content_dir in " +
                  config.file,
        "content-ontbreekt");
    return site;
  }
  // rel -> file of the root that wins (overlays first, content last).
  std::map<std::string, std::string> winner;
  std::map<std::string, std::string> base_file;  // rel -> file in content/, for replaced pages
  std::vector<std::pair<std::string, std::string>> aanvullingen;  // (target rel, file)
  std::vector<std::pair<std::string, std::string>> data_files;    // (rel, file), priority order
  for (const auto& root : content_roots(fs, config, diags)) {
    std::vector<std::string> problems;
    auto files = fs.list_files(root.dir, problems);
    for (const auto& p : problems)
      diags.error({p.substr(0, p.find(": ")), 0, 0}, p.substr(p.find(": ") + 2), {}, "bestand");
    for (const auto& rel : files) {
      if (path_file(rel).front() == '.') continue;  // editor and system files
      const std::string file = path_join(root.dir, rel);
      if (url_unsafe_name(rel)) {
        diags.error(
            {file, 0, 0},
            "de bestandsnaam bevat een teken dat niet in een webadres kan (# ? % : \\ \" < > |)",
            "hernoem het bestand; spaties en letters met accenten mogen wel", "bestandsnaam");
        continue;
      }
      if (std::string target = aanvulling_target(rel); !target.empty()) {
        if (!root.is_overlay)
          diags.error({file, 1, 1}, "een aanvulling hoort in een overlaymap, niet in " + root.dir,
                      "zet het bestand in de map van de gemeente (overlays in site-config.toml)",
                      "aanvulling");
        else
          aanvullingen.emplace_back(target, file);
        continue;
      }
      if (std::string meant = root.is_overlay ? aanvulling_near_miss(rel) : std::string();
          !meant.empty()) {
        diags.error(
            {file, 1, 1},
            "'" + path_file(rel) + "' lijkt een aanvulling, maar wordt nu een nieuwe pagina",
            "bedoelde u '" + path_file(meant) + "'? Een aanvulling eindigt op .aanvulling.md",
            "aanvulling");
        continue;
      }
      if (rel == "bronnen.toml" || rel == "afkortingen.toml" || rel == "eindnoten.toml" ||
          rel == "vit/vervallen.toml") {
        data_files.emplace_back(rel, file);
        continue;
      }
      if (!root.is_overlay) base_file[rel] = file;
      winner.emplace(rel, file);  // the first root to offer a path wins
    }
  }
  // Pages are read and parsed in parallel (slot i per page), then taken in path order.
  std::vector<const std::pair<const std::string, std::string>*> md_files;
  for (const auto& entry : winner)
    if (has_suffix(entry.first, ".md")) md_files.push_back(&entry);
  std::vector<std::optional<Page>> loaded(md_files.size());
  std::vector<Diagnostics> page_diags(md_files.size());
  parallel_for(md_files.size(), options.workers, [&](std::size_t i) {
    const auto& [rel, file] = *md_files[i];
    auto text = fs.read(file);
    if (!text) {
      page_diags[i].error({file, 0, 0}, "bestand kan niet gelezen worden", {}, "bestand");
      return;
    }
    loaded[i] = load_page(std::move(*text), rel, file, page_diags[i]);
  });
  for (std::size_t i = 0; i < md_files.size(); ++i) {
    diags.merge(std::move(page_diags[i]));
    auto& page = loaded[i];
    if (!page) continue;
    if (page->draft && !options.drafts) {
      site.drafts.push_back(page->source);
      continue;
    }
    const auto& [rel, file] = *md_files[i];
    auto base_it = base_file.find(rel);
    page->eigen = base_it == base_file.end() || base_it->second != file;
    if (auto b = base_it; b != base_file.end() && b->second != file) {
      page->vervangt = true;
      site.replaced.emplace_back(file, b->second);
      // A replaced page keeps the base page's place in its menu unless it sets its own weight.
      if (!page->front.contains("weight")) {
        Diagnostics ignored;  // the base page is not published; its problems are not the gemeente's
        if (auto base_text = fs.read(b->second))
          if (auto base = load_page(std::move(*base_text), rel, b->second, ignored))
            page->weight = base->weight;
      }
    }
    if (page->vit && page->vit->lokaal && (!page->eigen || page->vervangt)) {
      // VNG's content cannot have parts "of the gemeente", and a local part never replaces one of
      // VNG's VIT pages: its answers would then be split from the answers to that page.
      diags.error(page->vit->lokaal_pos,
                  page->eigen ? "een eigen VIT-deel (lokaal = true) kan geen VIT-pagina van de "
                                "VNG vervangen"
                              : "lokaal = true kan alleen in de map van de gemeente (een overlay)",
                  page->eigen ? "geef het bestand een eigen naam, bijv. lokaal/vit/governance.md"
                              : "zet een eigen VIT-deel in de overlay van de gemeente, bijv. "
                                "lokaal/vit/governance.md",
                  "vit-lokaal-deel");
      page->vit->lokaal = false;
    }
    site.pages.push_back(std::move(*page));
  }
  for (const auto& [rel, file] : winner) {
    if (has_suffix(rel, ".md")) continue;
    if (has_suffix(rel, ".toml")) {
      diags.warning({file, 0, 0}, "onbekend databestand wordt niet gebruikt", {}, "bestand");
    } else {
      site.assets.push_back(rel);
      site.asset_origin[rel] = file;
    }
  }
  for (const auto& [rel, file] : data_files) {
    auto text = fs.read(file);
    if (!text) continue;
    std::string t = normalize_newlines(std::move(*text));
    if (rel == "bronnen.toml")
      merge_entries(site.bronnen, parse_bronnen(t, file, diags),
                    [](const Bron& b) { return b.key; });
    else if (rel == "afkortingen.toml")
      merge_entries(site.afkortingen, parse_afkortingen(t, file, diags),
                    [](const Afkorting& a) { return a.afkorting; });
    else if (rel == "eindnoten.toml")
      merge_entries(site.eindnoten, parse_eindnoten(t, file, diags),
                    [](const Eindnoot& e) { return e.nummer; });
    else
      merge_entries(site.vervallen_vragen, parse_vervallen_vragen(t, file, diags),
                    [](const VitVraag& v) { return v.id; });
  }
  std::sort(site.bronnen.begin(), site.bronnen.end(),
            [](const Bron& a, const Bron& b) { return a.key < b.key; });
  std::sort(site.eindnoten.begin(), site.eindnoten.end(),
            [](const Eindnoot& a, const Eindnoot& b) { return a.nummer < b.nummer; });
  std::sort(site.afkortingen.begin(), site.afkortingen.end(),
            [](const Afkorting& a, const Afkorting& b) { return a.afkorting < b.afkorting; });
  std::vector<std::string> sources;
  for (const auto& p : site.pages) sources.push_back(p.source);
  for (const auto& [target, file] : aanvullingen) {
    auto it = std::find_if(site.pages.begin(), site.pages.end(), [&target = target](const Page& p) {
      return p.source == target;
    });  // clang 14
    if (it == site.pages.end()) {
      diags.error({file, 1, 1}, "aanvulling op een pagina die niet (meer) bestaat: " + target,
                  did_you_mean(target, sources), "aanvulling-wees");
      continue;
    }
    if (it->aanvulling) {
      diags.warning({file, 1, 1},
                    "er is al een aanvulling op " + target + " (" + it->aanvulling->file +
                        "); deze wordt niet gebruikt",
                    {}, "aanvulling");
      continue;
    }
    auto text = fs.read(file);
    if (text) attach_aanvulling(*it, std::move(*text), file, config, diags);
  }
  apply_verberg(site, config, diags);
  sort_pages(site.pages);
  return site;
}

}  // namespace ww
