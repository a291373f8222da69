#pragma once
/// The site after Markdown parsing: the content model plus one syntax tree per page.
/// The cross-link passes take a ParsedSite and change it; rendering turns the trees into HTML.
#include <cstddef>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content/page.h"
#include "core/parallel.h"
#include "markdown/document.h"

namespace ww {

/// One note of a page ("Bronnen en voetnoten"): its number is its place in PageRecord::notes.
struct PageNote {
  cmark_node* node = nullptr;  ///< the note's block in PageRecord::notes_block
  std::string id;              ///< "noot-3"
  int refs = 0;                ///< how often the text refers to it (one back-link each)
  /// For a note taken from the kader, its number there as the reader sees it ("Eindnoot xlii",
  /// "Voetnoot 3"); empty otherwise. Plain text: the partial `noten` shows it as the note's label.
  std::string kader;
};

/// A piece of a page that the theme renders: the partial `partial` with `data` as its context.
struct PagePart {
  std::string partial;  ///< "komt-voor-op" for templates/partials/komt-voor-op.mustache
  toml::table data;
  /// Where it goes: an empty custom block in the page's tree that render_site() fills, or null
  /// for after the body (before the notes), in the order of PageRecord::parts.
  cmark_node* slot = nullptr;
  /// The part rendered already (render_parts(); `data` is then empty): a merge's large tables
  /// are not kept until finish_page().
  std::optional<std::string> html = std::nullopt;
};

/// Where render_page_body() put the text of a slot's part in page.html, so that a later stage can
/// put another rendering of the same partial in its place (the download block of over.html is
/// different in the zip's copy and on the site) without looking for markup in the html.
struct PlacedPart {
  std::string partial;
  std::size_t at = 0;    ///< byte offset in page.html
  std::size_t size = 0;  ///< length of the rendered text
};

/// What cmark writes for a custom block whose on_enter is `text` (a line break after it unless
/// it is empty or ends in one): the text a slot's part has in page.html.
std::string slot_html(std::string text);

/// One page of the site and everything the stages keep about it: its content, its syntax trees
/// (null for a page a stage generated), the origin its merged aanvulling points at, and the
/// results the passes leave for the theme.
struct PageRecord {
  Page page;
  /// The page came from the content (it has Markdown to parse); false for a page a stage made.
  bool markdown = false;
  NodePtr doc;          ///< the body; null for a generated page (its html or parts are set)
  NodePtr gewone_taal;  ///< the "In gewone taal" text of a basiskenmerk, or null
  std::unique_ptr<NodeOrigin> origin;  ///< owned here, pointed at by the aanvulling's block

  // Results of the passes (data; the theme's partials turn them into HTML at render time):
  /// The page's notes (notes pass): the block at the end of `doc` that holds them, one child per
  /// note whose children are the note's text; render_site() renders it with the partial `noten`.
  cmark_node* notes_block = nullptr;
  std::vector<PageNote> notes;
  /// Pieces the theme renders with a partial (docs/templates.md): after the body, or in the
  /// body at a slot a pass put there.
  std::vector<PagePart> parts;
  /// The slots' parts as render_page_body() placed them in page.html, in page order.
  std::vector<PlacedPart> placed;
  /// The page links a glossary term or an abbreviation with a toggletip (`data-kort`).
  bool has_toggletips = false;
  /// Where the notes (rendered by the partial `noten`) start in page.html: render_page_body()
  /// puts them after the body, and finish_page() puts the parts a merge added before them.
  std::size_t notes_at = 0;
  /// render_page_body() made the body's html; finish_page() still adds the parts and notes.
  bool rendered = false;
};

struct ParsedSite {
  SiteData content;               ///< bronnen, afkortingen, assets, ... (everything but the pages)
  std::vector<PageRecord> pages;  ///< one record per page, in the loader's order
  std::set<std::string> generated;  ///< outputs made by the generator itself ("woordenlijst.html")
  /// Site-wide files from the project's top-level assets/ folder, by output path
  /// ("assets/logo-vng.svg"); content may link and embed them.
  std::set<std::string> site_assets;
  /// Non-page files a pass makes (output path -> bytes), written as is: "vit/vit-data.js".
  std::map<std::string, std::string> files;
  /// The build's worker threads, which the passes use for per-page work (set by prepare_site;
  /// null: on the calling thread, as in tests that build a ParsedSite by hand). Per-page results
  /// go to slot i and are merged in page order, so the output does not depend on it.
  WorkerPool* workers = nullptr;

  /// The page with this output path, or null.
  [[nodiscard]] const PageRecord* find_output(const std::string& output) const;
  /// Whether some page or generated file has this output path.
  [[nodiscard]] bool has_output(const std::string& output) const;
};

/// The pages of a vector of records, as a small random-access view: `for (const Page& p :
/// pages_of(site))`, `pages[i]`, `pages.size()`. Hand-written rather than std::views::transform,
/// which clang 14 (the sanitizer and fuzz build) cannot compile against GCC 12's <ranges>.
template <class Record, class P>
class PagesView {
 public:
  class iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Page;
    using difference_type = std::ptrdiff_t;
    using pointer = P*;
    using reference = P&;
    iterator() = default;
    explicit iterator(Record* r) : r_(r) {}
    reference operator*() const { return r_->page; }
    pointer operator->() const { return &r_->page; }
    reference operator[](difference_type n) const { return r_[n].page; }
    iterator& operator++() {
      ++r_;
      return *this;
    }
    iterator operator++(int) {
      iterator t = *this;
      ++r_;
      return t;
    }
    iterator& operator--() {
      --r_;
      return *this;
    }
    iterator& operator+=(difference_type n) {
      r_ += n;
      return *this;
    }
    friend iterator operator+(iterator a, difference_type n) { return iterator(a.r_ + n); }
    friend difference_type operator-(iterator a, iterator b) { return a.r_ - b.r_; }
    friend bool operator==(iterator a, iterator b) { return a.r_ == b.r_; }
    friend bool operator!=(iterator a, iterator b) { return a.r_ != b.r_; }

