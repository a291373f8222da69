#include "xref/glossary_pass.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <set>

#include "core/html.h"
#include "core/utf8.h"
#include "markdown/links.h"
#include "xref/generated_pages.h"
#include "xref/term_matcher.h"
#include "xref/text_runs.h"
#include "xref/woordenlijst_page.h"
#include "xref/xref_paths.h"

namespace ww {

namespace {

constexpr int kException = -1;  ///< matcher id of an `uitzonderingen` phrase
constexpr const char* kKomtVoorOpId = "komt-voor-op";

struct Glossary {
  std::vector<std::size_t> term_pages;  ///< matcher id -> page index
  /// matcher id -> the end of the link's start tag: `" data-term="…" data-kort="…">`, escaped once
  std::vector<std::string> link_attrs;
  TermMatcher matcher{true};
};

Glossary build_glossary(const ParsedSite& site) {
  Glossary g;
  for (std::size_t i = 0; i < site.pages.size(); ++i) {
    const Page& page = site.pages[i].page;
    if (!page.term) continue;
    const int id = static_cast<int>(g.term_pages.size());
    g.term_pages.push_back(i);
    const TermInfo& t = *page.term;
    g.link_attrs.push_back("\" data-term=\"" + html_escape(t.term) + "\" data-kort=\"" +
                           html_escape(page.kort) + "\">");
    for (const auto& e : t.uitzonderingen) g.matcher.add(e, kException);
    g.matcher.add(t.term, id);
    for (const auto& v : t.varianten) g.matcher.add(v, id);
  }
  g.matcher.build();  // find() only reads from here on, so pages can share it
  return g;
}

std::string term_link_enter(const Glossary& g, const Page& from, const Page& term_page, int id) {
  return "<a class=\"term\" href=\"" +
         html_escape(url_encode_path(relative_url(from.output, term_page.output))) +
         g.link_attrs[static_cast<std::size_t>(id)];
}

/// Links the first use of each term in `root`; `linked` holds the terms this page already links.
void link_terms(const Glossary& g, const ParsedSite& site, std::size_t page_index, cmark_node* root,
                std::vector<bool>& linked) {
  const Page& page = site.pages[page_index].page;
  for_each_text_run(root, [&](TextRun& run) {
    if (run.blocked_by) return;  // headings, links, inserted markup
    std::vector<RunPiece> pieces;
    std::size_t at = 0;
    for (const PhraseMatch& m : g.matcher.find(run.text)) {
      if (m.id == kException || linked[static_cast<std::size_t>(m.id)]) continue;
      const std::size_t term_page = g.term_pages[static_cast<std::size_t>(m.id)];
      if (term_page == page_index) continue;
      linked[static_cast<std::size_t>(m.id)] = true;
      pieces.push_back({at, m.begin, nullptr});
      pieces.push_back(
          {0, 0,
           make_wrapped_text(term_link_enter(g, page, site.pages[term_page].page, m.id),
                             run.text.substr(m.begin, m.end - m.begin), "</a>")});
      at = m.end;
    }
    if (at == 0) return;
    pieces.push_back({at, run.text.size(), nullptr});
    replace_run(run, pieces);
  });
}

/// The data of the partial `komt-voor-op`: the pages that use the term, linked from its page.
toml::table komt_voor_op_data(const ParsedSite& site, const Page& term_page,
                              const std::vector<std::size_t>& used_on) {
  toml::array paginas;
  for (std::size_t i : used_on) {
    const Page& p = site.pages[i].page;
    paginas.push_back(toml::table{
        {"title", p.title}, {"url", url_encode_path(relative_url(term_page.output, p.output))}});
  }
  return toml::table{{"id", kKomtVoorOpId}, {"paginas", std::move(paginas)}};
}

void add_toc_entry(Page& page, const std::string& id, const std::string& text) {
  auto at = std::find_if(page.toc.begin(), page.toc.end(), [&](const TocEntry& e) {
    return e.id == kNotenId || (!page.aanvulling_id.empty() && e.id == page.aanvulling_id &&
                                !page.aanvulling->geplaatst);
  });
  page.toc.insert(at, TocEntry{2, id, text});
  page.anchors.push_back(id);
}

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

/// A longer form of the term that a page does use ("verwijzers" for "verwijzer"), with the
/// page's file, or empty: the usual reason a term is unused is a plural or a compound.
std::pair<std::string, std::string> longer_form(const ParsedSite& site, std::size_t term_page) {
  const std::string term = fold_text(site.pages[term_page].page.term->term);
  if (term.empty()) return {};
  for (std::size_t i = 0; i < site.pages.size(); ++i) {
    const Page& p = site.pages[i].page;
    if (i == term_page || !site.pages[i].markdown) continue;
    const std::string body = fold_text(p.body);
    for (std::size_t at = body.find(term); at != std::string::npos; at = body.find(term, at + 1)) {
      std::size_t end = at + term.size();
      if ((at > 0 && is_word_byte(body[at - 1])) || end >= body.size() || !is_word_byte(body[end]))
        continue;
      while (end < body.size() && is_word_byte(body[end])) ++end;
      return {body.substr(at, end - at), p.file};
    }
  }
  return {};
}

void warn_unused(const ParsedSite& site, std::size_t term_page, Diagnostics& diags) {
  const Page& page = site.pages[term_page].page;
  const auto [form, file] = longer_form(site, term_page);
  std::string hint = "voeg in 'varianten' de vorm toe die in de tekst staat, of haal de term weg";
  if (!form.empty())
    hint = "in " + file + " staat '" + form + "': voeg die vorm toe aan 'varianten'";
  diags.warning(page.term->pos, "de term '" + page.term->term + "' staat op geen enkele pagina",
                hint, "term-ongebruikt");
}

}  // namespace

struct GlossaryPass::State {
  Glossary g;
  std::vector<std::vector<int>> linked_on;  ///< per page: the terms it links (slot i)
  /// Per term: the pages that link it, in page order (once the pages are done).
  std::vector<std::vector<std::size_t>> used_on;
  bool used_known = false;
  /// Per term: the warning when no page uses it (made by warn_unused_terms()).
  std::vector<Diagnostics> unused;
  /// Per term: a page done so far links it; and how many terms no page done so far links
  /// (every_term_used()). Written by page() on any thread.
  std::vector<std::atomic<bool>> linked_yet;
  std::atomic<std::size_t> unlinked;

