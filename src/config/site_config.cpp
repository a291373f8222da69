#include "config/site_config.h"

#include <cctype>

#include "core/slug.h"
#include "core/toml_util.h"

namespace ww {

namespace {

struct Reader {
  const std::string& file;
  Diagnostics& diags;

  void str(const toml::table& t, const char* key, std::string& out) {
    const toml::node* n = t.get(key);
    if (!n) return;
    if (auto v = n->value<std::string>(); v && n->is_string()) {
      out = *v;
    } else if (auto d = n->as_date()) {
      char buf[16];
      const auto& dv = d->get();
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(dv.year), int(dv.month), int(dv.day));
      out = buf;
    } else {
      wrong(*n, key, "tekst");
    }
  }
  void boolean(const toml::table& t, const char* key, bool& out) {
    const toml::node* n = t.get(key);
    if (!n) return;
    if (auto v = n->value<bool>(); v && n->is_boolean())
      out = *v;
    else
      wrong(*n, key, "true/false");
  }
  void number(const toml::table& t, const char* key, double& out) {
    const toml::node* n = t.get(key);
    if (!n) return;
    if (n->is_number())
      out = *n->value<double>();
    else
      wrong(*n, key, "getal");
  }
  void integer(const toml::table& t, const char* key, int& out) {
    const toml::node* n = t.get(key);
    if (!n) return;
    if (n->is_integer())
      out = static_cast<int>(*n->value<int64_t>());
    else
      wrong(*n, key, "geheel getal");
  }
  void strings(const toml::table& t, const char* key, std::vector<std::string>& out) {
    const toml::node* n = t.get(key);
    if (!n) return;
    const toml::array* a = n->as_array();
    if (!a) return wrong(*n, key, "lijst met teksten");
    for (const auto& e : *a) {
      if (auto v = e.value<std::string>(); v && e.is_string())
        out.push_back(*v);
      else
        wrong(e, key, "tekst");
    }
  }
  void wrong(const toml::node& n, const char* key, const char* expected) {
    diags.error(toml_pos(file, n.source()),
                std::string("'") + key + "' moet " + expected + " zijn, maar is " +
                    toml_type_name(n.type()),
                {}, "config-type");
  }
  const toml::table* sub(const toml::table& t, const char* key) {
    const toml::node* n = t.get(key);
    if (!n) return nullptr;
    if (!n->is_table()) {
      wrong(*n, key, "een tabel");
      return nullptr;
    }
    return n->as_table();
  }
};

/// `short_name`, `versie` and `theme` become file, folder and zip-entry names: letters, digits,
/// '.', '_' and '-' only, starting with a letter or digit.
void check_name(const toml::table& t, const char* key, const std::string& file,
                Diagnostics& diags) {
  const toml::node* n = t.get(key);
  if (!n || !n->is_string()) return;
  const std::string v = *n->value<std::string>();
  bool ok = !v.empty() && v.size() <= 100 && std::isalnum(static_cast<unsigned char>(v.front()));
  for (unsigned char ch : v) ok = ok && (std::isalnum(ch) || ch == '.' || ch == '_' || ch == '-');
  if (ok) return;
  diags.error(toml_pos(file, n->source()),
              std::string("'") + key +
                  "' wordt een deel van een bestandsnaam en mag alleen letters, cijfers, '.', '_' "
                  "en '-' bevatten (en moet met een letter of cijfer beginnen), maar is '" +
                  v + "'",
              "bijvoorbeeld " + std::string(key) +
                  (std::string(key) == "versie"  ? " = \"2024.03\""
                   : std::string(key) == "theme" ? " = \"standaard\""
                                                 : " = \"kader-toegang\""),
              "config-naam");
}

/// A web address a reader clicks: only http(s), no spaces or control characters.
void check_web_url(const toml::table& t, const char* key, const std::string& where,
                   const std::string& file, Diagnostics& diags) {
  const toml::node* n = t.get(key);
  if (!n || !n->is_string()) return;
  const std::string v = *n->value<std::string>();
  if (v.empty()) return;
  std::string lower;
  for (unsigned char ch : v) lower += static_cast<char>(std::tolower(ch));
  bool ok = (lower.starts_with("https://") && v.size() > 8) ||
            (lower.starts_with("http://") && v.size() > 7);
  for (unsigned char ch : v)
    ok = ok && ch > 0x20 && ch != 0x7f && ch != '"' && ch != '<' && ch != '>';
  if (ok) return;
  diags.error(toml_pos(file, n->source()),
              "'" + where + key +
                  "' moet een webadres zijn dat begint met https:// of http://, maar is '" + v +
                  "'",
              "bijvoorbeeld " + std::string(key) + " = \"https://www.gemeente.nl\"", "config-url");
}

}  // namespace

