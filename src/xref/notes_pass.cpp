#include "xref/notes_pass.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "core/html.h"
#include "core/utf8.h"
#include "markdown/links.h"
#include "xref/citations.h"
#include "xref/generated_pages.h"
#include "xref/text_runs.h"
#include "xref/xref_paths.h"

namespace ww {

namespace {

/// One tree of a page: the body, or the "In gewone taal" text of a basiskenmerk.
struct Tree {
  cmark_node* root = nullptr;
  std::string file;
  int body_line = 1;
};

struct Note {
  cmark_node* def = nullptr;  ///< the footnote definition, or null for a citation
  std::string html;           ///< the citation's note text (the kader's words for a kader endnote)
  std::string bron_html;      ///< for a kader endnote: the sources it cites, linked to bronnen.html
  int refs = 0;
  std::string kader;  ///< the kader's own number: "eindnoot xlii", "voetnoot 3", or empty
};

struct PageNotes {
  std::vector<Note> notes;
  std::map<cmark_node*, std::size_t> by_def;
  std::map<std::string, std::size_t> by_citation;
  std::map<cmark_node*, Citation> placeholders;          ///< citation markers still to number
  std::map<cmark_node*, std::vector<cmark_node*>> defs;  ///< footnote scope -> its definitions
  std::vector<std::string> ids;
  /// The kader's number of a footnote definition ("voetnoot 3"), from its label; empty if none.
  std::function<std::string(cmark_node*)> footnote_label;
};

std::string note_id(std::size_t number) { return "noot-" + std::to_string(number); }
std::string ref_id(std::size_t number, int ref) {
  return note_id(number) + "-ref" + (ref > 1 ? "-" + std::to_string(ref) : "");
}

std::string marker_html(std::size_t number, int ref) {
  const std::string n = std::to_string(number);
  return "<sup class=\"noot-ref\"><a id=\"" + ref_id(number, ref) + "\" href=\"#" +
         note_id(number) + "\" role=\"doc-noteref\" aria-describedby=\"" + kNotenId +
         "\"><span class=\"visueel-verborgen\">noot </span>" + n + "</a></sup>";
}

/// The footnote definitions a reference can point at: those of the merged aanvulling when the
/// reference is inside it (it was parsed on its own), else those of the tree.
const std::vector<cmark_node*>& defs_for(PageNotes& pn, cmark_node* root, cmark_node* ref) {
  cmark_node* scope = root;
  if (cmark_node* origin = find_origin_block(root))
    for (cmark_node* p = cmark_node_parent(ref); p; p = cmark_node_parent(p))
      if (p == origin) scope = origin;
  auto [it, fresh] = pn.defs.try_emplace(scope);
  if (fresh)
    for (cmark_node* c = cmark_node_first_child(scope); c; c = cmark_node_next(c))
      if (cmark_node_get_type(c) == CMARK_NODE_FOOTNOTE_DEFINITION) it->second.push_back(c);
  return it->second;
}

/// Footnote references and citation markers below `root` in document order, outside definitions
/// (unless `root` is one).
std::vector<cmark_node*> note_events(const PageNotes& pn, cmark_node* root) {
  std::vector<cmark_node*> out;
  CmarkIter it(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it);
    auto t = cmark_node_get_type(n);
    if (t == CMARK_NODE_FOOTNOTE_DEFINITION && n != root) {
      cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
      continue;
    }
    // Citation placeholders are custom inlines: only those need the map lookup.
    if (t == CMARK_NODE_FOOTNOTE_REFERENCE ||
        (t == CMARK_NODE_CUSTOM_INLINE && pn.placeholders.count(n)))
      out.push_back(n);
  }
  return out;
}

void replace_with_html(cmark_node* n, const std::string& html) {
  cmark_node* m = make_html_inline(html);
  cmark_node_replace(n, m);
  cmark_node_free(n);
}

/// Numbers the events below `root` (a tree or a footnote definition) and puts in their markers.
void number_events(PageNotes& pn, cmark_node* tree_root, cmark_node* root, const BronIndex& index,
                   const std::string& bronnen_url) {
  for (cmark_node* n : note_events(pn, root)) {
    std::size_t idx = 0;
    if (auto ph = pn.placeholders.find(n); ph != pn.placeholders.end()) {
      const std::string key = citation_text(ph->second);
      auto [it, fresh] = pn.by_citation.try_emplace(key, pn.notes.size());
      if (fresh) {
        const Citation& c = ph->second;
        Note note{nullptr, citation_html(c, index, bronnen_url), {}, 0, {}};
        if (!c.eindnoot.empty()) {
          note.kader = "eindnoot " + c.eindnoot;
          // The kader's own words of the endnote, then the sources as this site lists them.
          if (auto kader = index.eindnoot_html.find(c.eindnoot);
              kader != index.eindnoot_html.end()) {
            note.bron_html = "Bron: " + note.html;
            note.html = kader->second;
          }
        }
        pn.notes.push_back(std::move(note));
      }
      idx = it->second;
      pn.placeholders.erase(ph);
    } else {
      const char* lit = cmark_node_get_literal(n);
      const int k = lit ? std::atoi(lit) : 0;
      const auto& defs = defs_for(pn, tree_root, n);
      if (k < 1 || static_cast<std::size_t>(k) > defs.size()) continue;
      cmark_node* def = defs[static_cast<std::size_t>(k - 1)];
      auto [it, fresh] = pn.by_def.try_emplace(def, pn.notes.size());
      if (fresh)
        pn.notes.push_back(
            {def, {}, {}, 0, pn.footnote_label ? pn.footnote_label(def) : std::string()});
      idx = it->second;
    }
    Note& note = pn.notes[idx];
    ++note.refs;
    pn.ids.push_back(ref_id(idx + 1, note.refs));
    replace_with_html(n, marker_html(idx + 1, note.refs));
  }
}

/// Reports "[^x]" left as text: a footnote reference without a definition.
void check_unresolved_footnotes(const TextRun& run, const Tree& tree, Diagnostics& diags) {
  std::size_t i = 0;
  while ((i = run.text.find("[^", i)) != std::string::npos) {
    std::size_t close = run.text.find(']', i + 2);
    if (close == std::string::npos) break;
    std::string label = run.text.substr(i + 2, close - i - 2);
    if (!label.empty() && label.find_first_of(" \n") == std::string::npos)
      diags.error(run_pos(run, i, tree.file, tree.body_line),
                  "voetnoot '[^" + label + "]' heeft geen tekst",
                  "zet onderaan de pagina een regel '[^" + label + "]: …'", "voetnoot-onbekend");
    i = close;
  }
}

bool in_table_cell(const TextRun& run) {
  for (cmark_node* p = cmark_node_parent(run.nodes.front()); p; p = cmark_node_parent(p))
    if (std::string_view(cmark_node_get_type_string(p)) == "table_cell") return true;
  return false;
}

/// Finds the citations of a tree: unknown keys are reported; inside a footnote a citation
/// becomes a reference in brackets, elsewhere a placeholder that number_events() numbers.
void find_tree_citations(PageNotes& pn, const Tree& tree, const BronIndex& index,
                         const std::string& bronnen_url, std::set<std::string>& cited,
                         Diagnostics& diags) {
  for_each_text_run(tree.root, [&](TextRun& run) {
    if (run.blocked_by && cmark_node_get_type(run.blocked_by) != CMARK_NODE_HEADING) return;
    if (run.text.find('[') == std::string::npos) return;  // no citation, no footnote reference
    check_unresolved_footnotes(run, tree, diags);
    auto citations = find_citations(run.text);
    if (citations.empty()) return;
    if (run.blocked_by) {
      diags.warning(run_pos(run, citations.front().begin, tree.file, tree.body_line),
                    "een bronverwijzing in een kop wordt niet verwerkt",
                    "zet de verwijzing in de tekst onder de kop", "bron-in-kop");
      return;
    }
    if (in_table_cell(run)) {  // a GFM table cell takes no note marker (see replace_run)
      diags.warning(run_pos(run, citations.front().begin, tree.file, tree.body_line),
                    "een bronverwijzing in een tabel wordt niet verwerkt",
                    "zet de verwijzing in de tekst onder de tabel", "bron-in-tabel");
      return;
    }
    std::vector<RunPiece> pieces;
    std::size_t at = 0;
    for (const Citation& c : citations) {
      auto pos = [&](std::size_t off) { return run_pos(run, off, tree.file, tree.body_line); };
      if (!check_citation(c, index, pos, diags)) continue;
      for (const auto& item : c.items) cited.insert(item.key);
      // "zin [@a]." gives "zin¹.": the marker sits against the word (a note in a footnote
      // stays a reference in brackets after a space).
      std::size_t text_end = c.begin;
      if (!run.footnote)
        while (text_end > at && (run.text[text_end - 1] == ' ' || run.text[text_end - 1] == '\n'))
          --text_end;
      pieces.push_back({at, text_end, nullptr});
      cmark_node* node;
      if (run.footnote) {
        std::string text = citation_html(c, index, bronnen_url);
        if (!text.empty() && text.back() == '.') text.pop_back();
        if (!c.eindnoot.empty()) text += "; eindnoot " + c.eindnoot + " in het kader";
        node = make_html_inline("(" + text + ")");
      } else {
        node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        pn.placeholders.emplace(node, c);
      }
      pieces.push_back({0, 0, node});
      at = c.end;
    }
    if (at == 0) return;
    pieces.push_back({at, run.text.size(), nullptr});
    replace_run(run, pieces);
  });
}

/// "Eindnoot xlii" for "eindnoot xlii": the kader's number as a note's label shows it.
std::string kader_label(std::string kader) {
  if (!kader.empty() && kader[0] >= 'a' && kader[0] <= 'z')
    kader[0] = static_cast<char>(kader[0] - 'a' + 'A');
  return kader;
}

/// The label of the footnote definition `def` as the Markdown writes it ("voetnoot-3" in
/// "[^voetnoot-3]: …"), read from the source line where the definition starts; empty when the
/// definition is not in `body` (an aanvulling parsed on its own, or the "In gewone taal" text).
std::string footnote_source_label(const std::string& body, cmark_node* root, cmark_node* def) {
  for (cmark_node* p = cmark_node_parent(def); p; p = cmark_node_parent(p))
    if (cmark_node_get_type(p) == CMARK_NODE_CUSTOM_BLOCK || (!cmark_node_parent(p) && p != root))
      return {};
  int line = cmark_node_get_start_line(def);
  std::size_t start = 0;
  while (--line > 0 && start != std::string::npos) {
    start = body.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return {};
  const std::size_t open = body.find("[^", start), close = body.find("]:", start);
  const std::size_t eol = body.find('\n', start);
  if (open == std::string::npos || close == std::string::npos || close > eol || open > close)
    return {};
  return body.substr(open + 2, close - open - 2);
}

/// "voetnoot 3" for a footnote labelled "voetnoot-3": a footnote from the kader keeps its number.
std::string kader_footnote(const std::string& label) {
  constexpr std::string_view kPrefix = "voetnoot-";
  if (label.size() <= kPrefix.size() || label.compare(0, kPrefix.size(), kPrefix) != 0) return {};
  const std::string number = label.substr(kPrefix.size());
  if (number.find_first_not_of("0123456789") != std::string::npos) return {};
  return "voetnoot " + number;
}

/// The notes list at the end of the page: a block with one block per note holding the note's text;
/// render_site() renders it with the theme's partial `noten` ("Bronnen en voetnoten").
cmark_node* notes_block(PageNotes& pn, std::vector<PageNote>& out) {
  cmark_node* section = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
  cmark_node_set_on_enter(section, "");
  cmark_node_set_on_exit(section, "");
  for (std::size_t i = 0; i < pn.notes.size(); ++i) {
    Note& note = pn.notes[i];
    cmark_node* li = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(li, "");
    cmark_node_set_on_exit(li, "");
    if (note.def) {
      while (cmark_node* c = cmark_node_first_child(note.def)) {
        cmark_node_unlink(c);
        cmark_node_append_child(li, c);
      }
    } else {
      cmark_node* p = cmark_node_new(CMARK_NODE_PARAGRAPH);
      cmark_node_append_child(p, make_html_inline(note.html));
      cmark_node_append_child(li, p);
      if (!note.bron_html.empty()) {
        cmark_node* bron = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(bron,
                                (std::string("<p class=\"noot-bron\">") + note.bron_html).c_str());
        cmark_node_set_on_exit(bron, "</p>");
        cmark_node_append_child(li, bron);
      }
    }
    cmark_node_append_child(section, li);
    out.push_back({li, note_id(i + 1), note.refs, kader_label(note.kader)});
    pn.ids.push_back(note_id(i + 1));
  }
  return section;
}

void remove_footnote_definitions(cmark_node* root) {
  std::vector<cmark_node*> defs;
  CmarkIter it(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
    if (ev == CMARK_EVENT_ENTER &&
        cmark_node_get_type(cmark_iter_get_node(it)) == CMARK_NODE_FOOTNOTE_DEFINITION)
      defs.push_back(cmark_iter_get_node(it));
  for (cmark_node* d : defs) {
    cmark_node_unlink(d);
    cmark_node_free(d);
  }
}

/// Warns about footnote definitions ("[^x]: …") that no reference uses; cmark drops them silently.
void check_unused_footnotes(const Page& page, Diagnostics& diags) {
  const std::string& body = page.body;
  std::size_t line_start = 0;
  int line = 0;
  while (line_start < body.size()) {
    std::size_t eol = body.find('\n', line_start);
    if (eol == std::string::npos) eol = body.size();
    std::string_view text(body.data() + line_start, eol - line_start);
    std::size_t indent = text.find_first_not_of(' ');
    if (indent != std::string_view::npos && indent < 4 && text.substr(indent, 2) == "[^") {
      std::size_t close = text.find("]:", indent);
      if (close != std::string_view::npos) {
        std::string ref = std::string(text.substr(indent, close - indent + 1));
        std::size_t uses = 0;
        for (std::size_t p = body.find(ref); p != std::string::npos; p = body.find(ref, p + 1))
          if (p + ref.size() >= body.size() || body[p + ref.size()] != ':') ++uses;
        if (uses == 0)
          diags.warning({page.file, page.body_line + line, static_cast<int>(indent) + 1},
                        "voetnoot '" + ref + "' wordt nergens in de tekst gebruikt", {},
                        "voetnoot-ongebruikt");
      }
    }
    line_start = eol + 1;
    ++line;
  }
}

void add_notes_toc(Page& page) {
  auto at = std::find_if(page.toc.begin(), page.toc.end(), [&](const TocEntry& e) {
    // Before an aanvulling at the end; a placed one (na_kop) stands inside the text.
    return !page.aanvulling_id.empty() && e.id == page.aanvulling_id && !page.aanvulling->geplaatst;
  });
  page.toc.insert(at, TocEntry{2, kNotenId, "Bronnen en voetnoten"});
}

/// Escapes `text` and makes each "<https://…>" in it (a Markdown autolink, as the kader writes a
/// URL) a link showing the URL.
std::string text_with_autolinks(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t open; (open = text.find("<http", at)) != std::string::npos;) {
    const std::size_t close = text.find('>', open);
    if (close == std::string::npos) break;
    const std::string url = text.substr(open + 1, close - open - 1);
    if (url.find_first_of(" <\"") != std::string::npos || !is_external_url(url) ||
        is_dangerous_url(url)) {
      out += html_escape(text.substr(at, close + 1 - at));
    } else {
      out += html_escape(text.substr(at, open - at)) + "<a href=\"" + html_escape(url) +
             "\" rel=\"noopener noreferrer\">" + html_escape(url) + "</a>";
    }
    at = close + 1;
  }
  return out + html_escape(text.substr(at));
}

std::string fold_key(const Bron& b) {
  return fold_text(b.auteur.empty() ? b.titel : b.auteur) + "\n" + fold_text(b.titel);
}

/// The sources in the order of bronnen.html.
std::vector<const Bron*> sorted_bronnen(const ParsedSite& site) {
  std::vector<const Bron*> sorted;
  for (const auto& b : site.content.bronnen) sorted.push_back(&b);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Bron* a, const Bron* b) { return fold_key(*a) < fold_key(*b); });
  return sorted;
}

