#include "check/rapport.h"

#include <cstdio>
#include <string_view>

#include "check/output.h"
#include "core/html.h"

namespace ww {

namespace {

constexpr std::string_view kCss = R"(:root { color-scheme: light dark; --rand: #8a8a8a; --fout: #b00020; --goed: #1b6b2f; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; margin: 0 auto;
  max-width: 80rem; padding: 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--rand); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
td.getal { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer;
  color: inherit; text-align: left; }
th button::after { content: " \2195"; }
th[aria-sort="ascending"] button::after { content: " \2191"; }
th[aria-sort="descending"] button::after { content: " \2193"; }
.te-moeilijk { color: var(--fout); font-weight: bold; }
.voldoet { color: var(--goed); }
.plaats { font-family: ui-monospace, monospace; font-size: 0.85rem; }
mark { padding: 0 0.15em; }
section { border-top: 2px solid var(--rand); margin-top: 2rem; }
.tabel-houder { overflow-x: auto; }
@media (prefers-color-scheme: dark) { :root { --fout: #ff8a9a; --goed: #7fd08f; } }
)";

constexpr std::string_view kJs = R"(// Sorts the tables of the report when a column header is clicked (numbers by data-waarde).
"use strict";
document.querySelectorAll("table.sorteerbaar").forEach(function (table) {
  var headers = table.querySelectorAll("thead th");
  headers.forEach(function (th, column) {
    var button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      function key(row) {
        var cell = row.cells[column];
        var v = cell.getAttribute("data-waarde");
        return v === null ? cell.textContent.trim().toLowerCase() : parseFloat(v);
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var r = typeof x === "number" ? x - y : x.localeCompare(y, "nl");
        return ascending ? r : -r;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
)";

std::string esc(std::string_view s) { return html_escape(s); }

std::string place(const SourcePos& p) {
  std::string s = p.file;
  if (p.line > 0) s += ':' + std::to_string(p.line);
  if (p.col > 0) s += ':' + std::to_string(p.col);
  return s;
}

/// A numeric cell: shown with a decimal comma, sorted by the raw value.
std::string number_cell(double v, int decimals) {
  char raw[64];
  std::snprintf(raw, sizeof raw, "%.4f", v);
  return "<td class=\"getal\" data-waarde=\"" + std::string(raw) + "\">" + dutch_number(v, decimals) + "</td>";
}

std::string percent_cell(double share) { return number_cell(share * 100.0, 0); }

/// The sentence with the first occurrence of `word` marked.
std::string in_context(const std::string& sentence, const std::string& word) {
  const std::size_t at = sentence.find(word);
  if (at == std::string::npos) return esc(sentence);
  return esc(sentence.substr(0, at)) + "<mark>" + esc(word) + "</mark>" + esc(sentence.substr(at + word.size()));
}

bool has_details(const MeasuredText& t, int max_words) {
  if (!t.analysis.difficult.empty()) return true;
  for (const auto& s : t.analysis.sentences)
    if (!s.heading && s.words > max_words) return true;
  return false;
}

std::string verdict(const MeasuredText& t) {
  if (t.meets) return "<span class=\"voldoet\">voldoet</span>";
  if (t.b1) return "<span class=\"te-moeilijk\">te moeilijk</span>";
  return "boven de drempels (officiële tekst)";
}

std::string table(const CheckResult& r) {
  std::string h =
      "<section class=\"tabel-houder\" tabindex=\"0\" aria-label=\"Alle teksten\"><table "
      "class=\"sorteerbaar\">\n<caption>Leesbaarheid per tekst. Klik op een "
      "kop om te sorteren.</caption>\n<thead><tr>";
  for (const char* col : {"Pagina", "Soort", "Zinnen", "Woorden", "Woorden per zin", "Lange zinnen (%)",
                          "Woorden van 4+ lettergrepen (%)", "Flesch-Douma", "LIX", "Oordeel"})
    h += std::string("<th scope=\"col\"><button type=\"button\">") + col + "</button></th>";
  h += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < r.texts.size(); ++i) {
    const MeasuredText& t = r.texts[i];
    const TextMetrics& m = t.analysis.metrics;
    std::string name = esc(t.title);
    if (has_details(t, r.taal.max_zinslengte)) name = "<a href=\"#tekst-" + std::to_string(i + 1) + "\">" + name + "</a>";
    h += "<tr><td>" + name + "<br><span class=\"plaats\">" + esc(place(t.pos)) + "</span></td><td>" +
         text_kind_name(t.kind) + (t.b1 ? " (B1)" : "") + "</td>" + number_cell(m.sentences, 0) +
         number_cell(m.words, 0) + number_cell(m.words_per_sentence, 1) + percent_cell(m.share_long_sentences) +
         percent_cell(m.share_polysyllabic) + number_cell(m.flesch_douma, 0) + number_cell(m.lix, 0) + "<td>" +
         verdict(t) + "</td></tr>\n";
  }
  return h + "</tbody>\n</table></section>\n";
}

std::string pool_table(const CheckResult& r) {
  std::string h =
      "<p>Een tekst van minder dan " + std::to_string(r.taal.min_woorden_meting) +
      " woorden is te kort voor een betrouwbare meting. Zulke teksten moeten samen met de andere teksten van "
      "dezelfde soort aan de drempels voldoen.</p>\n<div class=\"tabel-houder\"><table>\n<thead><tr>";
  for (const char* col : {"Soort", "Teksten", "Waarvan kort", "Woorden", "Woorden per zin", "Flesch-Douma", "LIX",
                          "Oordeel"})
    h += std::string("<th scope=\"col\">") + col + "</th>";
  h += "</tr></thead>\n<tbody>\n";
  for (const auto& p : r.pools)
    h += "<tr><td>" + esc(p.group) + "</td>" + number_cell(static_cast<double>(p.texts), 0) +
         number_cell(static_cast<double>(p.short_texts), 0) + number_cell(p.metrics.words, 0) +
         number_cell(p.metrics.words_per_sentence, 1) + number_cell(p.metrics.flesch_douma, 0) +
         number_cell(p.metrics.lix, 0) + "<td>" +
         (p.meets ? "<span class=\"voldoet\">voldoet</span>" : "<span class=\"te-moeilijk\">te moeilijk</span>") +
         "</td></tr>\n";
  return h + "</tbody>\n</table></div>\n";
}

std::string details(const MeasuredText& t, std::size_t index, const TaalConfig& taal) {
  const TextMetrics& m = t.analysis.metrics;
  std::string h = "<section id=\"tekst-" + std::to_string(index + 1) + "\" aria-labelledby=\"kop-" +
                  std::to_string(index + 1) + "\">\n<h3 id=\"kop-" + std::to_string(index + 1) + "\">" +
                  esc(t.title) + ": " + text_kind_name(t.kind) + "</h3>\n<p><span class=\"plaats\">" +
                  esc(place(t.pos)) + "</span>";
  if (!t.output.empty()) h += " · gepubliceerd als <span class=\"plaats\">" + esc(t.output) + "</span>";
  h += "</p>\n<p>" + std::to_string(m.sentences) + " zinnen, " + std::to_string(m.words) +
       " woorden, gemiddeld " + dutch_number(m.words_per_sentence) + " woorden per zin, Flesch-Douma " +
       dutch_number(m.flesch_douma, 0) + ", LIX " + dutch_number(m.lix, 0) + ". " + verdict(t) + ".</p>\n";
  std::string long_list;
  for (const auto& s : t.analysis.sentences) {
    if (s.heading || s.words <= taal.max_zinslengte) continue;
    long_list += "<li><span class=\"plaats\">regel " + std::to_string(s.pos.line) + "</span>, " +
                 std::to_string(s.words) + " woorden: " + esc(s.text) + "</li>\n";
  }
  if (!long_list.empty())
    h += "<h4>Zinnen van meer dan " + std::to_string(taal.max_zinslengte) + " woorden</h4>\n<ul>\n" + long_list +
         "</ul>\n";
  if (!t.analysis.difficult.empty()) {
    h += "<h4>Moeilijke woorden</h4>\n<p>Kies een gewoner woord, of leg het woord uit in "
         "<span class=\"plaats\">woordenlijst/</span>.</p>\n<ul>\n";
    for (const auto& w : t.analysis.difficult) {
      const std::string why = w.verdict.kind == Difficulty::compound
                                  ? "samengesteld: " + esc(w.verdict.first) + " + " + esc(w.verdict.second)
                                  : std::to_string(w.syllables) + " lettergrepen";
      h += "<li><strong>" + esc(w.word) + "</strong> (" + why + "; regel " + std::to_string(w.pos.line) +
           "): " + in_context(w.sentence, w.word) + "</li>\n";
    }
    h += "</ul>\n";
  }
  return h + "</section>\n";
}

std::string other_findings(const CheckResult& r) {
  std::string rows;
  for (const auto& d : r.diags.items) {
    if (d.rule == "b1-zinslengte" || d.rule == "moeilijk-woord" || d.rule == "taal-meting") continue;
    rows += "<tr><td class=\"plaats\">" + esc(place(d.pos)) + "</td><td>" + severity_word(d.severity) + "</td><td>" +
            esc(d.message) + (d.hint.empty() ? "" : "<br><em>" + esc(d.hint) + "</em>") + "</td><td>" +
            esc(d.rule) + "</td></tr>\n";
  }
  if (rows.empty()) return "<p>Geen andere bevindingen.</p>\n";
  return "<div class=\"tabel-houder\"><table class=\"sorteerbaar\">\n<thead><tr><th scope=\"col\"><button "
         "type=\"button\">Plaats</button></th><th scope=\"col\"><button type=\"button\">Soort</button></th><th "
         "scope=\"col\">Melding</th><th scope=\"col\"><button type=\"button\">Regel</button></th></tr></thead>\n"
         "<tbody>\n" + rows + "</tbody>\n</table></div>\n";
}

}  // namespace

std::map<std::string, std::string> render_rapport(const CheckResult& r) {
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; "
      "style-src 'self'; img-src 'self'\">\n<title>Taalrapport van wegwijzer check</title>\n"
      "<link rel=\"stylesheet\" href=\"rapport.css\">\n<script src=\"rapport.js\" defer></script>\n</head>\n"
      "<body>\n<main>\n<h1>Taalrapport van wegwijzer check</h1>\n<p>" +
      esc(check_summary(r)) + ".</p>\n";
  if (!r.language_ran) {
    h += "<p>De taaltoets heeft niet gedraaid; zie de fouten hieronder.</p>\n";
  } else {
    h += "<p>Drempels voor B1-teksten (uit <span class=\"plaats\">[taal]</span> in site-config.toml): gemiddeld "
         "hoogstens " + dutch_number(r.taal.max_woorden_per_zin) + " woorden per zin, geen zin langer dan " +
         std::to_string(r.taal.max_zinslengte) + " woorden, Flesch-Douma minstens " +
         dutch_number(r.taal.min_flesch_douma, 0) +
         ". De tekst van het kader zelf is officieel: die wordt gemeten, niet getoetst.</p>\n"
         "<h2>Per soort tekst</h2>\n" + pool_table(r) + "<h2>Alle teksten</h2>\n" + table(r) + "<h2>Lange zinnen en moeilijke woorden</h2>\n";
    for (std::size_t i = 0; i < r.texts.size(); ++i)
      if (has_details(r.texts[i], r.taal.max_zinslengte)) h += details(r.texts[i], i, r.taal);
  }
  h += "<h2>Andere bevindingen</h2>\n" + other_findings(r) + "</main>\n</body>\n</html>\n";
  return {{"index.html", h}, {"rapport.css", std::string(kCss)}, {"rapport.js", std::string(kJs)}};
}

}  // namespace ww