std::string SiteConfig::resolve(const std::string& relative) const {
  return path_join(base_dir, relative);
}

SiteConfig parse_site_config(std::string_view text, const std::string& file, Diagnostics& diags) {
  SiteConfig c;
  c.file = file;
  c.base_dir = path_dir(file);
  auto parsed = parse_toml(text, file, 0, diags);
  if (!parsed) return c;
  const toml::table& t = *parsed;
  check_known_keys(t,
                   {"title",          "subtitle",     "language", "organisation",      "short_name",
                    "versie",         "datum",        "base_url", "kader_editie",      "theme",
                    "content_dir",    "output_dir",   "overlays", "toegestane_mappen", "verberg",
                    "verberg_vragen", "leesvolgorde", "markdown", "gemeente",          "thema",
                    "taal",           "edities"},
                   file, 0, "site-config", diags);
  Reader r{file, diags};
  r.str(t, "title", c.title);
  r.str(t, "subtitle", c.subtitle);
  r.str(t, "language", c.language);
  r.str(t, "organisation", c.organisation);
  r.str(t, "short_name", c.short_name);
  r.str(t, "versie", c.versie);
  r.str(t, "datum", c.datum);
  r.str(t, "kader_editie", c.kader_editie);
  if (const auto* n = t.get("kader_editie");
      n && (c.kader_editie.empty() ||
            c.kader_editie.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyz"
                                             "ABCDEFGHIJKLMNOPQRSTUVWXYZ.-_") != std::string::npos))
    diags.error(toml_pos(file, n->source()),
                "kader_editie '" + c.kader_editie + "' is geen geldige editie",
                "schrijf de editie zoals in de naam van het bestand kader-<editie>.tar.gz, bijv. "
                "\"2024.03\"",
                "config-waarde");
  r.str(t, "base_url", c.base_url);
  check_name(t, "short_name", file, diags);
  check_name(t, "versie", file, diags);
  check_name(t, "theme", file, diags);
  check_web_url(t, "base_url", "", file, diags);
  r.str(t, "theme", c.theme);
  if (const auto* n = t.get("theme")) c.theme_pos = toml_pos(file, n->source());
  r.str(t, "content_dir", c.content_dir);
  if (const auto* n = t.get("content_dir")) c.content_dir_pos = toml_pos(file, n->source());
  r.strings(t, "toegestane_mappen", c.toegestane_mappen);
  if (const auto* n = t.get("toegestane_mappen"))
    c.toegestane_mappen_pos = toml_pos(file, n->source());
  r.str(t, "output_dir", c.output_dir);
  if (const auto* n = t.get("output_dir")) c.output_dir_pos = toml_pos(file, n->source());
  r.strings(t, "overlays", c.overlays);
  r.strings(t, "verberg", c.verberg);
  r.strings(t, "verberg_vragen", c.verberg_vragen);
  if (const auto* a = t.get_as<toml::array>("verberg_vragen"))
    for (const auto& n : *a) c.verberg_vragen_pos.push_back(toml_pos(file, n.source()));
  if (const auto* n = t.get("overlays")) c.overlays_pos = toml_pos(file, n->source());
  if (const auto* n = t.get("verberg")) c.verberg_pos = toml_pos(file, n->source());
  r.strings(t, "leesvolgorde", c.leesvolgorde);
  if (const auto* m = r.sub(t, "markdown")) {
    check_known_keys(*m, {"unsafe_html", "smart_punctuation"}, file, 0, "[markdown]", diags);
    r.boolean(*m, "unsafe_html", c.unsafe_html);
    r.boolean(*m, "smart_punctuation", c.smart_punctuation);
  }
  if (const auto* g = r.sub(t, "gemeente")) {
    check_known_keys(*g, {"naam", "logo", "website", "loket", "telefoon", "email", "url"}, file, 0,
                     "[gemeente]", diags);
    r.str(*g, "naam", c.gemeente.naam);
    r.str(*g, "logo", c.gemeente.logo);
    if (const auto* n = g->get("logo")) c.gemeente.logo_pos = toml_pos(file, n->source());
    r.str(*g, "website", c.gemeente.website);
    r.str(*g, "loket", c.gemeente.loket);
    r.str(*g, "telefoon", c.gemeente.telefoon);
    r.str(*g, "email", c.gemeente.email);
    r.str(*g, "url", c.gemeente.url);
    check_web_url(*g, "website", "[gemeente] ", file, diags);
    check_web_url(*g, "url", "[gemeente] ", file, diags);
  }
  if (const auto* th = r.sub(t, "thema")) {
    check_known_keys(*th, {"tokens", "klasse"}, file, 0, "[thema]", diags);
    r.str(*th, "tokens", c.thema.tokens);
    if (const auto* n = th->get("tokens")) c.thema.tokens_pos = toml_pos(file, n->source());
    r.str(*th, "klasse", c.thema.klasse);
    if (const auto* n = th->get("klasse")) c.thema.klasse_pos = toml_pos(file, n->source());
  }
  if (const auto* tl = r.sub(t, "taal")) {
    check_known_keys(
        *tl, {"max_woorden_per_zin", "max_zinslengte", "min_flesch_douma", "min_woorden_meting"},
        file, 0, "[taal]", diags);
    r.number(*tl, "max_woorden_per_zin", c.taal.max_woorden_per_zin);
    r.integer(*tl, "max_zinslengte", c.taal.max_zinslengte);
    r.number(*tl, "min_flesch_douma", c.taal.min_flesch_douma);
    r.integer(*tl, "min_woorden_meting", c.taal.min_woorden_meting);
  }
  if (const auto* e = r.sub(t, "edities")) {
    check_known_keys(*e, {"vorige", "vorige_ref", "naam"}, file, 0, "[edities]", diags);
    r.str(*e, "vorige", c.edities.vorige);
    r.str(*e, "vorige_ref", c.edities.vorige_ref);
    r.str(*e, "naam", c.edities.naam);
    if (const auto* n = e->get("vorige")) c.edities.vorige_pos = toml_pos(file, n->source());
    if (const auto* n = e->get("vorige_ref"))
      c.edities.vorige_ref_pos = toml_pos(file, n->source());
    if (!c.edities.vorige.empty() && !c.edities.vorige_ref.empty())
      diags.error(c.edities.vorige_ref_pos, "geef 'vorige' of 'vorige_ref', niet allebei",
                  "'vorige' is een map met de inhoud van de vorige versie, 'vorige_ref' een "
                  "git-tag of -commit",
                  "config-waarde");
  }
  if (c.title.empty())
    diags.error({file, 1, 1}, "'title' ontbreekt in de configuratie", {}, "config-verplicht");
  if (c.short_name.empty()) c.short_name = slugify(c.title);
  return c;
}

SiteConfig load_site_config(const FileSystem& fs, const std::string& path, Diagnostics& diags) {
  auto text = fs.read(path);
  if (!text) {
    diags.error({path, 0, 0}, "configuratiebestand niet gevonden",
                "geef een ander bestand met --config", "config-ontbreekt");
    SiteConfig c;
    c.file = path;
    c.base_dir = path_dir(path);
    return c;
  }
  return parse_site_config(*text, path, diags);
}

}  // namespace ww
