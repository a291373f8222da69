#include "search/documents.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "core/utf8.h"
#include "search/emit.h"
#include "xref/xref_paths.h"

namespace ww {

namespace {

bool is_block(cmark_node* n) {
  return (cmark_node_get_type(n) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void trim_end(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

void append_text(std::string& out, std::string_view more) {
  if (more.empty()) return;
  if (!out.empty() && out.back() != ' ') out += ' ';
  append_collapsed(out, more);
  trim_end(out);
}

bool is_footnote_definition(cmark_node* n) {
  return cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_DEFINITION;
}

/// Heading node -> its id, from page.heading_ids (collected in the same document order).
std::unordered_map<cmark_node*, std::string> heading_id_map(cmark_node* doc, const Page& page) {
  const std::vector<cmark_node*> headings = find_headings(doc);
  std::unordered_map<cmark_node*, std::string> ids;
  // A pass that added or removed headings would shift the ids: then link to the page instead.
  if (headings.size() != page.heading_ids.size()) return ids;
  for (std::size_t i = 0; i < headings.size(); ++i) ids[headings[i]] = page.heading_ids[i];
  return ids;
}

struct SectionWalker {
  const Page& page;
  std::size_t page_index;
  std::unordered_map<cmark_node*, std::string> ids;
  std::vector<SearchDoc>& docs;
  cmark_node* origin_block;
  cmark_node* notes_block;  ///< the notes list (PageRecord::notes_block), or null
  const std::vector<PageNote>* notes;

  void start(std::string heading, std::string anchor) {
    docs.push_back(
        SearchDoc{page_index, SearchKind::section, std::move(anchor), std::move(heading), {}});
  }

  /// The notes list at the end of the page: a note from the kader is a document of its own,
  /// linked to the note and headed by the kader's number ("Eindnoot xlii"), so a search for
  /// "eindnoot xlii" finds it.
  void walk_notes() {
    const std::size_t before = docs.size() - 1;  // the section the notes list ends
    for (const PageNote& note : *notes) {
      cmark_node* li = note.node;
      const std::string& id = note.id;
      std::size_t into = before;
      if (!note.kader.empty()) {
        start(note.kader, id);  // "Eindnoot xlii": a search for the number finds the note
        into = docs.size() - 1;
      }
      // Other notes stay with the section before them (a document each would outgrow the index
      // budget).
      for (cmark_node* c = cmark_node_first_child(li); c; c = cmark_node_next(c))
        append_search_text(docs[into].text, c);
    }
  }

  void walk(cmark_node* parent) {
    for (cmark_node* c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
      if (is_footnote_definition(c)) continue;
      if (c == notes_block) {
        walk_notes();
        continue;
      }
      if (c == origin_block) {
        start(page.aanvulling ? page.aanvulling->title : std::string{}, page.aanvulling_id);
        walk(c);
        continue;
      }
      if (cmark_node_get_type(c) == CMARK_NODE_HEADING) {
        int level = cmark_node_get_heading_level(c);
        if (level == 2 || level == 3) {
          auto it = ids.find(c);
          start(search_text(c), it == ids.end() ? std::string{} : it->second);
          continue;
        }
      }
      append_search_text(docs.back().text, c);
    }
  }
};

std::string section_label(const Page& page,
                          const std::map<std::string, std::string>& section_titles) {
  if (page.kenmerk && !page.is_index) return "Basiskenmerk " + std::to_string(page.kenmerk->nummer);
  if (page.is_index) return {};
  auto it = section_titles.find(page.section);
  return it == section_titles.end() ? std::string{} : it->second;
}

/// The generated afkortingen page, when the site has it: its top (the page's summary) and one
/// document per abbreviation of afkortingen.toml (heading: the abbreviation, text: what it
/// stands for). Spellings that only
/// differ in capitals and mean the same ("ggz", "GGZ") give one document, as on the page.
void add_abbreviations(const ParsedSite& site, SearchCorpus& corpus) {
  const PageRecord* record = site.find_output(kAfkortingenOutput);
  if (!record || site.content.afkortingen.empty()) return;
  const Page* it = &record->page;
  const std::size_t pi = corpus.pages.size();
  corpus.pages.push_back(SearchPage{it->output, it->title, {}, {}, kPageWeightDefault});
  // The top of the page first: a match in the page title ("afkortingen") lands there.
  corpus.docs.push_back(SearchDoc{pi, SearchKind::section, {}, {}, {}});
  append_text(corpus.docs.back().text, it->kort);
  std::set<std::string> seen;
  for (const auto& a : site.content.afkortingen)
    if (seen.insert(fold_text(a.afkorting) + '\n' + a.voluit).second)
      corpus.docs.push_back(SearchDoc{pi, SearchKind::section, {}, a.afkorting, a.voluit});
}

}  // namespace

void append_collapsed(std::string& out, std::string_view s) {
  bool after_space = out.empty() || out.back() == ' ';  // a space here would be dropped
  const char* p = s.data();
  const char* const end = p + s.size();
  // Most text has single spaces only and is copied as it is: eight bytes a step while none is
  // below ' ' (a line break, a tab) and no space follows a space (or starts the text after one).
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  constexpr std::uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL;
  while (end - p >= 8) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    const std::uint64_t below_space = (x - kOnes * ' ') & ~x & kHigh;   // some byte < ' '
    const std::uint64_t y = x ^ (kOnes * ' ');                          // a space is 0 here
    const std::uint64_t spaces = ~(((y & kLow7) + kLow7) | y | kLow7);  // 0x80 at each space
    const std::uint64_t after = (spaces << 8) | (after_space ? 0x80 : 0);
    if (below_space != 0 || (spaces & after) != 0) break;
    after_space = (spaces >> 63) != 0;
    p += 8;
  }
  const char* run = s.data();
  for (; p < end; ++p) {
    const char c = *p;
    if (static_cast<unsigned char>(c) > ' ' || !is_space(c)) {
      after_space = false;
    } else if (c == ' ' && !after_space) {
      after_space = true;  // one space after text stays as it is
    } else {
      out.append(run, static_cast<std::size_t>(p - run));
      if (!after_space) out += ' ';
      after_space = true;
      run = p + 1;
    }
  }
  out.append(run, static_cast<std::size_t>(p - run));
}

std::string vit_question_anchor(const std::string& id) {
  std::string out = "vraag-";
  for (char c : id) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else
      out += '-';
  }
  return out;
}

namespace {

/// Appends the text of `node` to `out` as search_text makes it, with `out` treated as empty
/// when it is empty or ends in a space (no space is added at its start).
void append_node_text(std::string& out, cmark_node* node) {
  CmarkIter it(node);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    auto type = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_EXIT) {
      if (is_block(n) && !out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (ev != CMARK_EVENT_ENTER) continue;
    if (is_footnote_definition(n) && n != node) {
      // Skip the whole definition: the notes are not part of the section's text.
      cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
      continue;
    }
    switch (type) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_CODE_BLOCK:
        if (const char* lit = cmark_node_get_literal(n)) append_collapsed(out, lit);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        if (!out.empty() && out.back() != ' ') out += ' ';
        break;
      default:
        // A leaf block (thematic break, HTML block) still separates words.
        if (is_block(n) && !cmark_node_first_child(n) && !out.empty() && out.back() != ' ')
          out += ' ';
        break;
    }
  }
}

}  // namespace

std::string search_text(cmark_node* node) {
  std::string out;
  append_node_text(out, node);
  trim_end(out);
  return out;
}

void append_search_text(std::string& out, cmark_node* node) {
  const std::size_t before = out.size();
  if (!out.empty() && out.back() != ' ') out += ' ';
  const std::size_t start = out.size();
  append_node_text(out, node);
  while (out.size() > start && out.back() == ' ') out.pop_back();
  if (out.size() == start) out.resize(before);  // no text: no separating space either
}

namespace {

using PageDocs = SearchDocuments::PageDocs;

/// The whole text of a term page, notes included: a note from the kader with the label the
/// theme's partial `noten` shows ("Eindnoot xlii in het kader"), which is data, not in the tree.
void append_term_text(std::string& out, cmark_node* doc, const PageRecord& record) {
  for (cmark_node* c = cmark_node_first_child(doc); c; c = cmark_node_next(c)) {
    if (is_footnote_definition(c)) continue;
    if (c != record.notes_block) {
      append_search_text(out, c);
      continue;
    }
    for (const PageNote& note : record.notes) {
      if (!note.kader.empty()) append_text(out, note.kader + " in het kader");
      for (cmark_node* n = cmark_node_first_child(note.node); n; n = cmark_node_next(n))
        append_search_text(out, n);
    }
  }
}

PageDocs page_documents(const ParsedSite& site, std::size_t i, std::size_t pi,
                        const std::map<std::string, std::string>& section_titles) {
  PageDocs out;
  const Page& page = site.pages[i].page;
  cmark_node* doc = i < site.pages.size() ? site.pages[i].doc.get() : nullptr;
  if (!doc) return out;
  out.has = true;
  out.page = SearchPage{
      page.output, page.title, {}, section_label(page, section_titles), kPageWeightDefault};
  if (!page.is_index && (page.kenmerk || page.section == "kader"))
    out.page.weight = kPageWeightKader;
  std::vector<SearchDoc>& docs = out.docs;

  if (page.term) {
    std::string extra = page.term->term;
    for (const auto& v : page.term->varianten) extra += " " + v;
    out.page.title_extra = extra;
    SearchDoc d{pi, SearchKind::term, {}, {}, {}};
    append_text(d.text, page.kort);
    append_term_text(d.text, doc, site.pages[i]);
    docs.push_back(std::move(d));
    return out;
  }

  docs.push_back(SearchDoc{pi, SearchKind::section, {}, {}, {}});
  append_text(docs.back().text, page.kort);
  SectionWalker walker{page,
                       pi,
                       heading_id_map(doc, page),
                       docs,
                       find_origin_block(doc),
                       site.pages[i].notes_block,
                       &site.pages[i].notes};
  walker.walk(doc);
  if (i < site.pages.size() && site.pages[i].gewone_taal)
    // Second, as the template shows it: after "In het kort", before the kader's text.
    docs.insert(docs.begin() + 1,
                SearchDoc{pi, SearchKind::section, kGewoneTaalAnchor, "In gewone taal",
                          search_text(site.pages[i].gewone_taal.get())});
  if (page.vit)
    for (const auto& q : page.vit->vragen) {
      SearchDoc d{pi, SearchKind::question, vit_question_anchor(q.id), "Vraag " + q.id, {}};
      append_text(d.text, q.tekst);
      append_text(d.text, q.uitleg);
      docs.push_back(std::move(d));
    }
  // Drop a top-of-page document without text (a heading keeps its document even when empty).
  if (docs[0].text.empty()) docs.erase(docs.begin());
  return out;
}

}  // namespace

SearchDocuments::SearchDocuments(const ParsedSite& site, SnippetFileWriter write) {
  files_.write_early(std::move(write));
  for (const auto& r : site.pages)
    if (r.page.is_index && !r.page.section.empty()) section_titles_[r.page.section] = r.page.title;
  // Page i's index among the search pages: the pages before it that have Markdown.
  search_index_.resize(site.pages.size());
  for (std::size_t i = 0; i < site.pages.size(); ++i) {
    search_index_[i] = count_;
    if (site.pages[i].markdown) ++count_;
  }
  per_page_.resize(site.pages.size());
  done_.resize(site.pages.size());
  for (std::size_t i = 0; i < site.pages.size(); ++i) done_[i] = !site.pages[i].markdown;
}

void SearchDocuments::page(const ParsedSite& site, std::size_t i) {
  per_page_[i] = page_documents(site, i, search_index_[i], section_titles_);
}

void SearchDocuments::make_snippets(std::size_t i) {
  PageDocs& pd = per_page_[i];
  if (pd.has) {
    pd.snippets = page_snippets(search_index_[i], pd.docs);
    for (SearchDoc& d : pd.docs) std::string().swap(d.text);
  }
  // Pages finish about in order: the few parts that wait for an earlier page are held.
  std::lock_guard<std::mutex> lock(join_);
  streamed_ = true;
  done_[i] = 1;
  for (; next_ < done_.size() && done_[next_]; ++next_)
    if (per_page_[next_].has)
      files_.add(search_index_[next_], std::move(per_page_[next_].snippets));
}

SearchCorpus SearchDocuments::merge(const ParsedSite& site) {
  SearchCorpus corpus;
  corpus.pages.reserve(count_ + 1);  // + afkortingen.html
  std::size_t total = 0;
  for (const auto& pd : per_page_) total += pd.docs.size();
  corpus.docs.reserve(total + site.content.afkortingen.size() + 1);
  for (auto& pd : per_page_) {
    if (!pd.has) continue;
    corpus.pages.push_back(std::move(pd.page));
    for (auto& d : pd.docs) corpus.docs.push_back(std::move(d));
  }
  per_page_.clear();
  per_page_.shrink_to_fit();
  if (streamed_) {
    corpus.snippet_pages = corpus.pages.size();
    corpus.snippet_files = std::move(files_);
  }
  add_abbreviations(site, corpus);
  return corpus;
}

SearchCorpus collect_search_documents(const ParsedSite& site) {
  SearchDocuments documents(site);
  parallel_for(site.pages.size(), site.workers, [&](std::size_t i) { documents.page(site, i); });
  return documents.merge(site);
}

}  // namespace ww
