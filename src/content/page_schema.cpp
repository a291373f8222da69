#include "content/page_schema.h"

#include <algorithm>

#include "core/toml_util.h"

namespace ww {

namespace {

struct FieldReader {
  const Page& page;
  Diagnostics& diags;
  int offset() const { return page.front_line - 1; }
  SourcePos pos(const toml::node& n) const { return toml_pos(page.file, n.source(), offset()); }

  void wrong(const toml::node& n, const std::string& key, const char* expected) {
    diags.error(pos(n),
                "'" + key + "' moet " + expected + " zijn, maar is " + toml_type_name(n.type()), {},
                "front-matter-type");
  }
  const toml::node* required(const toml::table& t, const std::string& key) {
    const toml::node* n = t.get(key);
    if (!n)
      diags.error({page.file, 1, 1},
                  "verplichte sleutel '" + key + "' ontbreekt in de front matter",
                  "voeg bijvoorbeeld toe: " + key + " = ...", "front-matter-verplicht");
    return n;
  }
  bool str(const toml::node* n, const std::string& key, std::string& out) {
    if (!n) return false;
    if (!n->is_string()) {
      wrong(*n, key, "tekst");
      return false;
    }
    out = *n->value<std::string>();
    return true;
  }
  bool integer(const toml::node* n, const std::string& key, std::int64_t& out) {
    if (!n) return false;
    if (!n->is_integer()) {
      wrong(*n, key, "een geheel getal");
      return false;
    }
    out = *n->value<std::int64_t>();
    return true;
  }
  bool boolean(const toml::node* n, const std::string& key, bool& out) {
    if (!n) return false;
    if (!n->is_boolean()) {
      wrong(*n, key, "true of false");
      return false;
    }
    out = *n->value<bool>();
    return true;
  }
};

const std::vector<std::string> kCommonKeys = {"title", "weight",   "kort",    "description",
                                              "draft", "template", "aliassen"};

/// An alias is a path inside the site ending in .html: no "..", no leading "/", no URL syntax.
std::string alias_problem(const std::string& a) {
  if (a.empty()) return "is leeg";
  if (a.size() < 6 || !a.ends_with(".html")) return "eindigt niet op .html";
  if (a.front() == '/')
    return "begint met /: schrijf het pad vanaf de hoofdmap van de site, zonder / ervoor";
  for (unsigned char c : a)
    if (c < 0x20 || c == 0x7f || c == '\\' || c == '?' || c == '#' || c == ':' || c == '%' ||
        c == '"' || c == '<' || c == '>')
      return "bevat een teken dat niet in een bestandsnaam van de site mag";
  std::size_t start = 0;
  while (start <= a.size()) {
    std::size_t end = a.find('/', start);
    if (end == std::string::npos) end = a.size();
    const std::string part = a.substr(start, end - start);
    if (part == ".." || part == ".") return "bevat '" + part + "': een alias ligt binnen de site";
    if (part.empty()) return "bevat een lege map (//)";
    start = end + 1;
  }
  return {};
}

void read_aliases(Page& page, const toml::table& t, FieldReader& r, Diagnostics& diags) {
  const toml::node* n = t.get("aliassen");
  if (!n) return;
  const toml::array* a = n->as_array();
  if (!a) {
    r.wrong(*n, "aliassen", "een lijst met oude adressen (\"map/pagina.html\")");
    return;
  }
  for (const auto& e : *a) {
    if (!e.is_string()) {
      r.wrong(e, "aliassen", "tekst");
      continue;
    }
    const std::string alias = *e.value<std::string>();
    if (std::string problem = alias_problem(alias); !problem.empty()) {
      diags.error(r.pos(e), "alias '" + alias + "' " + problem,
                  "schrijf het oude adres vanaf de hoofdmap van de site, bijv. "
                  "\"basiskenmerken/06-oud.html\"",
                  "alias");
      continue;
    }
    page.aliassen.emplace_back(alias, r.pos(e));
  }
}

std::vector<std::string> allowed_keys(const Page& page) {
  std::vector<std::string> keys = kCommonKeys;
  if (page.section == "basiskenmerken")
    keys.insert(keys.end(), {"nummer", "waarde", "zie_ook", "gewone_taal"});
  if (page.section == "woordenlijst")
    keys.insert(keys.end(), {"term", "varianten", "uitzonderingen"});
  if (page.section == "vit") keys.insert(keys.end(), {"kenmerk", "vraag", "lokaal"});
  return keys;
}

void read_kenmerk(Page& page, const toml::table& t, FieldReader& r, Diagnostics& diags) {
  Basiskenmerk k;
  std::int64_t nummer = 0;
  if (r.integer(r.required(t, "nummer"), "nummer", nummer)) {
    if (nummer < 1 || nummer > 13)
      diags.error(r.pos(*t.get("nummer")),
                  "'nummer' moet tussen 1 en 13 liggen, maar is " + std::to_string(nummer), {},
                  "front-matter-waarde");
    k.nummer = static_cast<int>(nummer);
  }
  if (r.str(r.required(t, "waarde"), "waarde", k.waarde)) {
    if (k.waarde != "dichtbij" && k.waarde != "integraal" && k.waarde != "mandaat")
      diags.error(
          r.pos(*t.get("waarde")),
          "'waarde' moet 'dichtbij', 'integraal' of 'mandaat' zijn, maar is '" + k.waarde + "'", {},
          "front-matter-waarde");
  }
  k.zie_ook_pos = {page.file, 1, 1};
  if (const toml::node* n = t.get("zie_ook")) {
    k.zie_ook_pos = r.pos(*n);
    if (const toml::array* a = n->as_array()) {
      for (const auto& e : *a) {
        if (e.is_integer())
          k.zie_ook.push_back(static_cast<int>(*e.value<std::int64_t>()));
        else
          r.wrong(e, "zie_ook", "een geheel getal");
      }
    } else {
      r.wrong(*n, "zie_ook", "een lijst met nummers");
    }
  }
  if (const toml::node* n = t.get("gewone_taal")) {
    r.str(n, "gewone_taal", k.gewone_taal);
    k.gewone_taal_pos = r.pos(*n);
  }
  page.kenmerk = std::move(k);
}

void read_term(Page& page, const toml::table& t, FieldReader& r) {
  TermInfo info;
  info.pos = {page.file, 1, 1};
  if (const toml::node* n = r.required(t, "term")) {
    r.str(n, "term", info.term);
    info.pos = r.pos(*n);
  }
  for (auto [key, out] : {std::pair{"varianten", &info.varianten},
                          std::pair{"uitzonderingen", &info.uitzonderingen}}) {
    const toml::node* n = t.get(key);
    if (!n) continue;
    if (const toml::array* a = n->as_array()) {
      for (const auto& e : *a) {
        if (e.is_string())
          out->push_back(*e.value<std::string>());
        else
          r.wrong(e, key, "tekst");
      }
    } else {
      r.wrong(*n, key, "een lijst met teksten");
    }
  }
  if (page.title.empty()) page.title = info.term;
  page.term = std::move(info);
}

void read_vit(Page& page, const toml::table& t, FieldReader& r, Diagnostics& diags) {
  VitInfo info;
  if (const toml::node* n = t.get("lokaal")) {
    r.boolean(n, "lokaal", info.lokaal);
    info.lokaal_pos = r.pos(*n);
  }
  if (info.lokaal) {
    // A gemeente's own part: no basiskenmerk; where it may stand is checked by the loader.
    std::string name = page.source.substr(page.source.rfind('/') + 1);
    info.deel = name.substr(0, name.size() - 3);
    if (const toml::node* n = t.get("kenmerk"))
      diags.error(r.pos(*n), "een eigen VIT-deel (lokaal = true) hoort niet bij een basiskenmerk",
                  "haal 'kenmerk' weg, of haal 'lokaal = true' weg als dit deel bij een "
                  "basiskenmerk van de VNG hoort",
                  "vit-lokaal-deel");
  }
  std::int64_t kenmerk = 0;
  if (!info.lokaal && !t.get("kenmerk")) {
    diags.error({page.file, 1, 1}, "verplichte sleutel 'kenmerk' ontbreekt in de front matter",
                "voeg toe: kenmerk = <nummer van het basiskenmerk>; of, voor een eigen VIT-deel "
                "van de gemeente (in de map van de gemeente): lokaal = true",
                "front-matter-verplicht");
  } else if (!info.lokaal && r.integer(t.get("kenmerk"), "kenmerk", kenmerk)) {
    info.kenmerk_pos = r.pos(*t.get("kenmerk"));
    if (kenmerk < 1 || kenmerk > 13)
      diags.error(info.kenmerk_pos,
                  "'kenmerk' moet tussen 1 en 13 liggen, maar is " + std::to_string(kenmerk),
                  "het nummer van het basiskenmerk waar dit VIT-deel bij hoort; een eigen "
                  "onderdeel van de gemeente krijgt geen nummer maar lokaal = true",
                  "vit-kenmerk");
    else
      info.kenmerk = static_cast<int>(kenmerk);
  }
  if (const toml::node* n = t.get("vraag")) {
    const toml::array* a = n->as_array();
    if (!a || !a->is_array_of_tables()) {
      r.wrong(*n, "vraag", "een lijst met [[vraag]]-tabellen");
    } else {
      for (const auto& e : *a) {
        const toml::table& q = *e.as_table();
        check_known_keys(q, {"id", "tekst", "uitleg", "tekstcorrectie"}, page.file, r.offset(),
                         "[[vraag]]", diags);
        VitVraag v;
        v.lokaal = info.lokaal;  // a local part's questions are the gemeente's own
        v.pos = r.pos(e);
        if (!q.get("id"))
          diags.error(v.pos, "[[vraag]] zonder 'id'",
                      "geef elke vraag een vaste id, bijv. id = \"5.1\"", "vit-veld");
        if (!q.get("tekst")) diags.error(v.pos, "[[vraag]] zonder 'tekst'", {}, "vit-veld");
        if (r.str(q.get("id"), "id", v.id) && q.get("id")) v.pos = r.pos(*q.get("id"));
        r.str(q.get("tekst"), "tekst", v.tekst);
        r.str(q.get("uitleg"), "uitleg", v.uitleg);
        if (r.str(q.get("tekstcorrectie"), "tekstcorrectie", v.tekstcorrectie) &&
            q.get("tekstcorrectie"))
          v.tekstcorrectie_pos = r.pos(*q.get("tekstcorrectie"));
        auto blank = [](const std::string& s) {
          return s.find_first_not_of(" \t\n\r") == std::string::npos;
        };
        if (q.get("id") && q.get("id")->is_string() && blank(v.id)) {
          diags.error(v.pos, "[[vraag]] met een lege 'id'",
                      "geef elke vraag een vaste id, bijv. id = \"5.1\"", "vit-veld");
          v.id.clear();
        }
        if (q.get("tekst") && q.get("tekst")->is_string() && blank(v.tekst))
          diags.error(r.pos(*q.get("tekst")), "[[vraag]] met een lege 'tekst'", {}, "vit-veld");
        info.vragen.push_back(std::move(v));
      }
    }
  }
  page.vit = std::move(info);
}

}  // namespace

void apply_front_matter(Page& page, const toml::table& front, Diagnostics& diags) {
  FieldReader r{page, diags};
  check_known_keys(front, allowed_keys(page), page.file, r.offset(), "de front matter", diags);
  r.str(front.get("title"), "title", page.title);
  if (r.str(front.get("kort"), "kort", page.kort)) page.kort_pos = r.pos(*front.get("kort"));
  r.str(front.get("description"), "description", page.description);
  r.integer(front.get("weight"), "weight", page.weight);
  r.boolean(front.get("draft"), "draft", page.draft);
  read_aliases(page, front, r, diags);
  if (r.str(front.get("template"), "template", page.template_name))
    page.template_pos = r.pos(*front.get("template"));

  if (page.section == "basiskenmerken" && !page.is_index) read_kenmerk(page, front, r, diags);
  if (page.section == "woordenlijst" && !page.is_index) read_term(page, front, r);
  if (page.section == "vit" && !page.is_index) read_vit(page, front, r, diags);
  if (page.title.empty() && !front.get("title"))
    diags.error({page.file, 1, 1}, "verplichte sleutel 'title' ontbreekt in de front matter",
                "voeg toe: title = \"...\"", "front-matter-verplicht");
  if (page.description.empty()) page.description = page.kort;
  page.front = front;
}

}  // namespace ww
