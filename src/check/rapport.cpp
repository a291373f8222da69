#include "check/rapport.h"

#include <cstdio>
#include <map>
#include <set>
#include <string_view>

#include "check/output.h"
#include "core/html.h"
#include "core/utf8.h"
#include "language/alternatives.h"

namespace ww {

namespace {

constexpr std::string_view kCss =
    R"(:root { color-scheme: light dark; --rand: #8a8a8a; --fout: #b00020; --goed: #1b6b2f; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; margin: 0 auto;
  max-width: 80rem; padding: 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--rand); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
td[data-w] { text-align: right; font-variant-numeric: tabular-nums; }
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
.filter { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: 0.5rem 0; }
[hidden] { display: none !important; }
details > summary { cursor: pointer; }
@media (prefers-color-scheme: dark) { :root { --fout: #ff8a9a; --goed: #7fd08f; } }
)";

constexpr std::string_view kJs =
    R"(// Sorts the tables of the report when a column header is clicked (numbers by data-w).
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
        var v = cell.getAttribute("data-w");
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

// The filter: only the texts that must be B1, only one folder. Everything with data-map (and
// data-b1) is shown or hidden; works from file:// (no fetch, no storage).
var filter = document.getElementById("filter");
if (filter) {
  filter.hidden = false;
  var onlyB1 = document.getElementById("alleen-b1");
  var folder = document.getElementById("map");
  var apply = function () {
    var shown = 0;
    document.querySelectorAll("[data-map]").forEach(function (el) {
      var ok = (!onlyB1.checked || !el.hasAttribute("data-b1") || el.getAttribute("data-b1") === "ja") &&
        (folder.value === "" || el.getAttribute("data-map") === folder.value ||
         el.getAttribute("data-map").indexOf(folder.value + "/") === 0);
      el.hidden = !ok;
      if (ok && el.tagName === "TR") shown++;
    });
    document.getElementById("filter-telling").textContent = shown + " rijen zichtbaar";
  };
  onlyB1.addEventListener("change", apply);
  folder.addEventListener("change", apply);
  apply();
}
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
  std::snprintf(raw, sizeof raw, "%.5g", v);
  return "<td data-w=\"" + std::string(raw) + "\">" + dutch_number(v, decimals) + "</td>";
}

std::string percent_cell(double share) { return number_cell(share * 100.0, 0); }

/// The sentence with the first occurrence of `word` marked.
std::string in_context(const std::string& sentence, const std::string& word) {
  const std::size_t at = sentence.find(word);
  if (at == std::string::npos) return esc(sentence);
  return esc(sentence.substr(0, at)) + "<mark>" + esc(word) + "</mark>" +
         esc(sentence.substr(at + word.size()));
}

bool has_details(const MeasuredText& t, int max_words) {
  for (const auto& s : t.analysis.sentences)
    if (!s.heading && s.words > max_words) return true;
  return false;
}

/// What a text misses, per measure, in words that say which way is better: "gemiddeld 14,0
/// woorden per zin (B1: hoogstens 12,0)", "Flesch-Douma 40 (B1: minstens 65; hoger is
/// makkelijker)".
std::string misses(const MeasuredText& t, const TaalConfig& taal) {
  const TextMetrics& m = t.analysis.metrics;
  std::string out;
  auto add = [&](const std::string& s) { out += (out.empty() ? "" : "; ") + s; };
  if (m.words_per_sentence > taal.max_woorden_per_zin)
    add("gemiddeld " + dutch_number(m.words_per_sentence) + " woorden per zin (B1: hoogstens " +
        dutch_number(taal.max_woorden_per_zin) + ")");
  if (m.long_sentences > 0)
    add(std::to_string(m.long_sentences) + (m.long_sentences == 1 ? " zin" : " zinnen") +
        " langer dan " + std::to_string(taal.max_zinslengte) + " woorden");
  if (m.flesch_douma < taal.min_flesch_douma)
    add("Flesch-Douma " + dutch_number(m.flesch_douma, 0) + " (B1: minstens " +
        dutch_number(taal.min_flesch_douma, 0) + "; hoger is makkelijker)");
  return out;
}

/// The verdict in the table: which measures miss, without the numbers (the row has them).
std::string short_verdict(const MeasuredText& t, const TaalConfig& taal) {
  if (t.meets) return "<span class=\"voldoet\">voldoet</span>";
  const TextMetrics& m = t.analysis.metrics;
  std::string out;
  auto add = [&](const char* s) { out += (out.empty() ? "" : ", ") + std::string(s); };
  if (m.words_per_sentence > taal.max_woorden_per_zin) add("zinnen gemiddeld te lang");
  if (m.long_sentences > 0) add("lange zinnen");
  if (m.flesch_douma < taal.min_flesch_douma) add("Flesch-Douma te laag");
  if (t.b1) return "<span class=\"te-moeilijk\">te moeilijk</span>: " + out;
  return "officiële tekst: " + out;
}

std::string verdict(const MeasuredText& t, const TaalConfig& taal) {
  if (t.meets) return "<span class=\"voldoet\">voldoet</span>";
  if (t.b1) return "<span class=\"te-moeilijk\">te moeilijk</span>: " + esc(misses(t, taal));
  return "niet op B1 (officiële tekst, niet getoetst): " + esc(misses(t, taal));
}

/// The folder of a file ("content/kader" for "content/kader/h1.md").
std::string folder_of(const std::string& file) {
  const std::size_t slash = file.rfind('/');
  return slash == std::string::npos ? std::string(".") : file.substr(0, slash);
}

std::string filter_attrs(const std::string& file, bool b1) {
  return " data-map=\"" + esc(folder_of(file)) + "\" data-b1=\"" + (b1 ? "ja" : "nee") + "\"";
}

/// The filter form; hidden until rapport.js shows it (without JavaScript everything shows).
std::string filter_form(const CheckResult& r) {
  std::set<std::string> folders;
  for (const auto& t : r.texts) {
    std::string f = folder_of(t.file);
    while (!f.empty() && f != ".") {
      folders.insert(f);
      const std::size_t slash = f.rfind('/');
      f = slash == std::string::npos ? std::string() : f.substr(0, slash);
    }
  }
  std::string h =
      "<div id=\"filter\" class=\"filter\" role=\"group\" hidden aria-label=\"Filter\">\n"
      "<label><input type=\"checkbox\" id=\"alleen-b1\"> Alleen teksten die B1 moeten "
      "zijn</label>\n"
      "<label>Map: <select id=\"map\"><option value=\"\">alle mappen</option>";
  for (const auto& f : folders) h += "<option value=\"" + esc(f) + "\">" + esc(f) + "</option>";
  return h +
         "</select></label>\n<output id=\"filter-telling\" "
         "aria-live=\"polite\"></output>\n</div>\n";
}

std::string table(const CheckResult& r) {
  std::string h =
      "<section class=\"tabel-houder\" tabindex=\"0\" aria-label=\"Alle teksten\"><table "
      "class=\"sorteerbaar\">\n<caption>Leesbaarheid per tekst. Klik op een "
      "kop om te sorteren.</caption>\n<thead><tr>";
  for (const char* col :
       {"Pagina", "Soort", "Zinnen", "Woorden", "Woorden per zin", "Lange zinnen (%)",
        "Woorden van 4+ lettergrepen (%)", "Flesch-Douma", "LIX", "Oordeel"})
    h += std::string("<th scope=\"col\"><button type=\"button\">") + col + "</button></th>";
  h += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < r.texts.size(); ++i) {
    const MeasuredText& t = r.texts[i];
    const TextMetrics& m = t.analysis.metrics;
    std::string name = esc(t.title);
    if (has_details(t, r.taal.max_zinslengte))
      name = "<a href=\"#tekst-" + std::to_string(i + 1) + "\">" + name + "</a>";
    h += "<tr" + filter_attrs(t.file, t.b1) + "><td>" + name + "<br><span class=\"plaats\">" +
         esc(place(t.pos)) + "</span></td><td>" + text_kind_name(t.kind) + (t.b1 ? " (B1)" : "") +
         "</td>" + number_cell(m.sentences, 0) + number_cell(m.words, 0) +
         number_cell(m.words_per_sentence, 1) + percent_cell(m.share_long_sentences) +
         percent_cell(m.share_polysyllabic) + number_cell(m.flesch_douma, 0) +
         number_cell(m.lix, 0) + "<td>" + short_verdict(t, r.taal) + "</td></tr>\n";
  }
  return h + "</tbody>\n</table></section>\n";
}