/// Adds bronnen.html with the anchors of its sources; its list comes from add_bronnen_list().
std::optional<std::size_t> add_bronnen_page(ParsedSite& site, Diagnostics& diags) {
  Page page;
  page.output = kBronnenOutput;
  page.file = site.content.bronnen.front().pos.file;
  page.title = "Bronnen";
  page.kort =
      "Hier staan alle bronnen waar de teksten op deze website naar verwijzen. Bij elke bron staat "
      "op welke "
      "pagina's hij genoemd wordt.";
  for (const Bron* b : sorted_bronnen(site)) page.anchors.push_back(bron_anchor(b->key));
  return add_generated_page(site, std::move(page), diags);
}

/// The list of bronnen.html (the theme's partial `bronnen`), with the pages that cite each
/// source; rendered at once when `render` is given.
void add_bronnen_list(ParsedSite& site, std::size_t at,
                      const std::map<std::string, std::vector<std::size_t>>& cited_on,
                      const PartRenderer* render) {
  const std::vector<const Bron*> sorted = sorted_bronnen(site);
  // The "Genoemd op" lists, one source per task (they only read the site), then added in order.
  std::vector<toml::table> links(sorted.size());
  parallel_for(sorted.size(), site.workers, [&](std::size_t k) {
    auto it = cited_on.find(sorted[k]->key);
    if (it != cited_on.end() && !it->second.empty())
      links[k] = page_links_data(site, kBronnenOutput, it->second, "Genoemd op");
  });
  // The list is the theme's partial `bronnen` (docs/templates.md, "Page parts").
  toml::array items;
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    const Bron* b = sorted[k];
    toml::table item{{"id", bron_anchor(b->key)}, {"verwijzing", full_reference_html(*b)}};
    if (!b->notitie.empty()) {
      item.insert("heeft_notitie", true);
      item.insert("notitie", text_with_autolinks(b->notitie));
    }
    if (!b->url.empty() && is_external_url(b->url) && !is_dangerous_url(b->url)) {
      item.insert("heeft_url", true);
      item.insert("url", b->url);
    }
    if (!links[k].empty()) item.insert("genoemd", std::move(links[k]));
    items.push_back(std::move(item));
  }
  PagePart part{"bronnen", toml::table{{"bronnen", std::move(items)}}};
  if (render) {
    part.html = (*render)(part.partial, std::move(part.data));
    part.data = toml::table{};
  }
  site.pages[at].parts.push_back(std::move(part));
}