   private:
    Record* r_ = nullptr;
  };
  PagesView(Record* first, std::size_t n) : first_(first), n_(n) {}
  iterator begin() const { return iterator(first_); }
  iterator end() const { return iterator(first_ + n_); }
  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  P& operator[](std::size_t i) const { return first_[i].page; }

 private:
  Record* first_;
  std::size_t n_;
};

inline PagesView<const PageRecord, const Page> pages_of(const ParsedSite& site) {
  return {site.pages.data(), site.pages.size()};
}
inline PagesView<PageRecord, Page> pages_of(ParsedSite& site) {
  return {site.pages.data(), site.pages.size()};
}

/// Where add_generated_page() puts a page.
struct GeneratedPlace {
  /// Insert before this page index; past the end (the default) appends.
  std::size_t before = static_cast<std::size_t>(-1);
  /// List the output in ParsedSite::generated, so content may link to it.
  bool linkable = true;
  /// The rule name of the collision diagnostic ("gemaakte-pagina", "vit-pagina", ...).
  const char* rule = "gemaakte-pagina";
};

/// The one way every stage adds a page it makes itself (no Markdown source): `page` has at least
/// `output` and `title`, and its `html` (or, later, its parts) set. `source` defaults to the
/// output and `description` to `kort`. When a page already has that output (a content page, or
/// a page another stage made), nothing is added and an error is reported at that page: "deze
/// pagina krijgt het adres X, maar dat maakt Wegwijzer zelf". Returns the new page's index, or
/// nullopt when it was not added.
std::optional<std::size_t> add_generated_page(ParsedSite& site, Page page, Diagnostics& diags,
                                              const GeneratedPlace& place = {});

/// The site with one record per page of `content` and no syntax tree yet (the streaming build
/// parses each page with parse_page()).
ParsedSite prepare_site(SiteContent content, WorkerPool* workers);

/// Parses one page's Markdown into its trees (escaping raw HTML unless allowed, merging its
/// aanvulling as a marked block) and collects its heading ids and table of contents. Touches
/// only this record; safe on several threads at once.
void parse_page(PageRecord& record, const MarkdownOptions& options);

/// Parses every page (in parallel on `workers`): prepare_site() and parse_page().
ParsedSite parse_site(SiteContent content, const MarkdownOptions& options, WorkerPool* workers);

/// Renders the theme's partials of page parts (templates/parts.h makes one from the theme).
struct PartRenderer {
  /// Renders partial `partial` with `data`. The data is taken by value and freed while it is
  /// turned into the template's data: pass it with std::move when it is large.
  std::function<std::string(const std::string& partial, toml::table data)> render;
  /// Renders the partial `noten` for a page's `notes`, whose rendered texts are `texts` (one per
  /// note, moved from): the template's data is made from them directly (templates/notes_data.h),
  /// with no TOML table per page in between.
  std::function<std::string(const std::vector<PageNote>& notes, std::vector<std::string>& texts)>
      notes;

  std::string operator()(const std::string& partial, toml::table data) const {
    return render(partial, std::move(data));
  }
};

/// Renders one page's trees into page.html (the body with its slots filled by their parts, then
/// its notes through the partial `noten`; the aanvulling, "In gewone taal"); the parts after the
/// body stay in `parts` for finish_page(). Touches only this record. A page without a tree is
/// left alone.
void render_page_body(PageRecord& record, const PartRenderer& parts);

/// For a build whose pages nobody reads (`check`, into a sink that keeps nothing, when no template
/// or partial can fail while rendering): the partials render_page_body() hands parts to (the
/// notes to `noten`, the slots' parts in the body), in the same order, so a partial that is
/// missing or does not compile is reported as it is there; but without their data, which only
/// matters to a partial that can fail while rendering, and no html is made (page.html stays
/// empty, the aanvulling and "In gewone taal" keep no html). Touches only this record.
void hand_over_page_parts(PageRecord& record, const PartRenderer& parts);

/// Renders the parts after the body that are still data and frees the data; finish_page() puts
/// the text in their place. The same text as rendering them in finish_page().
void render_parts(PageRecord& record, const PartRenderer& parts);

/// Completes page.html once every pass has added its parts: a page with a tree (rendered by
/// render_page_body) gets its parts after the body, then its notes; a generated page without a
/// tree gets its parts as its html (when it has parts).
void finish_page(PageRecord& record, const PartRenderer& parts);

/// render_page_body() and finish_page() for every page (in parallel).
void render_site(ParsedSite& site, WorkerPool* workers, const PartRenderer& parts);

/// Frees one page's syntax trees (after render_page_body; they are most of a page's memory).
void free_trees(PageRecord& record);

}  // namespace ww
