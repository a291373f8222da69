#include "editions/base_lock.h"

#include <algorithm>
#include <cstdio>

#include "core/toml_util.h"

namespace ww {

namespace {

constexpr int kFormat = 1;
constexpr const char* kRule = "basis-lock";
constexpr const char* kRewriteHint =
    "maak het bestand opnieuw met: wegwijzer basis --vastleggen (haal het kapotte bestand eerst "
    "weg, of zet het terug uit git)";

void escape_into(std::string& out, char c, bool multiline) {
  switch (c) {
    case '\\':
      out += "\\\\";
      return;
    case '"':
      out += "\\\"";
      return;
    case '\n':
      out += multiline ? "\n" : "\\n";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\r':
      out += "\\r";
      return;
    default:
      break;
  }
  const auto u = static_cast<unsigned char>(c);
  if (u < 0x20 || u == 0x7f) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\u%04X", u);
    out += buf;
  } else {
    out += c;
  }
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) escape_into(out, c, false);
  return out + '"';
}

/// A multi-line basic string: the text's own line breaks stay, so a diff of basis.lock in git is
/// readable. The newline right after the opening quotes is not part of the value (TOML).
std::string block(const std::string& s) {
  std::string out = "\"\"\"\n";
  for (char c : s) escape_into(out, c, true);
  return out + "\"\"\"";
}

std::string list(const std::vector<std::string>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + quoted(v[i]);
  return out + "]";
}

/// Reads the tables of an array-of-tables key; reports a key of another shape.
std::vector<const toml::table*> tables(const toml::table& t, const std::string& key,
                                       const std::string& file, Diagnostics& diags) {
  std::vector<const toml::table*> out;
  const toml::node* n = t.get(key);
  if (!n) return out;
  const toml::array* arr = n->as_array();
  if (!arr || !arr->is_array_of_tables()) {
    diags.error(toml_pos(file, n->source()), "'" + key + "' moet een lijst [[" + key + "]] zijn",
                kRewriteHint, kRule);
    return out;
  }
  for (const auto& e : *arr) out.push_back(e.as_table());
  return out;
}

/// A string field; `required` reports a missing one at the entry.
std::string text(const toml::table& t, const std::string& key, const std::string& file,
                 const std::string& where, bool required, Diagnostics& diags) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required)
      diags.error(toml_pos(file, t.source()), where + " mist '" + key + "'", kRewriteHint, kRule);
    return {};
  }
  if (!n->is_string()) {
    diags.error(toml_pos(file, n->source()),
                "'" + key + "' moet tekst zijn, niet " + toml_type_name(n->type()), kRewriteHint,
                kRule);
    return {};
  }
  return *n->value<std::string>();
}

std::vector<std::string> texts(const toml::table& t, const std::string& key,
                               const std::string& file, Diagnostics& diags) {
  std::vector<std::string> out;
  const toml::node* n = t.get(key);
  if (!n) return out;
  const toml::array* arr = n->as_array();
  bool ok = arr != nullptr;
  if (arr)
    for (const auto& e : *arr) {
      if (!e.is_string()) {
        ok = false;
        break;
      }
      out.push_back(*e.value<std::string>());
    }
  if (!ok) {
    diags.error(toml_pos(file, n->source()), "'" + key + "' moet een lijst met teksten zijn",
                kRewriteHint, kRule);
    out.clear();
  }
  return out;
}

void sort_lock(BaseLock& lock) {
  std::sort(lock.paginas.begin(), lock.paginas.end(), [](const LockPage& a, const LockPage& b) {
    return std::tie(a.bron, a.soort, a.bestand) < std::tie(b.bron, b.soort, b.bestand);
  });
  std::sort(lock.vragen.begin(), lock.vragen.end(),
            [](const LockVraag& a, const LockVraag& b) { return a.id < b.id; });
  for (auto* words : {&lock.begrippen, &lock.afkortingen}) {
    std::sort(words->begin(), words->end(),
              [](const LockWoord& a, const LockWoord& b) { return a.naam < b.naam; });
    for (auto& w : *words) {
      std::sort(w.gebruikt_in.begin(), w.gebruikt_in.end());
      w.gebruikt_in.erase(std::unique(w.gebruikt_in.begin(), w.gebruikt_in.end()),
                          w.gebruikt_in.end());
    }
  }
}

}  // namespace

