#include "pipeline/page_stream.h"

#include <optional>

#include "markdown/links.h"
#include "search/search_pass.h"
#include "vit/vit_pass.h"
#include "xref/aanvulling_pass.h"
#include "xref/abbreviations_pass.h"
#include "xref/afwijkingen_page.h"
#include "xref/generated_pages.h"
#include "xref/glossary_pass.h"
#include "xref/notes_pass.h"
#include "xref/zie_ook_pass.h"

namespace ww {

std::optional<DownloadSection> run_page_stream(ParsedSite& site, const PageStreamInput& in,
                                               Diagnostics& diags,
                                               const std::function<void(std::string)>& mark) {
  // Before the stream: the passes that add pages content may link to, so page indices are
  // final while the pages stream (later pages are only appended).
  run_vit_pass(site, in.config, diags);
  mark("pass vit");
  if (in.inspect.begin) in.inspect.begin(site, in.theme);  // with the final page indices

  ensure_extensions_registered();
  NotesPass notes(site);
  GlossaryPass glossary(site);
  AbbreviationsPass abbreviations(site);
  LinkPass links(site, pages_made_later(site, in.config));
  std::optional<SearchPass> search;  // without: zoeken.html only (check publishes nothing)
  if (in.search_index) search.emplace(site, worker_count(in.workers), in.write_early);
  const std::size_t n = site.pages.size();
  std::vector<Diagnostics> page_diags(n);  // the aanvulling's place, the download heading
  std::vector<char> download_slot(n, 0);
  mark("passes voorbereiden");

  // One page at a time per worker, every step back to back while its tree is in cache, in the
  // order the passes depend on each other: the aanvulling first (the others read the page in
  // reading order), citations and footnotes become notes, then glossary terms, then
  // abbreviations (terms go first so an abbreviation inside a term stays in the term's link),
  // then links (their anchors are checked in links.merge), and last the search text, as the
  // others left it.
  parallel_for_workers(n, in.workers, [&](std::size_t i, unsigned worker) {
    PageRecord& record = site.pages[i];
    if (!record.markdown) return;  // a generated page: no Markdown
    parse_page(record, in.markdown);
    if (in.inspect.page) in.inspect.page(site, i);
    place_aanvulling(site, i, page_diags[i]);
    notes.page(site, i);
    glossary.page(site, i);
    // It only marks the abbreviations in the html and lists their pages on afkortingen.html: it
    // reports nothing, so without html (check) it is left out.
    if (in.html) abbreviations.page(site, i);
    download_slot[i] = add_download_slot(site, i, in.download, in.config, page_diags[i]);
    links.page(site, i);
    if (search) search->page(site, i, worker);
    if (in.html)
      render_page_body(record, in.parts);
    else
      hand_over_page_parts(record, in.parts);
    free_trees(record);
    std::vector<std::string>().swap(record.page.heading_ids);  // they were for the tree
    // Only the hint of an unused glossary term reads the Markdown again; once the pages done so
    // far link every term there is none.
    if (glossary.every_term_used()) std::string().swap(record.page.body);
  });
  mark("pagina's: parsen, passes, html");

  // The merges run on this thread, in page order, and beside them what needs none of their
  // results (PageStreamInput::beside_merges).
  auto merges = [&] {
    // The Markdown the stream kept is read once more, by the hint of an unused glossary term; it
    // is freed before the merges make the site-wide parts.
    glossary.warn_unused_terms(site);
    parallel_for(site.pages.size(), in.workers,
                 [&](std::size_t i) { std::string().swap(site.pages[i].page.body); });
    // The merges, in page order; each may append pages (bronnen.html, afkortingen.html, ...).
    for (Diagnostics& d : page_diags) diags.merge(std::move(d));
    // The parts a merge makes are rendered at once: their data (tables of page links) is many
    // times their text. bronnen.html's list, the largest, is made after the search merge, when
    // the search index's memory is free again.
    notes.merge(site, diags, true);  // bronnen.html and its anchors
    glossary.merge(site, diags, &in.parts);
    const std::size_t pages_before = site.pages.size();
    abbreviations.merge(site, diags);  // afkortingen.html
    for (std::size_t i = pages_before; i < site.pages.size(); ++i)
      render_parts(site.pages[i], in.parts);
    run_afwijkingen_pass(site, in.config, diags);
    run_zie_ook_pass(site, in.config, diags);
    links.merge(site, diags);
    // The anchors were what links may point at; every link is checked now.
    parallel_for(site.pages.size(), in.workers, [&](std::size_t i) {
      std::vector<std::string>().swap(site.pages[i].page.anchors);
    });
    mark("samenvoegen: noten, woordenlijst, afkortingen, links");
    if (search)
      search->merge(site, diags);
    else
      add_search_page(site, diags);
    mark("samenvoegen: zoeken");
    notes.add_bronnen_list(site, &in.parts);
    mark("bronnenlijst");
  };
  parallel_for(in.beside_merges ? 2 : 1, in.workers, [&](std::size_t part) {
    if (part == 0)
      merges();
    else
      in.beside_merges();
  });
  if (in.inspect.end) in.inspect.end(site, in.theme, diags);

  warn_without_over_page(site, in.download, in.config, diags);
  for (std::size_t i = 0; i < n; ++i)
    if (download_slot[i]) return DownloadSection{i};
  return std::nullopt;
}

}  // namespace ww
