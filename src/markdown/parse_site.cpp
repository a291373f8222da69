#include <algorithm>
#include <atomic>
#include <thread>

#include "markdown/headings.h"
#include "markdown/parsed_site.h"
#include "markdown/raw_html.h"

namespace ww {

ParsedSite parse_site(SiteContent content, const MarkdownOptions& options, unsigned threads) {
  ensure_extensions_registered();
  ParsedSite site;
  site.threads = std::max(1u, threads);
  site.content = std::move(content);
  const std::size_t n = site.content.pages.size();
  site.docs.resize(n);
  site.gewone_taal.resize(n);
  site.origins.resize(n);
  for (std::size_t i = 0; i < n; ++i)
    if (const auto& a = site.content.pages[i].aanvulling)
      site.origins[i] = std::make_unique<NodeOrigin>(NodeOrigin{a->file, a->body_line});
  parallel_for(n, threads, [&](std::size_t i) {
    Page& page = site.content.pages[i];
    site.docs[i] = parse_markdown(page.body, options);
    if (!options.unsafe_html) escape_raw_html(site.docs[i].get());
    std::size_t base_toc = 0;
    if (page.aanvulling) {
      // Count the base text's toc entries, then merge the aanvulling in as a marked block so
      // every pass (links, glossary, citations) treats it like the rest of the page.
      Page probe;
      collect_headings(site.docs[i].get(), probe);
      base_toc = probe.toc.size();
      NodePtr extra = parse_markdown(page.aanvulling->body, options);
      if (!options.unsafe_html) escape_raw_html(extra.get());
      cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
      cmark_node_set_on_enter(block, "");
      cmark_node_set_on_exit(block, "");
      cmark_node_set_user_data(block, site.origins[i].get());
      while (cmark_node* c = cmark_node_first_child(extra.get())) {
        cmark_node_unlink(c);
        cmark_node_append_child(block, c);
      }
      cmark_node_append_child(site.docs[i].get(), block);
    }
    collect_headings(site.docs[i].get(), page);
    if (page.aanvulling) {
      page.aanvulling_id = "aanvulling";
      page.anchors.push_back(page.aanvulling_id);
      page.toc.insert(page.toc.begin() + static_cast<std::ptrdiff_t>(base_toc),
                      TocEntry{2, page.aanvulling_id, page.aanvulling->title});
    }
    if (page.kenmerk && !page.kenmerk->gewone_taal.empty()) {
      site.gewone_taal[i] = parse_markdown(page.kenmerk->gewone_taal, options);
      if (!options.unsafe_html) escape_raw_html(site.gewone_taal[i].get());
    }
  });
  return site;
}

void render_site(ParsedSite& site, unsigned threads) {
  parallel_for(site.docs.size(), threads, [&](std::size_t i) {
    Page& page = site.content.pages[i];
    if (!site.docs[i]) return;
    render_headings(site.docs[i].get(), page);
    cmark_node* block = find_origin_block(site.docs[i].get());
    // A placed aanvulling (`na_kop`) leaves a marker where it stood, to find its place in html.
    static constexpr std::string_view kMarker = "<!-- wegwijzer: aanvulling -->\n";
    const bool placed = block && page.aanvulling && page.aanvulling->geplaatst;
    if (block) {
      if (placed) {
        cmark_node* marker = cmark_node_new(CMARK_NODE_HTML_BLOCK);
        cmark_node_set_literal(marker, std::string(kMarker).c_str());
        cmark_node_insert_before(block, marker);
      }
      cmark_node_unlink(block);
      page.aanvulling_html = render_html(block);
      cmark_node_free(block);
    }
    page.html = render_html(site.docs[i].get());
    if (placed) {
      // No Markdown text makes this comment (raw HTML is escaped unless unsafe_html is set).
      const std::size_t at = page.html.find(kMarker);
      if (at != std::string::npos) {
        page.html.erase(at, kMarker.size());
        page.aanvulling->at = at;
      }
    }
    if (site.gewone_taal[i] && page.kenmerk)
      page.kenmerk->gewone_taal = render_html(site.gewone_taal[i].get());
  });
}

void release_trees(ParsedSite& site, unsigned threads) {
  parallel_for(site.docs.size(), threads, [&](std::size_t i) {
    site.docs[i].reset();
    if (i < site.gewone_taal.size()) site.gewone_taal[i].reset();
    if (i < site.content.pages.size()) std::string().swap(site.content.pages[i].body);
  });
}

}  // namespace ww