std::string write_base_lock(BaseLock lock) {
  sort_lock(lock);
  std::string out =
      "# basis.lock: tegen welke tekst van de VNG de eigen tekst van deze gemeente geschreven is.\n"
      "# Gemaakt met 'wegwijzer basis --vastleggen'. Zet dit bestand in git; pas het niet met de\n"
      "# hand aan. Uitleg: docs/edities.md, 'Een nieuwe versie van de VNG overnemen'.\n"
      "formaat = " +
      std::to_string(kFormat) + "\neditie = " + quoted(lock.editie) + "\n";
  for (const auto& p : lock.paginas) {
    out += "\n[[pagina]]\nbron = " + quoted(p.bron) + "\nsoort = " + quoted(p.soort) +
           "\nbestand = " + quoted(p.bestand) + "\ntitel = " + quoted(p.titel) +
           "\nhash = " + quoted(p.hash) + "\n";
    if (!p.tekst.empty()) out += "tekst = " + block(p.tekst) + "\n";
  }
  for (const auto& v : lock.vragen)
    out += "\n[[vraag]]\nid = " + quoted(v.id) + "\ntekst = " + quoted(v.tekst) + "\n";
  auto words = [&](const char* key, const std::vector<LockWoord>& ws) {
    for (const auto& w : ws) {
      out += std::string("\n[[") + key + "]]\nnaam = " + quoted(w.naam) + "\n";
      if (!w.varianten.empty()) out += "varianten = " + list(w.varianten) + "\n";
      out += "uitleg = " + quoted(w.uitleg) + "\ngebruikt_in = " + list(w.gebruikt_in) + "\n";
    }
  };
  words("begrip", lock.begrippen);
  words("afkorting", lock.afkortingen);
  return out;
}

BaseLock read_base_lock(const std::string& source, const std::string& file, Diagnostics& diags) {
  BaseLock lock;
  Diagnostics local;
  auto parsed = parse_toml(source, file, 0, local);
  if (!parsed) {
    for (auto& d : local.items) {
      d.message = "basis.lock is geen geldige TOML: " + d.message;
      if (d.hint.empty()) d.hint = kRewriteHint;
      d.rule = kRule;
    }
    diags.merge(std::move(local));
    return lock;
  }
  const toml::table& t = *parsed;
  check_known_keys(t, {"formaat", "editie", "pagina", "vraag", "begrip", "afkorting"}, file, 0,
                   "basis.lock", diags);
  if (const toml::node* f = t.get("formaat"); !f) {
    diags.error({file, 1, 1}, "basis.lock mist 'formaat = 1'", kRewriteHint, kRule);
  } else if (f->value<std::int64_t>() != std::optional<std::int64_t>(kFormat)) {
    diags.error(toml_pos(file, f->source()),
                "basis.lock heeft een formaat dat deze wegwijzer niet kent (verwacht: formaat = " +
                    std::to_string(kFormat) + ")",
                "gebruik de wegwijzer waarmee het bestand gemaakt is, of maak het opnieuw met: "
                "wegwijzer basis --vastleggen",
                kRule);
  }
  lock.editie = text(t, "editie", file, "basis.lock", false, diags);
  for (const toml::table* p : tables(t, "pagina", file, diags)) {
    check_known_keys(*p, {"bron", "soort", "bestand", "titel", "hash", "tekst"}, file, 0,
                     "[[pagina]]", diags);
    LockPage e;
    e.pos = toml_pos(file, p->source());
    e.bron = text(*p, "bron", file, "[[pagina]]", true, diags);
    e.soort = text(*p, "soort", file, "[[pagina]]", true, diags);
    e.bestand = text(*p, "bestand", file, "[[pagina]]", false, diags);
    e.titel = text(*p, "titel", file, "[[pagina]]", false, diags);
    e.hash = text(*p, "hash", file, "[[pagina]]", true, diags);
    e.tekst = text(*p, "tekst", file, "[[pagina]]", false, diags);
    if (!e.soort.empty() && e.soort != "aanvulling" && e.soort != "vervangen" &&
        e.soort != "verborgen") {
      const toml::node* s = p->get("soort");
      diags.error(toml_pos(file, s->source()),
                  "soort '" + e.soort + "' bestaat niet; kies aanvulling, vervangen of verborgen",
                  kRewriteHint, kRule);
      continue;
    }
    if (!e.bron.empty() && !e.soort.empty()) lock.paginas.push_back(std::move(e));
  }
  for (const toml::table* v : tables(t, "vraag", file, diags)) {
    check_known_keys(*v, {"id", "tekst"}, file, 0, "[[vraag]]", diags);
    LockVraag e;
    e.pos = toml_pos(file, v->source());
    e.id = text(*v, "id", file, "[[vraag]]", true, diags);
    e.tekst = text(*v, "tekst", file, "[[vraag]]", true, diags);
    if (!e.id.empty()) lock.vragen.push_back(std::move(e));
  }
  auto words = [&](const std::string& key, std::vector<LockWoord>& out) {
    for (const toml::table* w : tables(t, key, file, diags)) {
      check_known_keys(*w, {"naam", "varianten", "uitleg", "gebruikt_in"}, file, 0,
                       "[[" + key + "]]", diags);
      LockWoord e;
      e.pos = toml_pos(file, w->source());
      e.naam = text(*w, "naam", file, "[[" + key + "]]", true, diags);
      e.varianten = texts(*w, "varianten", file, diags);
      e.uitleg = text(*w, "uitleg", file, "[[" + key + "]]", false, diags);
      e.gebruikt_in = texts(*w, "gebruikt_in", file, diags);
      if (!e.naam.empty()) out.push_back(std::move(e));
    }
  };
  words("begrip", lock.begrippen);
  words("afkorting", lock.afkortingen);
  for (auto& d : diags.items)
    if (d.pos.file == file && d.rule == "onbekende-sleutel") d.rule = kRule;
  return lock;
}

}  // namespace ww