std::string pool_table(const CheckResult& r) {
  std::string h = "<p>Een tekst van minder dan " + std::to_string(r.taal.min_woorden_meting) +
                  " woorden is te kort voor een betrouwbare meting. Zulke teksten moeten samen met "
                  "de andere teksten van "
                  "dezelfde soort aan de drempels voldoen.</p>\n<div "
                  "class=\"tabel-houder\"><table>\n<thead><tr>";
  for (const char* col : {"Soort", "Teksten", "Waarvan kort", "Woorden", "Woorden per zin",
                          "Flesch-Douma", "LIX", "Oordeel"})
    h += std::string("<th scope=\"col\">") + col + "</th>";
  h += "</tr></thead>\n<tbody>\n";
  for (const auto& p : r.pools)
    h += "<tr><td>" + esc(p.group) + "</td>" + number_cell(static_cast<double>(p.texts), 0) +
         number_cell(static_cast<double>(p.short_texts), 0) + number_cell(p.metrics.words, 0) +
         number_cell(p.metrics.words_per_sentence, 1) + number_cell(p.metrics.flesch_douma, 0) +
         number_cell(p.metrics.lix, 0) + "<td>" +
         (p.meets ? "<span class=\"voldoet\">voldoet</span>"
                  : "<span class=\"te-moeilijk\">te moeilijk</span>") +
         "</td></tr>\n";
  return h + "</tbody>\n</table></div>\n";
}

