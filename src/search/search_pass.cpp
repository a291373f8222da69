#include "search/search_pass.h"

#include "core/html.h"
#include "search/documents.h"
#include "search/emit.h"
#include "search/index.h"

namespace ww {

toml::table search_page_data(const ParsedSite& site) {
  toml::table data{{"zoekindex", kSearchIndexOutput}};
  // The links offered without JavaScript: the glossary and the contents (the home page when the
  // site has no separate table of contents).
  if (site.has_output("woordenlijst.html")) {
    data.insert("woordenlijst_url", "woordenlijst.html");
    data.insert("heeft_woordenlijst", true);
  }
  for (const char* toc : {"inhoudsopgave.html", "inhoud.html", "index.html"})
    if (site.has_output(toc)) {
      data.insert("inhoud_url", toc);
      data.insert("heeft_inhoud", true);
      break;
    }
  if (data.contains("woordenlijst_url") || data.contains("inhoud_url"))
    data.insert("heeft_links", true);
  return data;
}

SearchStats run_search_pass(ParsedSite& site, const SiteConfig&, Diagnostics& diags) {
  SearchCorpus corpus = collect_search_documents(site);
  SearchIndex index = build_search_index(corpus, site.threads);
  return finish_search_pass(site, std::move(corpus), std::move(index), diags);
}

SearchPass::SearchPass(const ParsedSite& site, unsigned workers, SnippetFileWriter write)
    : documents_(site, std::move(write)), index_(documents_.search_pages(), workers) {}

void SearchPass::page(const ParsedSite& site, std::size_t i, unsigned worker) {
  documents_.page(site, i);
  const SearchDocuments::PageDocs& docs = documents_.of(i);
  if (docs.has) index_.add_page(documents_.search_page(i), docs.page, docs.docs, worker);
  documents_.make_snippets(i);  // the texts are not needed any more: only their snippet part
}

SearchStats SearchPass::merge(ParsedSite& site, Diagnostics& diags) {
  SearchCorpus corpus = documents_.merge(site);
  SearchIndex index = index_.finish(corpus, true);  // only zoekindex.js reads the postings
  return finish_search_pass(site, std::move(corpus), std::move(index), diags);
}

SearchStats finish_search_pass(ParsedSite& site, SearchCorpus corpus, SearchIndex index,
                               Diagnostics& diags) {
  complete_snippets(corpus, site.threads);  // the pages a merge added
  SearchStats stats;
  stats.pages = corpus.pages.size();
  stats.docs = corpus.docs.size();
  stats.terms = index.terms.size();
  for (const auto& d : corpus.docs) stats.text_bytes += d.heading.size();
  stats.text_bytes += corpus.snippet_files.text_bytes();

  std::string index_js = search_index_js(corpus, index, site.threads);
  stats.index_bytes = index_js.size();
  site.files[kSearchIndexOutput] = std::move(index_js);
  index = SearchIndex{};  // freed as soon as zoekindex.js is made
  for (auto& [path, js] : corpus.snippet_files.take_files()) {
    stats.snippet_bytes += js.size();
    site.files[path] = std::move(js);
  }

  add_search_page(site, diags);
  return stats;
}

void add_search_page(ParsedSite& site, Diagnostics& diags) {
  Page page;
  page.file = kSearchPageOutput;
  page.output = kSearchPageOutput;
  page.title = "Zoeken";
  page.description = "Zoek in de tekst van het kader, de woordenlijst en het VIT.";
  // The page is the theme's partial zoekpagina (docs/templates.md, "Page parts").
  if (auto at = add_generated_page(site, std::move(page), diags))
    site.pages[*at].parts.push_back({"zoekpagina", search_page_data(site)});
}

}  // namespace ww
