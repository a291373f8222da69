#include "cli/init_gemeente.h"

#include "core/html.h"

namespace ww {

namespace {
std::string toml_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}
}  // namespace

std::map<std::string, std::string> scaffold_gemeente(const GemeenteScaffold& g) {
  std::map<std::string, std::string> files;
  files["site-config.toml"] =
      "# Eigen versie van het richtinggevend kader voor " + g.naam +
      ".\n"
      "# Uitleg van elke sleutel: docs/configuration.md in de Wegwijzer-repository.\n"
      "title = " +
      toml_string("Richtinggevend kader toegang – " + g.naam) +
      "\n"
      "subtitle = \"Toegang, lokale teams en integrale dienstverlening\"\n"
      "organisation = " +
      toml_string(g.naam) +
      "\n"
      "versie = " +
      toml_string(g.kader_editie) +
      "\n"
      "datum = 2024-03-01\n"
      "# De tekst van de VNG: de editie kader_editie, uitgepakt in content_dir door\n"
      "# scripts/ophalen.sh (zie README.md). Pas die map niet aan, dan komen updates zonder\n"
      "# conflicten binnen. Een nieuwe editie: verander kader_editie en haal de tekst opnieuw op.\n"
      "kader_editie = " +
      toml_string(g.kader_editie) +
      "\n"
      "content_dir = " +
      toml_string(g.content_dir) + "\n" +
      (g.content_dir.starts_with("..") || g.content_dir.starts_with("/")
           ? "# De site leest alleen uit deze map en uit de toegestane_mappen.\ntoegestane_mappen "
             "= [" +
                 toml_string(g.content_dir) + "]\n"
           : std::string()) +
      "# Eigen teksten: aanvullingen (<pagina>.aanvulling.md), eigen pagina's, termen, bronnen.\n"
      "# Een voorbeeld van een aanvulling staat in voorbeelden/ (die map wordt niet "
      "gepubliceerd).\n"
      "overlays = [\"lokaal\"]\n"
      "output_dir = \"public\"\n"
      "leesvolgorde = [\"kader/samenvatting.md\", \"kader/leeswijzer.md\", "
      "\"kader/hoofdstuk-1.md\",\n"
      "  \"kader/hoofdstuk-2.md\", \"basiskenmerken/\", \"kader/hoofdstuk-3.md\", \"bijlagen/\"]\n"
      "\n"
      "[gemeente]\n"
      "naam = " +
      toml_string(g.naam) +
      "\n"
      "logo = \"logo.svg\"\n"
      "website = \"\"   # bijv. https://www.gemeente.nl\n"
      "loket = \"\"     # naam van het loket of team\n"
      "telefoon = \"\"\n"
      "email = \"\"\n"
      "url = \"\"       # pagina met contactgegevens\n"
      "\n"
      "[thema]\n"
      "tokens = \"tokens.css\"\n"
      "klasse = " +
      toml_string(g.theme_class) + "\n";
  // lokaal/ must exist (it is an overlay) but publishes nothing until the gemeente writes its
  // own text: a sources file with only comments adds no source. The example aanvulling stays in
  // voorbeelden/, outside every overlay, so its placeholder text is never published as real text.
  files["lokaal/bronnen.toml"] =
      "# Eigen bronnen van " + g.naam +
      ", naast de bronnen van de VNG. Een bron ziet er zo uit:\n"
      "#\n"
      "# [beleidsplan-sociaal-domein]\n"
      "# titel = \"Beleidsplan sociaal domein\"\n"
      "# auteur = " +
      toml_string(g.naam) +
      "\n"
      "# jaar = 2024\n"
      "#\n"
      "# In een tekst verwijst u ernaar met [@beleidsplan-sociaal-domein, p. 12].\n";
  files["voorbeelden/02-laagdrempelig.aanvulling.md"] =
      "+++\n"
      "title = " +
      toml_string("Zo doen wij dit in " + g.naam) +
      "\n"
      "+++\n"
      "Schrijf hier hoe inwoners in " +
      g.naam +
      " het lokale team vinden.\n"
      "Bijvoorbeeld: waar het team zit, wanneer het open is en hoe inwoners het bellen.\n"
      "\n"
      "Dit voorbeeld wordt niet gepubliceerd. Klaar? Zet het bestand dan in\n"
      "lokaal/basiskenmerken/02-laagdrempelig.aanvulling.md (zie README.md).\n";
  files["logo.svg"] =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"48\" viewBox=\"0 0 240 "
      "48\" role=\"img\" "
      "aria-label=\"" +
      html_escape(g.naam) +
      "\"><rect width=\"240\" height=\"48\" rx=\"6\" fill=\"#1d4f91\"/>"
      "<text x=\"12\" y=\"31\" font-family=\"sans-serif\" font-size=\"18\" fill=\"#ffffff\">" +
      html_escape(g.naam) + "</text></svg>\n";
  files["tokens.css"] =
      "/* Design tokens van " + g.naam +
      ". Vervang dit door de CSS uit uw eigen\n"
      "   NL Design System-pakket (dist/theme.css van @<organisatie>/design-tokens).\n"
      "   Alle namen en standaardwaarden: docs/tokens.md. Wat hier niet staat, houdt de\n"
      "   standaardwaarde. Houd tekst >= 4,5:1 en randen >= 3:1 tegen de achtergrond. */\n"
      "." +
      g.theme_class +
      " {\n"
      "  /* Kopbalk */\n"
      "  --basis-color-accent-1-inverse-bg-document: #1d4f91;\n"
      "  --basis-color-accent-1-inverse-color-document: #ffffff;\n"
      "  /* Knoppen */\n"
      "  --basis-color-action-1-inverse-bg-default: #1d4f91;\n"
      "  --basis-color-action-1-inverse-bg-hover: #143868;\n"
      "  --basis-color-action-1-inverse-color-default: #ffffff;\n"
      "  /* Links */\n"
      "  --basis-color-action-2-color-default: #1d4f91;\n"
      "  --basis-color-action-2-color-hover: #143868;\n"
      "  --basis-color-action-2-color-active: #0c2443;\n"
      "  /* Vlakken zoals \"In het kort\" */\n"
      "  --basis-color-info-border-default: #1d4f91;\n"
      "}\n";
  for (auto& [path, text] : gemeente_repo_files(g)) files[path] = std::move(text);
  return files;
}

}  // namespace ww
