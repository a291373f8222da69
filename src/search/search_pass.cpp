#include "search/search_pass.h"

#include "core/html.h"
#include "search/documents.h"
#include "search/emit.h"
#include "search/index.h"

namespace ww {

namespace {

/// The links offered without JavaScript: the glossary and the contents (the home page when
/// the site has no separate table of contents).
std::string without_javascript(const ParsedSite& site) {
  std::string out =
      "<div class=\"zoeken-zonder-js\" id=\"zoeken-zonder-js\">\n"
      "<p>Zoeken werkt alleen als JavaScript aan staat in uw browser.</p>\n";
  std::string links;
  if (site.has_output("woordenlijst.html"))
    links +=
        "<li>Moeilijke woorden staan in de <a href=\"woordenlijst.html\">woordenlijst</a>.</li>\n";
  for (const char* toc : {"inhoudsopgave.html", "inhoud.html", "index.html"})
    if (site.has_output(toc)) {
      links += std::string("<li>Alle onderwerpen vindt u via de <a href=\"") + toc +
               "\">inhoudsopgave</a>.</li>\n";
      break;
    }
  if (!links.empty())
    out += "<p>Zonder JavaScript kunt u zo verder:</p>\n<ul>\n" + links + "</ul>\n";
  out += "</div>\n";
  return out;
}

}  // namespace

std::string search_page_html(const ParsedSite& site) {
  std::string out = "<div class=\"zoeken\" id=\"zoeken-pagina\">\n";
  out += without_javascript(site);
  out +=
      "<form class=\"zoekformulier\" id=\"zoekformulier\" action=\"zoeken.html\" method=\"get\" "
      "role=\"search\" aria-label=\"Zoeken\" hidden>\n"
      "<label class=\"zoekformulier-label\" for=\"zoekterm\">Zoekwoorden</label>\n"
      "<div class=\"zoekformulier-regel\">\n"
      "<input class=\"zoekformulier-invoer\" type=\"search\" id=\"zoekterm\" name=\"q\" "
      "autocomplete=\"off\" "
      "spellcheck=\"false\" aria-describedby=\"zoekuitleg\">\n"
      "<button class=\"zoekformulier-knop\" type=\"submit\">Zoeken</button>\n"
      "</div>\n"
      "<p class=\"zoekuitleg\" id=\"zoekuitleg\">Zoek in de tekst van het kader, de woordenlijst "
      "en het VIT. "
      "U ziet de resultaten terwijl u typt.</p>\n"
      "</form>\n"
      // The live region is in the page from the start, so screen readers announce changes.
      "<p class=\"zoekstatus\" id=\"zoekstatus\" role=\"status\" aria-live=\"polite\" "
      "aria-atomic=\"true\"></p>\n"
      "<p class=\"zoeksuggestie\" id=\"zoeksuggestie\" hidden></p>\n"
      "<ol class=\"zoekresultaten\" id=\"zoekresultaten\" aria-label=\"Zoekresultaten\"></ol>\n"
      "<p class=\"zoekmeer\"><button class=\"zoekmeer-knop\" type=\"button\" id=\"zoekmeer\" "
      "hidden>"
      "Meer resultaten tonen</button></p>\n"
      "</div>\n";
  out += std::string("<script src=\"") + kSearchIndexOutput + "\" defer></script>\n";
  out += "<script src=\"js/zoeken-kern.js\" defer></script>\n";
  out += "<script src=\"js/zoeken.js\" defer></script>\n";
  return out;
}

SearchStats run_search_pass(ParsedSite& site, const SiteConfig&, Diagnostics& diags) {
  SearchCorpus corpus = collect_search_documents(site);
  SearchIndex index = build_search_index(corpus, site.threads);
  SearchStats stats;
  stats.pages = corpus.pages.size();
  stats.docs = corpus.docs.size();
  stats.terms = index.terms.size();
  for (const auto& d : corpus.docs) stats.text_bytes += d.heading.size() + d.text.size();

  std::string index_js = search_index_js(corpus, index, site.threads);
  stats.index_bytes = index_js.size();
  site.files[kSearchIndexOutput] = std::move(index_js);
  for (auto& [path, js] : search_text_files(corpus, site.threads)) {
    stats.snippet_bytes += js.size();
    site.files[path] = std::move(js);
  }

  Page page;
  page.file = kSearchPageOutput;
  page.output = kSearchPageOutput;
  page.title = "Zoeken";
  page.description = "Zoek in de tekst van het kader, de woordenlijst en het VIT.";
  page.html = search_page_html(site);
  add_generated_page(site, std::move(page), diags);
  return stats;
}

}  // namespace ww