  State(Glossary glossary, std::size_t pages)
      : g(std::move(glossary)),
        linked_on(pages),
        linked_yet(g.term_pages.size()),
        unlinked(g.term_pages.size()) {}
};

GlossaryPass::GlossaryPass(const ParsedSite& site)
    : state_(new State(build_glossary(site), site.pages.size())) {}

GlossaryPass::~GlossaryPass() = default;

void GlossaryPass::page(ParsedSite& site, std::size_t i) {
  const Glossary& g = state_->g;
  PageRecord& record = site.pages[i];
  if (!record.doc) return;
  if (!g.term_pages.empty()) {
    std::vector<bool> linked(g.term_pages.size(), false);
    if (record.gewone_taal) link_terms(g, site, i, record.gewone_taal.get(), linked);
    link_terms(g, site, i, record.doc.get(), linked);
    for (std::size_t id = 0; id < linked.size(); ++id) {
      if (!linked[id]) continue;
      state_->linked_on[i].push_back(static_cast<int>(id));
      if (!state_->linked_yet[id].exchange(true, std::memory_order_relaxed))
        state_->unlinked.fetch_sub(1, std::memory_order_relaxed);
    }
    // Every term link carries its toggletip (data-kort); only record i is written.
    if (!state_->linked_on[i].empty()) record.has_toggletips = true;
  }
  // The section page of the woordenlijst lists every term A-Z (instead of the section's page
  // list); it needs only the term pages' front matter.
  // The theme's partial `woordenlijst`, after the body, before the notes.
  Page& page = record.page;
  if (page.is_index && page.section == "woordenlijst") {
    if (page.template_name.empty()) page.template_name = "page";
    std::vector<const Page*> terms;
    for (std::size_t t : g.term_pages) terms.push_back(&site.pages[t].page);
    WoordenlijstData lijst = woordenlijst_data(page, terms, !site.content.afkortingen.empty(),
                                               !site.content.bronnen.empty());
    page.anchors.insert(page.anchors.end(), lijst.anchors.begin(), lijst.anchors.end());
    record.parts.push_back({"woordenlijst", std::move(lijst.data)});
  }
}

bool GlossaryPass::every_term_used() const {
  return state_->unlinked.load(std::memory_order_relaxed) == 0;
}

void GlossaryPass::warn_unused_terms(const ParsedSite& site) {
  State& st = *state_;
  const Glossary& g = st.g;
  st.used_on.assign(g.term_pages.size(), {});
  for (std::size_t i = 0; i < st.linked_on.size(); ++i)
    for (int id : st.linked_on[i]) st.used_on[static_cast<std::size_t>(id)].push_back(i);
  st.linked_on.clear();
  st.used_known = true;
  st.unused.assign(g.term_pages.size(), {});
  for (std::size_t t = 0; t < g.term_pages.size(); ++t)
    if (st.used_on[t].empty()) warn_unused(site, g.term_pages[t], st.unused[t]);
}

void GlossaryPass::merge(ParsedSite& site, Diagnostics& diags, const PartRenderer* render) {
  if (!state_->used_known) warn_unused_terms(site);
  const Glossary& g = state_->g;
  const std::vector<std::vector<std::size_t>>& used_on = state_->used_on;
  // The "Komt voor op" lists, one term per task (they only read the site), then added in order;
  // rendered at once when `render` is given (their data is much larger than their text).
  std::vector<PagePart> komt_voor_op(g.term_pages.size());
  parallel_for(g.term_pages.size(), site.workers, [&](std::size_t t) {
    if (used_on[t].empty() || !site.pages[g.term_pages[t]].markdown) return;
    PagePart& part = komt_voor_op[t];
    part.partial = "komt-voor-op";
    part.data = komt_voor_op_data(site, site.pages[g.term_pages[t]].page, used_on[t]);
    if (render) {
      part.html = (*render)(part.partial, std::move(part.data));
      part.data = toml::table{};
    }
  });
  for (std::size_t t = 0; t < g.term_pages.size(); ++t) {
    Page& page = site.pages[g.term_pages[t]].page;
    if (used_on[t].empty()) {
      diags.merge(std::move(state_->unused[t]));
      continue;
    }
    if (site.pages[g.term_pages[t]].markdown) {
      // After the body, before the notes: rendered by the theme (docs/templates.md, "Page parts").
      site.pages[g.term_pages[t]].parts.push_back(std::move(komt_voor_op[t]));
      add_toc_entry(page, kKomtVoorOpId, "Komt voor op");
    }
  }
}

void run_glossary_pass(ParsedSite& site, const SiteConfig&, Diagnostics& diags) {
  // Per page in parallel (each page's trees only; term pages are read), merged in page order.
  GlossaryPass pass(site);
  parallel_for(site.pages.size(), site.workers, [&](std::size_t i) { pass.page(site, i); });
  pass.merge(site, diags);
}

}  // namespace ww
