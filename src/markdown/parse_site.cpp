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
  const std::size_t n = content.pages.size();
  site.pages.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    PageRecord& r = site.pages[i];
    r.page = std::move(content.pages[i]);
    if (const auto& a = r.page.aanvulling)
      r.origin = std::make_unique<NodeOrigin>(NodeOrigin{a->file, a->body_line});
  }
  content.pages.clear();
  site.content = std::move(static_cast<SiteData&>(content));
  parallel_for(n, threads, [&](std::size_t i) {
    PageRecord& r = site.pages[i];
    Page& page = r.page;
    r.doc = parse_markdown(page.body, options);
    if (!options.unsafe_html) escape_raw_html(r.doc.get());
    std::size_t base_toc = 0;
    if (page.aanvulling) {
      // Count the base text's toc entries, then merge the aanvulling in as a marked block so
      // every pass (links, glossary, citations) treats it like the rest of the page.
      Page probe;
      collect_headings(r.doc.get(), probe);
      base_toc = probe.toc.size();
      NodePtr extra = parse_markdown(page.aanvulling->body, options);
      if (!options.unsafe_html) escape_raw_html(extra.get());
      cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
      cmark_node_set_on_enter(block, "");
      cmark_node_set_on_exit(block, "");
      cmark_node_set_user_data(block, r.origin.get());
      while (cmark_node* c = cmark_node_first_child(extra.get())) {
        cmark_node_unlink(c);
        cmark_node_append_child(block, c);
      }
      cmark_node_append_child(r.doc.get(), block);
    }
    collect_headings(r.doc.get(), page);
    if (page.aanvulling) {
      page.aanvulling_id = "aanvulling";
      page.anchors.push_back(page.aanvulling_id);
      page.toc.insert(page.toc.begin() + static_cast<std::ptrdiff_t>(base_toc),
                      TocEntry{2, page.aanvulling_id, page.aanvulling->title});
    }
    if (page.kenmerk && !page.kenmerk->gewone_taal.empty()) {
      r.gewone_taal = parse_markdown(page.kenmerk->gewone_taal, options);
      if (!options.unsafe_html) escape_raw_html(r.gewone_taal.get());
    }
  });
  return site;
}

void render_site(ParsedSite& site, unsigned threads) {
  parallel_for(site.pages.size(), threads, [&](std::size_t i) {
    PageRecord& r = site.pages[i];
    Page& page = r.page;
    if (!r.doc) return;
    render_headings(r.doc.get(), page);
    if (cmark_node* block = find_origin_block(r.doc.get())) {
      cmark_node_unlink(block);
      page.aanvulling_html = render_html(block);
      cmark_node_free(block);
    }
    page.html = render_html(r.doc.get());
    if (r.gewone_taal && page.kenmerk) page.kenmerk->gewone_taal = render_html(r.gewone_taal.get());
  });
}

void release_trees(ParsedSite& site, unsigned threads) {
  parallel_for(site.pages.size(), threads, [&](std::size_t i) {
    PageRecord& r = site.pages[i];
    r.doc.reset();
    r.gewone_taal.reset();
    std::string().swap(r.page.body);
  });
}

const PageRecord* ParsedSite::find_output(const std::string& output) const {
  for (const auto& r : pages)
    if (r.page.output == output) return &r;
  return nullptr;
}

bool ParsedSite::has_output(const std::string& output) const {
  return generated.count(output) > 0 || find_output(output) != nullptr;
}

std::optional<std::size_t> add_generated_page(ParsedSite& site, Page page, Diagnostics& diags,
                                              const GeneratedPlace& place) {
  if (const PageRecord* clash = site.find_output(page.output)) {
    diags.error({clash->page.file, 1, 1},
                "deze pagina krijgt het adres " + page.output + ", maar dat maakt Wegwijzer zelf",
                "kies een andere bestandsnaam", place.rule);
    return std::nullopt;
  }
  if (place.linkable) site.generated.insert(page.output);
  if (page.source.empty()) page.source = page.output;
  if (page.description.empty()) page.description = page.kort;
  const std::size_t at = std::min(place.before, site.pages.size());
  PageRecord r;
  r.page = std::move(page);
  site.pages.insert(site.pages.begin() + static_cast<std::ptrdiff_t>(at), std::move(r));
  return at;
}

}  // namespace ww
