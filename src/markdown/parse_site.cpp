#include <algorithm>
#include <atomic>
#include <thread>

#include "markdown/headings.h"
#include "markdown/parsed_site.h"
#include "markdown/raw_html.h"

namespace ww {

ParsedSite prepare_site(SiteContent content, WorkerPool* workers) {
  ParsedSite site;
  site.workers = workers;
  const std::size_t n = content.pages.size();
  // Room for the pages the stages add (VIT, bronnen, zoeken, ...: a few, or one per changed page
  // with [edities]), so the records are not moved to a vector twice their number.
  site.pages.reserve(n + n / 16 + 32);
  site.pages.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    PageRecord& r = site.pages[i];
    r.page = std::move(content.pages[i]);
    r.markdown = true;
    if (const auto& a = r.page.aanvulling)
      r.origin = std::make_unique<NodeOrigin>(NodeOrigin{a->file, a->body_line});
  }
  content.pages.clear();
  site.content = std::move(static_cast<SiteData&>(content));
  return site;
}

void parse_page(PageRecord& r, const MarkdownOptions& options) {
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
}

ParsedSite parse_site(SiteContent content, const MarkdownOptions& options, WorkerPool* workers) {
  ensure_extensions_registered();
  ParsedSite site = prepare_site(std::move(content), workers);
  parallel_for(site.pages.size(), workers,
               [&](std::size_t i) { parse_page(site.pages[i], options); });
  return site;
}

std::string slot_html(std::string text) {
  if (!text.empty() && text.back() != '\n') text += '\n';
  return text;
}

void render_page_body(PageRecord& r, const PartRenderer& parts) {
  Page& page = r.page;
  if (!r.doc) return;
  render_headings(r.doc.get(), page);
  cmark_node* block = find_origin_block(r.doc.get());
  // A placed aanvulling (`na_kop`) leaves a marker where it stood, to find its place in html
  // (its own marker, as for the slots below).
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
  std::string notes_html;
  if (r.notes_block) {
    cmark_node_unlink(r.notes_block);
    std::vector<std::string> texts;
    for (const PageNote& note : r.notes) texts.push_back(render_html(note.node));
    notes_html = parts.notes(r.notes, texts);
    cmark_node_free(r.notes_block);
    r.notes_block = nullptr;
    std::vector<PageNote>().swap(r.notes);
  }
  // A slot renders as a marker first; the marker is then replaced by the part's text, so its
  // place in page.html is known (PlacedPart). Markdown text cannot make these comments (raw HTML
  // is escaped unless unsafe_html is set).
  std::vector<std::pair<std::string, const PagePart*>> slots;
  for (const PagePart& part : r.parts) {
    if (!part.slot) continue;
    slots.emplace_back("<!-- wegwijzer: deel " + std::to_string(slots.size()) + " -->\n", &part);
    cmark_node_set_on_enter(part.slot, slots.back().first.c_str());
  }
  page.html = render_html(r.doc.get());
  r.placed.clear();
  for (const auto& [marker, part] : slots) {
    const std::size_t at = page.html.find(marker);
    if (at == std::string::npos) continue;
    std::string text = slot_html(parts(part->partial, toml::table(part->data)));
    page.html.replace(at, marker.size(), text);
    r.placed.push_back({part->partial, at, text.size()});
    for (PlacedPart& earlier : r.placed)
      if (earlier.at > at) earlier.at += text.size() - marker.size();
  }
  std::sort(r.placed.begin(), r.placed.end(),
            [](const PlacedPart& a, const PlacedPart& b) { return a.at < b.at; });
  // The slots are rendered and belong to the tree; the parts after the body stay for
  // finish_page().
  std::erase_if(r.parts, [](const PagePart& part) { return part.slot != nullptr; });
  if (placed) {
    const std::size_t at = page.html.find(kMarker);
    if (at != std::string::npos) {
      page.html.erase(at, kMarker.size());
      page.aanvulling->at = at;
      for (PlacedPart& part : r.placed)
        if (part.at > at) part.at -= kMarker.size();
    }
  }
  // The notes after the body, at the html's final size (every page's html is kept until the page
  // templates run): the parts a merge adds go between them (finish_page).
  r.notes_at = page.html.size();
  if (!notes_html.empty()) {
    std::string html;
    html.reserve(page.html.size() + notes_html.size());
    html += page.html;
    html += notes_html;
    page.html = std::move(html);
  }
  if (r.gewone_taal && page.kenmerk) page.kenmerk->gewone_taal = render_html(r.gewone_taal.get());
  r.rendered = true;
}

namespace {
/// Whether `node` is in the tree under `root`.
bool in_tree(cmark_node* node, cmark_node* root) {
  for (cmark_node* n = node; n; n = cmark_node_parent(n))
    if (n == root) return true;
  return false;
}
}  // namespace

void hand_over_page_parts(PageRecord& r, const PartRenderer& parts) {
  Page& page = r.page;
  if (!r.doc) return;
  // As in render_page_body(): the aanvulling's block leaves the tree first (its html is its own),
  // then the notes go to the partial `noten`, then every slot whose marker the body's html would
  // have (a slot in the tree) to its partial. Without data: no partial can fail while rendering
  // here, so only whether it exists and compiles can be reported.
  if (cmark_node* block = find_origin_block(r.doc.get())) {
    cmark_node_unlink(block);
    cmark_node_free(block);
  }
  if (r.notes_block) {
    cmark_node_unlink(r.notes_block);
    (void)parts("noten", toml::table{});
    cmark_node_free(r.notes_block);
    r.notes_block = nullptr;
    std::vector<PageNote>().swap(r.notes);
  }
  for (const PagePart& part : r.parts)
    if (part.slot && in_tree(part.slot, r.doc.get())) (void)parts(part.partial, toml::table{});
  std::erase_if(r.parts, [](const PagePart& part) { return part.slot != nullptr; });
  r.placed.clear();
  page.html.clear();
  r.notes_at = 0;
  r.rendered = true;
}

void render_parts(PageRecord& r, const PartRenderer& parts) {
  for (PagePart& part : r.parts) {
    if (part.slot || part.html) continue;
    part.html = parts(part.partial, std::move(part.data));
    part.data = toml::table{};
  }
}

void finish_page(PageRecord& r, const PartRenderer& parts) {
  Page& page = r.page;
  if (r.parts.empty()) return;
  std::vector<std::string> after;  // the parts after the body
  after.reserve(r.parts.size());
  for (PagePart& part : r.parts)
    after.push_back(part.html ? std::move(*part.html) : parts(part.partial, std::move(part.data)));
  r.parts.clear();
  // A page without a body is its parts; a rendered one gets them between its body and its notes.
  // The html is made at its final size: every page's html is kept until the page templates run,
  // and appending would leave up to as much spare capacity again.
  const std::string_view old = r.rendered ? std::string_view(page.html) : std::string_view();
  const std::size_t at = std::min(r.notes_at, old.size());
  std::size_t size = old.size();
  for (const std::string& a : after) size += a.size();
  std::string html;
  html.reserve(size);
  html += old.substr(0, at);
  for (const std::string& a : after) html += a;
  html += old.substr(at);
  page.html = std::move(html);
  r.notes_at = at + (size - old.size());
}

void render_site(ParsedSite& site, WorkerPool* workers, const PartRenderer& parts) {
  parallel_for(site.pages.size(), workers, [&](std::size_t i) {
    render_page_body(site.pages[i], parts);
    finish_page(site.pages[i], parts);
  });
}

void free_trees(PageRecord& r) {
  r.doc.reset();
  r.gewone_taal.reset();
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
