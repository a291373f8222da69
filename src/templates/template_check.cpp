#include "templates/template_check.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <kainjow/mustache.hpp>
#include <set>

#include "core/suggest.h"
#include "core/utf8.h"

namespace ww {

const std::vector<std::string>& known_template_names() {
  static const std::vector<std::string> names = {
      // site.*
      "site", "title", "subtitle", "language", "organisation", "versie", "datum", "datum_tekst",
      "base_url", "short_name", "thema_klasse", "tokens", "gemeente", "naam", "website", "loket",
      "telefoon", "email", "url", "logo", "is_gemeente", "zip_bestand", "zip_grootte", "canonical",
      "afdrukken", "wijzigingen", "offline",
      // page.*
      "page", "kort", "description", "content", "output", "section", "source", "params", "is_home",
      "is_section", "has_toggletips", "concept", "toc", "has_toc", "id", "text", "is_h3", "kenmerk",
      "nummer", "waarde", "waarde_label", "gewone_taal", "zie_ook", "has_zie_ook", "vit", "term",
      "children", "current", "in_section", "has_pages", "pages", "aanvulling", "noten", "has_noten",
      "komt_voor_op", "vragen", "tekst", "uitleg", "lokaal", "eigen", "vervangt",
      // navigation
      "nav", "waarden", "label", "kenmerken", "breadcrumbs", "has_breadcrumbs", "prev", "next",
      "root", "home_url", "serve_mode", "main", "letters", "letter", "termen", "bronnen",
      "afkortingen", "afkorting", "voluit", "gebruikt_op", "has_gebruikt_op", "auteur", "titel",
      "jaar", "uitgever", "notitie", "key", "hoofdstukken", "html", "anchor",
      // theme menu
      "uitgeklapt", "is_kenmerken", "has_prevnext",
      // VIT pages (templates/vit_page_data.cpp)
      "is_vit", "vit_links", "overzicht_url", "resultaten_url", "vergelijken_url", "rapport_url",
      "vit_perspectieven", "basiskenmerk", "slug", "keuzes", "input_id", "aantal", "vit_waarden",
      "onderdelen", "vit_is_overzicht", "vit_is_deel", "vit_is_resultaten", "vit_is_vergelijken",
      "vit_is_rapport", "sleutel", "vit_heeft_lokale_delen", "vit_lokale_delen",
      // editions (editions/edition_pages.cpp)
      "editie", "vorige", "wijziging_url", "pagina_url", "pagina_titel", "hernoemd", "oude_bron",
      "percentage", "segmenten", "toegevoegd", "verwijderd", "overzicht_url", "groepen", "kop",
      "items", "detail", "oud", "nieuw", "geen_wijzigingen", "is_wijziging", "is_overzicht",
      "kader_editie",
      // a change view's steps (editions/block_diff.h)
      "stappen", "is_begin", "is_einde", "is_blok", "is_lijst", "is_item", "is_tabel", "is_rij",
      "is_citaat", "is_kort", "is_gewone_taal", "is_noten", "is_kop", "is_alinea", "is_tekst",
      "is_cel", "is_code", "genummerd", "kopcel", "h3", "h4", "h5", "h6", "blok_toegevoegd",
      "blok_verwijderd", "blok_gewijzigd", "anker", "veranderingen", "een_verandering",
      // a gemeente copy: afwijkingen.html (xref/afwijkingen_page.cpp) and a placed aanvulling
      "afwijkingen", "geen_afwijkingen", "soort", "bij_titel", "bij_url", "in_tekst", "niveau",
      "content_voor", "content_na",
      // page parts (templates/parts.h, docs/templates.md "Page parts")
      "inhoud", "terug", "ref_id", "volgnummer", "eerste", "meer", "paginas", "zoekindex",
      "woordenlijst_url", "inhoud_url", "heeft_links", "heeft_woordenlijst", "heeft_inhoud",
      "geen_zip", "zip", "zip_url", "map", "heeft_versie", "heeft_nieuwste", "nieuwste_url",
      "namen", "gebruikt", "veel", "verwijzing", "heeft_notitie", "heeft_url", "genoemd", "lijsten",
      "uit_kader", "kader_noot"};
  return names;
}

const std::vector<std::string>& generator_html_names() {
  static const std::vector<std::string> names = {
      "main",                      // the page template's output, put into base
      "page.content",              // rendered Markdown (raw HTML escaped unless unsafe_html)
      "page.content_voor",         // page.content before a placed aanvulling
      "page.content_na",           // page.content after a placed aanvulling
      "page.kenmerk.gewone_taal",  // rendered Markdown
      "html",                      // inside {{#page.aanvulling}}: the rendered aanvulling
      "inhoud",                    // partial noten: a note's rendered Markdown
      "verwijzing",
      "notitie",  // partial bronnen: a source's reference and note (made here)
  };
  return names;
}

namespace {

void check_names(const TemplateSource& t, Diagnostics& diags) {
  const auto& known = known_template_names();
  const std::string& s = t.text;
  std::size_t pos = 0;
  while ((pos = s.find("{{", pos)) != std::string::npos) {
    std::size_t close = s.find("}}", pos + 2);
    if (close == std::string::npos) return;
    std::string tag = s.substr(pos + 2, close - pos - 2);
    std::size_t tag_pos = pos;
    pos = close + 2;
    bool unescaped = false;
    if (!tag.empty() && tag.front() == '{') {
      tag.erase(0, 1);
      if (pos < s.size() && s[pos] == '}') ++pos;
      unescaped = true;
    }
    if (tag.empty() || tag.front() == '!' || tag.front() == '>' || tag.front() == '=') continue;
    unescaped = unescaped || tag.front() == '&';
    if (tag.front() == '#' || tag.front() == '^' || tag.front() == '/' || tag.front() == '&')
      tag.erase(0, 1);
    tag.erase(0, tag.find_first_not_of(' '));
    tag.erase(tag.find_last_not_of(' ') + 1);
    const auto& safe = generator_html_names();
    if (unescaped && std::find(safe.begin(), safe.end(), tag) == safe.end()) {
      auto [line, col] = line_col_at(s, tag_pos);
      diags.error(
          {t.file, line, col},
          "'" + tag +
              "' komt zonder HTML-escaping in de pagina; dat mag alleen voor HTML die de generator "
              "zelf maakt",
          "schrijf {{" + tag + "}} (twee accolades)", "template-onveilig");
      continue;
    }
    if (tag == ".") continue;
    std::size_t start = 0;
    while (start <= tag.size()) {
      std::size_t dot = tag.find('.', start);
      std::string seg =
          tag.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      if (seg == "params") break;  // front matter: any key
      if (std::find(known.begin(), known.end(), seg) == known.end()) {
        auto [line, col] = line_col_at(s, tag_pos);
        diags.error({t.file, line, col}, "onbekende templatevariabele '" + tag + "'",
                    did_you_mean(seg, known), "template-variabele");
        break;
      }
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
  }
}

/// A kainjow syntax error of one template file, reported at its place in Dutch. Returns false
/// when the file on its own is valid.
bool report_syntax_error(const TemplateSource& f, Diagnostics& diags) {
  kainjow::mustache::mustache m(f.text);
  if (m.is_valid()) return true;
  report_template_syntax_error(f.file, f.text, m.error_message(), diags);
  return false;
}

}  // namespace

void report_template_syntax_error(const std::string& file, const std::string& text,
                                  const std::string& msg, Diagnostics& diags) {
  // kainjow's message ends in " at <byte offset>".
  std::size_t at = msg.rfind(" at ");
  std::size_t offset =
      at == std::string::npos ? 0 : std::strtoul(msg.c_str() + at + 4, nullptr, 10);
  auto [line, col] = line_col_at(text, std::min(offset, text.size()));
  std::string what = msg;
  if (auto q = msg.find('"'); q != std::string::npos && msg.starts_with("Unclosed section")) {
    std::string name = msg.substr(q + 1, msg.find('"', q + 1) - q - 1);
    what = "'{{#" + name + "}}' wordt niet gesloten met '{{/" + name + "}}'";
  } else if (q != std::string::npos && msg.starts_with("Unopened section")) {
    std::string name = msg.substr(q + 1, msg.find('"', q + 1) - q - 1);
    what = "'{{/" + name + "}}' sluit een sectie die niet geopend is";
  } else if (msg.starts_with("Unclosed tag")) {
    what = "'{{' zonder '}}'";
  }
  diags.error({file, line, col}, "template klopt niet: " + what, {}, "template");
}

bool may_fail_when_rendered(std::string_view text) {
  for (std::size_t at = text.find("{{"); at != std::string_view::npos;
       at = text.find("{{", at + 2)) {
    std::size_t i = at + 2;
    // kainjow trims a tag's contents with std::isspace before it looks at the first character.
    while (i < text.size() &&
           (text[i] == '{' || text[i] == '&' || std::isspace(static_cast<unsigned char>(text[i]))))
      ++i;
    if (i < text.size() && (text[i] == '>' || text[i] == '=')) return true;
  }
  return false;
}

void check_templates(const Theme& theme, Diagnostics& diags) {
  check_templates(theme, compile_templates(theme), diags);
}

void check_templates(const Theme& theme, const CompiledTemplates& compiled, Diagnostics& diags) {
  std::set<std::string> reported;
  for (const auto& [name, t] : theme.templates) {
    if (compiled.is_valid(name)) continue;
    const CompiledTemplate& m = compiled.at(name);
    // Point at the file that is wrong: the template itself or one of the partials it uses.
    bool found = false;
    for (const auto& f : theme.files) {
      if (f.file != t.file && t.text.find(f.text) == std::string::npos) continue;
      if (reported.count(f.file) || !report_syntax_error(f, diags)) {
        found = true;
        reported.insert(f.file);
      }
    }
    if (!found)
      diags.error({t.file, 1, 1},
                  "template klopt niet (met de partials erin): " + m.error_message(), {},
                  "template");
  }
  for (const auto& f : theme.files) check_names(f, diags);
}

}  // namespace ww
