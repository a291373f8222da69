#include "content/data_files.h"

#include "core/toml_util.h"

namespace ww {

namespace {
std::string str_field(const toml::table& t, const char* key, const std::string& file,
                      Diagnostics& diags) {
  const toml::node* n = t.get(key);
  if (!n) return {};
  if (!n->is_string()) {
    diags.error(toml_pos(file, n->source()), std::string("'") + key + "' moet tekst zijn", {},
                "bron-type");
    return {};
  }
  return *n->value<std::string>();
}
}  // namespace

std::vector<Bron> parse_bronnen(std::string_view text, const std::string& file,
                                Diagnostics& diags) {
  std::vector<Bron> out;
  auto parsed = parse_toml(text, file, 0, diags);
  if (!parsed) return out;
  for (const auto& [key, node] : *parsed) {
    SourcePos pos = toml_pos(file, key.source());
    const toml::table* t = node.as_table();
    if (!t) {
      diags.error(pos,
                  "bron '" + std::string(key.str()) + "' moet een tabel zijn: [" +
                      std::string(key.str()) + "]",
                  {}, "bron-type");
      continue;
    }
    check_known_keys(*t, {"titel", "auteur", "jaar", "uitgever", "url", "notitie"}, file, 0,
                     "bron '" + std::string(key.str()) + "'", diags);
    Bron b;
    b.key = std::string(key.str());
    b.pos = pos;
    b.titel = str_field(*t, "titel", file, diags);
    b.auteur = str_field(*t, "auteur", file, diags);
    b.jaar = str_field(*t, "jaar", file, diags);
    b.uitgever = str_field(*t, "uitgever", file, diags);
    b.url = str_field(*t, "url", file, diags);
    b.notitie = str_field(*t, "notitie", file, diags);
    if (b.titel.empty())
      diags.error(pos, "bron '" + b.key + "' heeft geen 'titel'", {}, "bron-verplicht");
    out.push_back(std::move(b));
  }
  return out;  // toml::table iterates in key order
}

std::vector<Afkorting> parse_afkortingen(std::string_view text, const std::string& file,
                                         Diagnostics& diags) {
  std::vector<Afkorting> out;
  auto parsed = parse_toml(text, file, 0, diags);
  if (!parsed) return out;
  for (const auto& [key, node] : *parsed) {
    SourcePos pos = toml_pos(file, key.source());
    if (!node.is_string()) {
      diags.error(pos,
                  "afkorting '" + std::string(key.str()) +
                      "' moet tekst zijn: " + std::string(key.str()) + " = \"voluit\"",
                  {}, "afkorting-type");
      continue;
    }
    out.push_back({std::string(key.str()), *node.value<std::string>(), pos});
  }
  return out;
}

std::vector<Eindnoot> parse_eindnoten(std::string_view text, const std::string& file,
                                      Diagnostics& diags) {
  std::vector<Eindnoot> out;
  auto parsed = parse_toml(text, file, 0, diags);
  if (!parsed) return out;
  for (const auto& [key, node] : *parsed) {
    SourcePos pos = toml_pos(file, key.source());
    const std::string nummer(key.str());
    if (nummer.empty() || nummer.find_first_not_of("ivxlc") != std::string::npos ||
        !node.is_string()) {
      diags.error(pos,
                  "eindnoot '" + nummer +
                      "' moet een Romeins nummer met tekst zijn: iv = \"tekst van de eindnoot\"",
                  {}, "eindnoot-type");
      continue;
    }
    out.push_back({nummer, *node.value<std::string>(), pos});
  }
  return out;
}

std::vector<VitVraag> parse_vervallen_vragen(std::string_view text, const std::string& file,
                                             Diagnostics& diags) {
  std::vector<VitVraag> out;
  auto parsed = parse_toml(text, file, 0, diags);
  if (!parsed) return out;
  check_known_keys(*parsed, {"vraag"}, file, 0, "vervallen.toml", diags);
  const toml::node* n = parsed->get("vraag");
  if (!n) return out;
  const toml::array* a = n->as_array();
  if (!a || !a->is_array_of_tables()) {
    diags.error(toml_pos(file, n->source()), "'vraag' moet een lijst met [[vraag]]-tabellen zijn",
                {}, "vit-veld");
    return out;
  }
  for (const auto& e : *a) {
    const toml::table& q = *e.as_table();
    check_known_keys(q, {"id", "tekst", "uitleg"}, file, 0, "[[vraag]]", diags);
    VitVraag v;
    v.pos = toml_pos(file, e.source());
    v.id = str_field(q, "id", file, diags);
    v.tekst = str_field(q, "tekst", file, diags);
    v.uitleg = str_field(q, "uitleg", file, diags);
    if (v.id.empty())
      diags.error(v.pos, "[[vraag]] zonder 'id'", {}, "vit-veld");
    else
      v.pos = toml_pos(file, q.get("id")->source());  // messages point at the id itself
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace ww