/// What one page's notes give the site-wide merge: the sources it cites and its diagnostics.
struct PageResult {
  std::set<std::string> cited;
  Diagnostics diags;
};

/// Numbers the citations and footnotes of page i and puts in its notes list; touches only page i.
void notes_for_page(ParsedSite& site, std::size_t i, const BronIndex& index, PageResult& out) {
  Page& page = site.pages[i].page;
  Diagnostics& diags = out.diags;
  check_unused_footnotes(page, diags);
  const std::string bronnen_url = url_encode_path(relative_url(page.output, kBronnenOutput));
  std::vector<Tree> trees;
  if (site.pages[i].gewone_taal && page.kenmerk)
    trees.push_back(
        {site.pages[i].gewone_taal.get(), page.file, page.kenmerk->gewone_taal_pos.line});
  trees.push_back({site.pages[i].doc.get(), page.file, page.body_line});

  PageNotes pn;
  cmark_node* body = site.pages[i].doc.get();
  pn.footnote_label = [&](cmark_node* def) {
    return kader_footnote(footnote_source_label(page.body, body, def));
  };
  for (const Tree& t : trees) find_tree_citations(pn, t, index, bronnen_url, out.cited, diags);
  for (const Tree& t : trees) number_events(pn, t.root, t.root, index, bronnen_url);
  for (std::size_t n = 0; n < pn.notes.size(); ++n)  // footnotes may refer to further footnotes
    if (pn.notes[n].def)
      number_events(pn, site.pages[i].doc.get(), pn.notes[n].def, index, bronnen_url);
  if (!pn.notes.empty()) {
    PageRecord& record = site.pages[i];
    record.notes_block = notes_block(pn, record.notes);
    cmark_node_append_child(record.doc.get(), record.notes_block);
    page.anchors.push_back(kNotenId);
    page.anchors.insert(page.anchors.end(), pn.ids.begin(), pn.ids.end());
    add_notes_toc(page);
  }
  for (const Tree& t : trees) remove_footnote_definitions(t.root);
}

}  // namespace

