#include "serve/error_page.h"

#include <cstdio>

#include "core/html.h"
#include "core/json.h"

namespace ww {

namespace {

const char* kPageHead =
    "<!DOCTYPE html>\n<html lang=\"nl\"%s>\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";

std::string head(const std::string& title, const std::string& html_attrs) {
  std::string out(kPageHead);
  out.replace(out.find("%s"), 2, html_attrs);
  out += "<title>" + html_escape(title) + "</title>\n";
  out += "<link rel=\"stylesheet\" href=\"" + std::string(kServePrefix) + "serve.css\">\n</head>\n";
  return out;
}

std::string diagnostic_list(const std::vector<Diagnostic>& diags) {
  std::string out = "<ol class=\"ww-serve-fouten\">\n";
  for (const auto& d : diags) {
    out += "<li class=\"ww-serve-" +
           std::string(d.severity == Severity::error ? "fout" : "waarschuwing") + "\">";
    if (std::string place = diagnostic_place(d); !place.empty())
      out += "<code class=\"ww-serve-plek\">" + html_escape(place) + "</code> ";
    out += "<strong>" + std::string(severity_word(d.severity)) + ":</strong> " +
           html_escape(d.message);
    if (!d.rule.empty())
      out += " <span class=\"ww-serve-regel\">[" + html_escape(d.rule) + "]</span>";
    if (!d.hint.empty())
      out += "<br><span class=\"ww-serve-hint\">hint: " + html_escape(d.hint) + "</span>";
    out += "</li>\n";
  }
  return out + "</ol>\n";
}

}  // namespace

std::string diagnostic_place(const Diagnostic& d) {
  if (d.pos.file.empty()) return {};
  std::string out = d.pos.file;
  if (d.pos.line > 0) {
    out += ':' + std::to_string(d.pos.line);
    if (d.pos.col > 0) out += ':' + std::to_string(d.pos.col);
  }
  return out;
}

std::string diagnostics_json(const std::vector<Diagnostic>& diags, const std::string& token) {
  std::string out = "{\"versie\":" + json_string(token) + ",\"fouten\":[";
  for (std::size_t i = 0; i < diags.size(); ++i) {
    const Diagnostic& d = diags[i];
    if (i) out += ',';
    out += "{\"plek\":" + json_string(diagnostic_place(d)) +
           ",\"soort\":" + json_string(severity_word(d.severity)) +
           ",\"melding\":" + json_string(d.message) + ",\"hint\":" + json_string(d.hint) +
           ",\"regel\":" + json_string(d.rule) + "}";
  }
  return out + "]}";
}

std::string error_page_html(const std::vector<Diagnostic>& errors, bool has_site,
                            const std::string& token, const std::vector<Diagnostic>& notices) {
  std::string out =
      head(errors.empty() ? "Geen fouten | Wegwijzer" : "Fouten in de site | Wegwijzer",
           " data-wegwijzer-foutpagina=\"" + html_escape(token) + "\"");
  out += "<body class=\"ww-serve-pagina\">\n<main>\n";
  if (errors.empty()) {
    out += "<h1>Geen fouten</h1>\n<p>De site is gebouwd zonder fouten.</p>\n";
    out += "<p><a href=\"/\">Naar de startpagina</a></p>\n";
    if (!notices.empty()) {
      const std::size_t n = notices.size();
      out +=
          "<h2>" + std::to_string(n) + (n == 1 ? " punt" : " punten") + " om te verbeteren</h2>\n";
      out +=
          "<p>Deze meldingen houden de voorvertoning niet tegen. <code>wegwijzer check</code> "
          "meldt ze ook.</p>\n";
      out += diagnostic_list(notices);
    }
  } else {
    std::size_t n = 0;
    for (const auto& d : errors) n += d.severity == Severity::error ? 1 : 0;
    out += "<h1>De site kan niet gebouwd worden</h1>\n";
    out += "<p>Wegwijzer vond " + std::to_string(n) + (n == 1 ? " fout" : " fouten") +
           ". Verbeter ze en sla het bestand op. Deze pagina laadt dan vanzelf opnieuw.</p>\n";
    if (has_site)
      out +=
          "<p>Tot die tijd ziet u de laatste versie van de site die wel goed was. "
          "<a href=\"/\">Naar de startpagina</a></p>\n";
    out += diagnostic_list(errors);
  }
  out += "</main>\n<script src=\"" + std::string(kServePrefix) +
         "livereload.js\"></script>\n</body>\n</html>\n";
  return out;
}

std::string not_found_html(const std::string& path) {
  std::string out = head("Pagina niet gevonden | Wegwijzer", "");
  out += "<body class=\"ww-serve-pagina\">\n<main>\n<h1>Pagina niet gevonden</h1>\n";
  out += "<p>De pagina <code>" + html_escape(path) + "</code> bestaat niet in deze site.</p>\n";
  out += "<p><a href=\"/\">Naar de startpagina</a></p>\n</main>\n";
  out += "<script src=\"" + std::string(kServePrefix) +
         "livereload.js\"></script>\n</body>\n</html>\n";
  return out;
}

std::string with_root_base(std::string html) {
  std::size_t head_tag = html.find("<head");
  if (head_tag == std::string::npos) return html;
  std::size_t close = html.find('>', head_tag);
  if (close == std::string::npos) return html;
  html.insert(close + 1, "\n<base href=\"/\">");
  return html;
}

}  // namespace ww
