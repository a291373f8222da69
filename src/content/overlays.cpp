#include "content/overlays.h"

#include <algorithm>
#include <cctype>

#include "content/front_matter.h"
#include "core/suggest.h"
#include "core/toml_util.h"
#include "core/utf8.h"

namespace ww {

std::vector<ContentRoot> content_roots(const FileSystem& fs, const SiteConfig& config,
                                       Diagnostics& diags) {
  std::vector<ContentRoot> roots;
  for (const auto& o : config.overlays) {
    auto norm = path_normalize(o);
    if (o.empty() || o.front() == '/' || !norm || norm->empty()) {
      diags.error(config.overlays_pos, "overlay '" + o + "' moet een map binnen de sitemap zijn",
                  "schrijf een relatief pad, bijv. overlays = [\"lokaal\"]", "overlay-pad");
      continue;
    }
    std::string dir = config.resolve(*norm);
    if (!fs.is_dir(dir)) {
      diags.error(config.overlays_pos, "overlaymap '" + dir + "' bestaat niet", {}, "overlay-pad");
      continue;
    }
    roots.push_back({dir, true});
  }
  roots.push_back({config.resolve(config.content_dir), false});
  return roots;
}

std::string aanvulling_target(const std::string& rel) {
  static const std::string suffix = ".aanvulling.md";
  if (rel.size() <= suffix.size() || !rel.ends_with(suffix)) return {};
  return rel.substr(0, rel.size() - suffix.size()) + ".md";
}

std::string aanvulling_near_miss(const std::string& rel) {
  static const std::string word = "aanvulling";
  if (rel.size() < 4 || !rel.ends_with(".md") || !aanvulling_target(rel).empty()) return {};
  std::string stem = rel.substr(0, rel.size() - 3);
  std::size_t slash = stem.rfind('/');
  std::size_t sep = stem.find_last_of(".-_ ");
  if (sep == std::string::npos || (slash != std::string::npos && sep < slash) || sep == 0 ||
      stem[sep - 1] == '/')
    return {};
  std::string last = stem.substr(sep + 1);
  std::string lower;
  for (char c : last) lower += char(std::tolower(static_cast<unsigned char>(c)));
  // After a dot a near spelling counts ("aanvuling"); after '-', '_' or a space only the word
  // itself, so a local page "lokale-aanvullingen.md" stays a page.
  if (lower.size() < 6 || edit_distance(lower, word) > (stem[sep] == '.' ? 3 : 0)) return {};
  if (lower == word && stem[sep] == '.') return {};
  return stem.substr(0, sep) + ".aanvulling.md";
}

void warn_placeholders(const std::string& text, const std::string& file, Diagnostics& diags) {
  // What `init gemeente` and editors leave as a stand-in; matched case-insensitively at word start.
  static const char* const markers[] = {
      "todo",        "schrijf hier", "dit voorbeeld wordt niet gepubliceerd",
      "lorem ipsum", "tekst volgt",  "xxx"};
  std::string lower;
  lower.reserve(text.size());
  for (char c : text) lower += char(std::tolower(static_cast<unsigned char>(c)));
  std::size_t first = std::string::npos;
  std::string found;
  for (const char* m : markers) {
    for (std::size_t at = lower.find(m); at != std::string::npos; at = lower.find(m, at + 1)) {
      bool word_start = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
      std::size_t end = at + std::char_traits<char>::length(m);
      bool word_end = end >= lower.size() || !std::isalnum(static_cast<unsigned char>(lower[end]));
      if (!word_start || !word_end) continue;
      if (at < first) {
        first = at;
        found = text.substr(at, end - at);
      }
      break;
    }
  }
  if (first == std::string::npos) return;
  auto [line, col] = line_col_at(text, first);
  diags.warning({file, line, col},
                "deze tekst lijkt nog een voorbeeld of opvultekst ('" + found + "')",
                "schrijf de echte tekst van de gemeente, of haal het bestand weg; anders wordt dit "
                "zo gepubliceerd",
                "opvultekst");
}

void attach_aanvulling(Page& page, std::string text, const std::string& file,
                       const SiteConfig& config, Diagnostics& diags) {
  if (auto bad = find_invalid_utf8(text)) {
    auto [line, col] = line_col_at(text, *bad);
    diags.error({file, line, col}, "ongeldige UTF-8: het bestand moet als UTF-8 opgeslagen zijn",
                {}, "utf8");
    return;
  }
  text = normalize_newlines(std::move(text));
  warn_placeholders(text, file, diags);
  Aanvulling a;
  a.file = file;
  a.title = "Zo doen wij dit" +
            (config.gemeente.naam.empty() ? std::string{} : " in " + config.gemeente.naam);
  if (text.starts_with("+++")) {
    auto split = split_front_matter(text, file, diags);
    if (!split) return;
    auto front = parse_toml(split->front, file, split->front_line - 1, diags);
    if (!front) return;
    check_known_keys(*front, {"title", "vraag", "na_kop"}, file, split->front_line - 1,
                     "een aanvulling", diags);
    if (const auto* t = front->get("title"); t && t->is_string())
      a.title = *t->value<std::string>();
    if (const auto* k = front->get("na_kop")) {
      const SourcePos pos = toml_pos(file, k->source(), split->front_line - 1);
      if (k->is_string() && !k->value<std::string>()->empty()) {
        a.na_kop = *k->value<std::string>();
        a.na_kop_pos = pos;
      } else {
        diags.error(pos, "'na_kop' moet de tekst of het id van een kop op de pagina zijn",
                    "bijv. na_kop = \"Gevolgen voor gemeenten\"", "aanvulling");
      }
    }
    if (const auto* v = front->get("vraag")) {
      const toml::array* arr = v->as_array();
      if (!page.vit || !arr || !arr->is_array_of_tables()) {
        diags.error(toml_pos(file, v->source(), split->front_line - 1),
                    page.vit ? "'vraag' moet een lijst met [[vraag]]-tabellen zijn"
                             : "[[vraag]] kan alleen in een aanvulling op een VIT-pagina",
                    {}, "vit-veld");
      } else {
        for (const auto& e : *arr) {
          const toml::table& q = *e.as_table();
          check_known_keys(q, {"id", "tekst", "uitleg"}, file, split->front_line - 1, "[[vraag]]",
                           diags);
          VitVraag vr;
          vr.lokaal = true;
          vr.pos = toml_pos(file, e.source(), split->front_line - 1);
          if (const auto* id = q.get("id"); id && id->is_string()) {
            vr.id = *id->value<std::string>();
            vr.pos = toml_pos(file, id->source(), split->front_line - 1);
          } else {
            diags.error(vr.pos, "[[vraag]] zonder 'id'",
                        "een lokale vraag krijgt een eigen id, bijv. \"KW-1\"", "vit-veld");
          }
          if (const auto* tk = q.get("tekst"); tk && tk->is_string())
            vr.tekst = *tk->value<std::string>();
          else
            diags.error(vr.pos, "[[vraag]] zonder 'tekst'", {}, "vit-veld");
          if (const auto* u = q.get("uitleg"); u && u->is_string())
            vr.uitleg = *u->value<std::string>();
          page.vit->vragen.push_back(std::move(vr));
        }
      }
    }
    a.body = std::move(split->body);
    a.body_line = split->body_line;
  } else {
    a.body = std::move(text);
  }
  page.aanvulling = std::move(a);
}

void apply_verberg(SiteContent& site, const SiteConfig& config, Diagnostics& diags) {
  std::vector<std::string> sources;
  for (const auto& p : site.pages) sources.push_back(p.source);
  for (const auto& v : config.verberg) {
    auto it = std::find_if(site.pages.begin(), site.pages.end(),
                           [&](const Page& p) { return p.source == v; });
    if (it == site.pages.end()) {
      diags.error(config.verberg_pos, "verberg noemt '" + v + "', maar die pagina bestaat niet",
                  did_you_mean(v, sources), "verberg");
      continue;
    }
    site.hidden.push_back(v);
    site.hidden_titles[v] = it->title;
    site.pages.erase(it);
  }
  std::sort(site.hidden.begin(), site.hidden.end());
  for (const auto& id : config.verberg_vragen) {
    bool found = false;
    for (auto& p : site.pages) {
      if (!p.vit) continue;
      auto& vs = p.vit->vragen;
      auto it = std::find_if(vs.begin(), vs.end(),
                             [&](const VitVraag& q) { return q.id == id && !q.lokaal; });
      if (it != vs.end()) {
        site.vervallen_vragen.push_back(*it);  // id stays reserved; saved answers stay visible
        site.hidden_vragen[id] = p.source;
        vs.erase(it);
        found = true;
      }
    }
    if (!found) {
      std::vector<std::string> ids;
      for (const auto& p : site.pages)
        if (p.vit)
          for (const auto& q : p.vit->vragen)
            if (!q.lokaal) ids.push_back(q.id);
      std::size_t index = std::size_t(&id - config.verberg_vragen.data());
      SourcePos pos = index < config.verberg_vragen_pos.size() ? config.verberg_vragen_pos[index]
                                                               : SourcePos{config.file, 0, 0};
      std::string hint = did_you_mean(id, ids);
      if (hint.empty()) hint = "een vraag-id staat als \"5.2\" bij de vraag in content/vit/";
      diags.error(pos, "verberg_vragen noemt vraag '" + id + "', maar die bestaat niet", hint,
                  "verberg");
    }
  }
}

}  // namespace ww