/// The long sentences of one text. B1 texts in full; for the kader's own text (measured, not
/// held to B1) only the lines and lengths, so the report does not repeat the kader.
std::string details(const MeasuredText& t, std::size_t index, const TaalConfig& taal) {
  std::string long_list;
  int count = 0;
  for (const auto& s : t.analysis.sentences) {
    if (s.heading || s.words <= taal.max_zinslengte) continue;
    ++count;
    if (t.b1)
      long_list += "<li><span class=\"plaats\">regel " + std::to_string(s.pos.line) + "</span>, " +
                   std::to_string(s.words) + " woorden: " + esc(s.text) + "</li>\n";
    else
      long_list += std::string(long_list.empty() ? "" : ", ") + "regel " +
                   std::to_string(s.pos.line) + " (" + std::to_string(s.words) + ")";
  }
  std::string h = "<section id=\"tekst-" + std::to_string(index + 1) + "\"" +
                  filter_attrs(t.file, t.b1) + " aria-labelledby=\"kop-" +
                  std::to_string(index + 1) + "\">\n<h3 id=\"kop-" + std::to_string(index + 1) +
                  "\">" + esc(t.title) + ": " + text_kind_name(t.kind) +
                  "</h3>\n<p><span class=\"plaats\">" + esc(place(t.pos)) + "</span>";
  if (!t.output.empty())
    h += " · gepubliceerd als <span class=\"plaats\">" + esc(t.output) + "</span>";
  h += ". " + verdict(t, taal) + ".</p>\n";
  const std::string title = std::to_string(count) + (count == 1 ? " zin" : " zinnen") +
                            " van meer dan " + std::to_string(taal.max_zinslengte) + " woorden";
  if (t.b1) return h + "<h4>" + title + "</h4>\n<ul>\n" + long_list + "</ul>\n</section>\n";
  return h + "<p>" + title + ": " + long_list + ".</p>\n</section>\n";
}

/// One row per difficult word of the B1 texts: why, a simpler word, and every place (collapsed).
std::string difficult_words(const CheckResult& r) {
  struct Row {
    const DifficultWord* first = nullptr;
    const MeasuredText* text = nullptr;
    std::vector<std::pair<SourcePos, const MeasuredText*>> places;
  };
  std::map<std::string, Row> rows;
  for (const auto& t : r.texts) {
    if (!t.b1) continue;
    for (const auto& w : t.analysis.difficult) {
      Row& row = rows[fold_text(w.word)];
      if (!row.first) {
        row.first = &w;
        row.text = &t;
      }
      if (w.places.empty()) row.places.emplace_back(w.pos, &t);
      for (const auto& p : w.places) row.places.emplace_back(p, &t);
    }
  }
  if (rows.empty()) return "<p>Geen moeilijke woorden in de B1-teksten.</p>\n";
  std::string h =
      "<p>Eén rij per woord. Kies een gewoner woord. Een vakterm die moet blijven, legt u uit in "
      "<span class=\"plaats\">woordenlijst/</span>; een samengesteld woord zegt u liever met meer "
      "woorden.</p>\n"
      "<div class=\"tabel-houder\"><table class=\"sorteerbaar\">\n<thead><tr><th "
      "scope=\"col\"><button "
      "type=\"button\">Woord</button></th><th scope=\"col\">Waarom</th><th "
      "scope=\"col\">Gewoner</th><th "
      "scope=\"col\"><button type=\"button\">Keer</button></th><th "
      "scope=\"col\">Plaatsen</th></tr></thead>\n"
      "<tbody>\n";
  for (const auto& [key, row] : rows) {
    const DifficultWord& w = *row.first;
    const std::string why =
        w.verdict.kind == Difficulty::compound
            ? "samengesteld: " + esc(w.verdict.first) + " + " + esc(w.verdict.second) +
                  (w.verdict.rare.empty() ? "" : " ('" + esc(w.verdict.rare) + "' is niet gewoon)")
            : std::to_string(w.syllables) + " lettergrepen";
    std::string places;
    std::set<std::string> folders;
    for (const auto& [p, t] : row.places) {
      places += "<li><span class=\"plaats\">" + esc(place(p)) + "</span></li>";
      folders.insert(folder_of(p.file));
    }
    // A word used in one folder filters with that folder; used in several, with their common start.
    std::string folder = *folders.begin();
    for (const auto& f : folders)
      while (!folder.empty() && !f.starts_with(folder)) {
        const std::size_t slash = folder.rfind('/');
        folder = slash == std::string::npos ? std::string() : folder.substr(0, slash);
      }
    h += "<tr data-map=\"" + esc(folder.empty() ? std::string(".") : folder) +
         "\" data-b1=\"ja\"><td><strong>" + esc(w.word) + "</strong><br>" +
         in_context(w.sentence, w.word) + "</td><td>" + why + "</td><td>" +
         esc(std::string(simpler_word(w.word))) + "</td>" +
         number_cell(static_cast<double>(row.places.size()), 0) + "<td><details><summary>" +
         std::to_string(row.places.size()) + (row.places.size() == 1 ? " plaats" : " plaatsen") +
         "</summary><ul>" + places + "</ul></details></td></tr>\n";
  }
  return h + "</tbody>\n</table></div>\n";
}