struct NotesPass::State {
  BronIndex index;
  std::vector<PageResult> results;
  /// bronnen.html, once merge() added it, and the pages that cite each source, until its list
  /// is made.
  std::optional<std::size_t> bronnen_page;
  std::map<std::string, std::vector<std::size_t>> cited_on;
};

NotesPass::NotesPass(const ParsedSite& site)
    : state_(new State{index_bronnen(site.content.bronnen, site.content.eindnoten),
                       std::vector<PageResult>(site.pages.size()),
                       {},
                       {}}) {}

NotesPass::~NotesPass() = default;

void NotesPass::page(ParsedSite& site, std::size_t i) {
  if (site.pages[i].doc) notes_for_page(site, i, state_->index, state_->results[i]);
}

void NotesPass::merge(ParsedSite& site, Diagnostics& diags, bool list_later) {
  std::map<std::string, std::vector<std::size_t>>& cited_on = state_->cited_on;
  for (std::size_t i = 0; i < state_->results.size(); ++i) {
    diags.merge(std::move(state_->results[i].diags));
    for (const std::string& key : state_->results[i].cited) cited_on[key].push_back(i);
  }
  state_->results.clear();
  if (!site.content.bronnen.empty()) state_->bronnen_page = add_bronnen_page(site, diags);
  if (!list_later) add_bronnen_list(site);
}

void NotesPass::add_bronnen_list(ParsedSite& site, const PartRenderer* render) {
  if (state_->bronnen_page)
    ww::add_bronnen_list(site, *state_->bronnen_page, state_->cited_on, render);
  state_->bronnen_page.reset();
  state_->cited_on.clear();
}

void run_notes_pass(ParsedSite& site, const SiteConfig&, Diagnostics& diags) {
  // Per page in parallel (each page's tree and Page only), then merged in page order.
  NotesPass pass(site);
  parallel_for(site.pages.size(), site.workers, [&](std::size_t i) { pass.page(site, i); });
  pass.merge(site, diags);
}

}  // namespace ww
