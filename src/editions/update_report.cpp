#include "editions/update_report.h"

#include <sstream>

#include "core/html.h"
#include "editions/word_diff.h"

namespace ww {

namespace {

constexpr std::size_t kContextWords = 6;

std::string one_line(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(one_line(s));
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

const char* kind_word(const BaseFinding& f) {
  if (f.soort == "aanvulling") return "Aanvulling";
  if (f.soort == "vervangen") return "Vervangen pagina";
  if (f.soort == "verborgen") return "Verborgen pagina";
  if (f.soort == "vraag") return "Verborgen uitspraak van het VIT";
  if (f.soort == "begrip") return "Begrip uit de woordenlijst";
  if (f.soort == "afkorting") return "Afkorting";
  return "Overig";
}

std::string where(const SourcePos& p) {
  std::string out = p.file;
  if (p.line > 0)
    out += ":" + std::to_string(p.line) + (p.col > 0 ? ":" + std::to_string(p.col) : "");
  return out;
}

/// The first letter as a capital, for a message that stands as a sentence of its own.
std::string sentence(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

/// A finding's hint without the advice to run this very report.
std::string report_hint(const std::string& hint) {
  static const std::string kSelf =
      "bekijk de veranderingen woord voor woord met: wegwijzer basis; ";
  return hint.starts_with(kSelf) ? hint.substr(kSelf.size()) : hint;
}

std::string diff_html(const std::string& before, const std::string& after) {
  std::string out = "<div class=\"tekst\">";
  for (const auto& s : diff_words(before, after).segments) {
    if (s.kind == DiffKind::toegevoegd)
      out += "<ins><span class=\"vh\">[toegevoegd: </span>" + html_escape(s.text) +
             "<span class=\"vh\">]</span></ins>";
    else if (s.kind == DiffKind::verwijderd)
      out += "<del><span class=\"vh\">[verwijderd: </span>" + html_escape(s.text) +
             "<span class=\"vh\">]</span></del>";
    else
      out += html_escape(s.text);
  }
  return out + "</div>\n";
}

std::string summary(const UpdateReport& r) {
  std::size_t errors = r.errors.size(), review = 0;
  for (const auto& f : r.findings)
    if (f.severity == Severity::error)
      ++errors;
    else if (f.severity == Severity::warning)
      ++review;
  if (errors > 0)
    return std::to_string(errors) + (errors == 1 ? " fout" : " fouten") +
           ": los die eerst op. Daarna kunt u de nieuwe basis vastleggen.";
  if (!r.has_lock)
    return "Er is nog geen basis.lock. Kijk of uw eigen tekst past bij de tekst van de VNG. Leg "
           "het daarna vast met: wegwijzer basis --vastleggen";
  if (review > 0)
    return std::to_string(review) + (review == 1 ? " punt" : " punten") +
           " om na te kijken. Past uw eigen tekst nog? Leg de nieuwe basis daarna vast met: "
           "wegwijzer basis --vastleggen";
  if (!r.lock_current)
    return "Niets om na te kijken, maar basis.lock is niet meer actueel. Leg de nieuwe basis vast "
           "met: wegwijzer basis --vastleggen";
  return "Niets om na te kijken: uw eigen tekst is vastgelegd tegen de tekst van de VNG van nu.";
}

std::string edition_line(const UpdateReport& r) {
  std::string now = r.editie.empty() ? "(kader_editie staat niet in de configuratie)" : r.editie;
  if (!r.has_lock) return "Tekst van de VNG nu: versie " + now + ". Nog geen basis.lock.";
  return "Vastgelegd in basis.lock: versie " + (r.lock_editie.empty() ? "(geen)" : r.lock_editie) +
         ". Tekst van de VNG nu: versie " + now + ".";
}

}  // namespace

int update_report_exit_code(const UpdateReport& r) {
  if (!r.errors.empty()) return 1;
  for (const auto& f : r.findings)
    if (f.severity == Severity::error) return 1;
  if (!r.has_lock || !r.lock_current || !r.findings.empty()) return 3;
  return 0;
}

std::vector<std::string> diff_excerpts(const std::string& before, const std::string& after,
                                       std::size_t max) {
  // The diff as words with their kind; then each run of changes with a few words around it
  // (runs closer together than twice that are one excerpt).
  struct Word {
    DiffKind kind;
    std::string text;
  };
  std::vector<Word> words;
  for (const auto& s : diff_words(before, after).segments)
    for (auto& w : words_of(s.text)) words.push_back({s.kind, std::move(w)});
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < words.size() && out.size() < max) {
    while (i < words.size() && words[i].kind == DiffKind::zelfde) ++i;
    if (i == words.size()) break;
    const std::size_t first = i;
    std::size_t last = i;  // one past the last changed word of this excerpt
    for (std::size_t gap = 0; i < words.size() && gap <= 2 * kContextWords; ++i) {
      if (words[i].kind == DiffKind::zelfde) {
        ++gap;
      } else {
        gap = 0;
        last = i + 1;
      }
    }
    i = last;
    const std::size_t from = first > kContextWords ? first - kContextWords : 0;
    const std::size_t to = std::min(words.size(), last + kContextWords);
    std::string line = from > 0 ? "..." : "";
    for (std::size_t k = from; k < to;) {
      const DiffKind kind = words[k].kind;
      std::string run;
      for (; k < to && words[k].kind == kind; ++k) run += (run.empty() ? "" : " ") + words[k].text;
      if (!line.empty()) line += ' ';
      line += kind == DiffKind::toegevoegd   ? "{+" + run + "+}"
              : kind == DiffKind::verwijderd ? "[-" + run + "-]"
                                             : run;
    }
    if (to < words.size()) line += " ...";
    out.push_back(std::move(line));
  }
  return out;
}

std::string update_report_text(const UpdateReport& r) {
  std::string out = "Update-rapport: " + r.site + "\n" + edition_line(r) + "\n";
  for (const auto& d : r.errors) out += "\n" + format_diagnostic(d) + "\n";
  for (const auto& f : r.findings) {
    out += "\n" + format_diagnostic({f.severity, f.pos, f.message, report_hint(f.hint), f.rule}) +
           "\n";
    if (f.rule == "basis-niet-vastgelegd") continue;
    if (!f.oude_tekst.empty() && !f.nieuwe_tekst.empty()) {
      auto parts = diff_excerpts(f.oude_tekst, f.nieuwe_tekst);
      if (!parts.empty()) out += "  veranderd ([-weg-] {+nieuw+}):\n";
      for (const auto& p : parts) out += "    " + p + "\n";
    }
  }
  out += "\n" + summary(r) + "\n";
  return out;
}

std::string update_report_html(const UpdateReport& r) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n" +
      std::string(kUpdateReportMarker) +
      "\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Update-rapport: " +
      html_escape(r.site) +
      "</title>\n<style>\n"
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;"
      "max-width:48rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}\n"
      "h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}\n"
      "section{border-top:1px solid #767676;padding-top:.5rem}\n"
      ".plaats{font-family:ui-monospace,monospace;overflow-wrap:anywhere}\n"
      ".fout{color:#a00000;font-weight:bold}.waarschuwing{color:#7a4d00;font-weight:bold}\n"
      ".tekst{white-space:pre-wrap;border:1px solid #767676;padding:.5rem;overflow-wrap:anywhere}\n"
      "ins{background:#d6f5d6;color:#0b3d0b;text-decoration:underline}\n"
      "del{background:#fbdada;color:#5c0000;text-decoration:line-through}\n"
      ".vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;"
      "clip:rect(0,0,0,0);white-space:nowrap;border:0}\n"
      "@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}"
      "ins{background:#0b3d0b;color:#e6ffe6}del{background:#5c0000;color:#ffe6e6}"
      ".fout{color:#ff8080}.waarschuwing{color:#ffc266}}\n"
      "</style>\n</head>\n<body>\n<main>\n<h1>Update-rapport: " +
      html_escape(r.site) + "</h1>\n<p>" + html_escape(edition_line(r)) + "</p>\n<p><strong>" +
      html_escape(summary(r)) + "</strong></p>\n";
  out +=
      "<p>Hieronder staat per punt wat er veranderd is in de tekst van de VNG. Nieuwe tekst is "
      "<ins><span class=\"vh\">toegevoegd: </span>onderstreept</ins>, weggehaalde tekst is "
      "<del><span class=\"vh\">verwijderd: </span>doorgestreept</del>.</p>\n";
  if (!r.errors.empty()) {
    out += "<h2>Fouten</h2>\n<ul>\n";
    for (const auto& d : r.errors)
      out += "<li><span class=\"plaats\">" + html_escape(where(d.pos)) +
             "</span>: " + html_escape(d.message) +
             (d.hint.empty() ? "" : " (" + html_escape(d.hint) + ")") + "</li>\n";
    out += "</ul>\n";
  }
  bool any = false;
  for (const auto& f : r.findings) {
    if (f.rule == "basis-niet-vastgelegd") continue;
    if (!any) out += "<h2>Nakijken</h2>\n";
    any = true;
    const char* cls = f.severity == Severity::error     ? "fout"
                      : f.severity == Severity::warning ? "waarschuwing"
                                                        : "opmerking";
    out += "<section>\n<h3>" + std::string(kind_word(f)) + ": " +
           html_escape(f.titel.empty() ? f.onderwerp : f.titel) + "</h3>\n<p><span class=\"" + cls +
           "\">" + severity_word(f.severity) + "</span> in <span class=\"plaats\">" +
           html_escape(where(f.pos)) + "</span> (" + html_escape(f.rule) + ")</p>\n<p>" +
           html_escape(sentence(f.message)) + ".</p>\n";
    if (!f.hint.empty())
      out += "<p>Wat kunt u doen? " + html_escape(sentence(report_hint(f.hint))) + ".</p>\n";
    if (!f.wijziging.empty())
      out += "<p>In de site: <span class=\"plaats\">" + html_escape(f.wijziging) + "</span></p>\n";
    if (!f.oude_tekst.empty() && !f.nieuwe_tekst.empty())
      out += "<h4>Wat er veranderd is</h4>\n" + diff_html(f.oude_tekst, f.nieuwe_tekst);
    else if (!f.oude_tekst.empty())
      out += "<h4>Zo stond het in basis.lock</h4>\n<div class=\"tekst\">" +
             html_escape(f.oude_tekst) + "</div>\n";
    out += "</section>\n";
  }
  std::vector<const BaseFinding*> unrecorded;
  for (const auto& f : r.findings)
    if (f.rule == "basis-niet-vastgelegd") unrecorded.push_back(&f);
  if (!unrecorded.empty()) {
    out +=
        "<h2>Nog niet vastgelegd</h2>\n<p>Deze eigen aanpassingen staan nog niet in "
        "basis.lock:</p>\n<ul>\n";
    for (const auto* f : unrecorded)
      out += "<li><span class=\"plaats\">" + html_escape(where(f->pos)) +
             "</span>: " + html_escape(f->message) + "</li>\n";
    out += "</ul>\n";
  }
  if (!any && r.errors.empty()) out += "<p>Er is niets veranderd onder uw eigen tekst.</p>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace ww