std::string other_findings(const CheckResult& r) {
  std::string rows;
  for (const auto& d : r.diags.items) {
    if (d.rule == "b1-zinslengte" || d.rule == "moeilijk-woord" || d.rule == "taal-meting")
      continue;
    rows += "<tr data-map=\"" + esc(folder_of(d.pos.file)) + "\"><td class=\"plaats\">" +
            esc(place(d.pos)) + "</td><td>" + severity_word(d.severity) + "</td><td>" +
            esc(d.message) + (d.hint.empty() ? "" : "<br><em>" + esc(d.hint) + "</em>") +
            "</td><td>" + esc(d.rule) + "</td></tr>\n";
  }
  if (rows.empty()) return "<p>Geen andere bevindingen.</p>\n";
  return "<div class=\"tabel-houder\"><table class=\"sorteerbaar\">\n<thead><tr><th "
         "scope=\"col\"><button "
         "type=\"button\">Plaats</button></th><th scope=\"col\"><button "
         "type=\"button\">Soort</button></th><th "
         "scope=\"col\">Melding</th><th scope=\"col\"><button "
         "type=\"button\">Regel</button></th></tr></thead>\n"
         "<tbody>\n" +
         rows + "</tbody>\n</table></div>\n";
}

}  // namespace

std::map<std::string, std::string> render_rapport(const CheckResult& r) {
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src "
      "'self'; "
      "style-src 'self'; img-src 'self'\">\n<title>Taalrapport van wegwijzer check</title>\n"
      "<link rel=\"stylesheet\" href=\"rapport.css\">\n<script src=\"rapport.js\" "
      "defer></script>\n</head>\n"
      "<body>\n<main>\n<h1>Taalrapport van wegwijzer check</h1>\n<p>" +
      esc(check_summary(r)) + ".</p>\n";
  if (!r.language_ran) {
    h += "<p>De taaltoets heeft niet gedraaid; zie de fouten hieronder.</p>\n";
  } else {
    h += "<p>Drempels voor B1-teksten (uit <span class=\"plaats\">[taal]</span> in "
         "site-config.toml): gemiddeld "
         "hoogstens " +
         dutch_number(r.taal.max_woorden_per_zin) + " woorden per zin, geen zin langer dan " +
         std::to_string(r.taal.max_zinslengte) + " woorden, Flesch-Douma minstens " +
         dutch_number(r.taal.min_flesch_douma, 0) +
         ". De tekst van het kader zelf is officieel: die wordt gemeten, niet getoetst.</p>\n"
         "<h2>Per soort tekst</h2>\n" +
         pool_table(r) + filter_form(r) + "<h2>Alle teksten</h2>\n" + table(r) +
         "<h2>Moeilijke woorden</h2>\n" + difficult_words(r) + "<h2>Lange zinnen</h2>\n";
    for (std::size_t i = 0; i < r.texts.size(); ++i)
      if (has_details(r.texts[i], r.taal.max_zinslengte)) h += details(r.texts[i], i, r.taal);
  }
  h += "<h2>Andere bevindingen</h2>\n" + other_findings(r) + "</main>\n</body>\n</html>\n";
  return {{"index.html", h}, {"rapport.css", std::string(kCss)}, {"rapport.js", std::string(kJs)}};
}

}  // namespace ww
