#include "editions/compare.h"

#include <map>
#include <set>

#include "core/parallel.h"
#include "xref/citations.h"

namespace ww {

namespace {

std::map<std::string, const Page*> pages_by_source(const SiteContent& c, const std::string& root) {
  std::map<std::string, const Page*> out;
  const std::string prefix = root.empty() ? std::string() : root + "/";
  for (const auto& p : c.pages)
    if (prefix.empty() || p.file.starts_with(prefix)) out.emplace(p.source, &p);
  return out;
}

std::string term_kort(const Page& p) { return p.kort + "\n\n" + p.body; }

void compare_items(const std::map<std::string, ItemChange>& before,
                   const std::map<std::string, ItemChange>& after, ItemChanges& out) {
  for (const auto& [key, item] : after) {
    auto it = before.find(key);
    if (it == before.end()) {
      out.added.push_back(item);
    } else if (it->second.new_text != item.new_text) {
      ItemChange c = item;
      c.old_text = it->second.new_text;
      out.changed.push_back(std::move(c));
    }
  }
  for (const auto& [key, item] : before)
    if (!after.contains(key)) {
      ItemChange c = item;
      c.old_text = c.new_text;
      c.new_text.clear();
      out.removed.push_back(std::move(c));
    }
}

std::map<std::string, ItemChange> terms(const SiteContent& c) {
  std::map<std::string, ItemChange> out;
  for (const auto& p : c.pages)
    if (p.term)
      out[p.term->term] = {p.term->term, p.term->term, {}, term_kort(p), p.file, p.term->pos};
  return out;
}

/// A source as readers see its data: the fields that are set, in the order of a reference.
std::string bron_text(const Bron& b) {
  std::string out;
  for (const std::string* f : {&b.auteur, &b.jaar, &b.titel, &b.uitgever, &b.url, &b.notitie}) {
    if (f->empty()) continue;
    if (!out.empty()) out += ". ";
    out += *f;
  }
  return out;
}

std::map<std::string, ItemChange> bronnen(const SiteContent& c) {
  std::map<std::string, ItemChange> out;
  for (const auto& b : c.bronnen)
    out[b.key] = {b.key, b.titel.empty() ? b.key : b.titel, {}, bron_text(b), b.pos.file, b.pos};
  return out;
}

std::map<std::string, ItemChange> statements(const SiteContent& c) {
  std::map<std::string, ItemChange> out;
  for (const auto& p : c.pages)
    if (p.vit)
      for (const auto& v : p.vit->vragen)
        if (!v.lokaal) out[v.id] = {v.id, v.tekst, {}, v.tekst, p.file, v.pos};
  return out;
}

}  // namespace

std::string comparable_text(const Page& page) {
  std::string out = page.title;
  out += "\n\n";
  if (!page.kort.empty()) {
    out += page.kort;
    out += "\n\n";
  }
  if (page.kenmerk && !page.kenmerk->gewone_taal.empty()) {
    out += page.kenmerk->gewone_taal;
    out += "\n\n";
  }
  out += page.body;
  return out;
}

const PageChange* EditionChanges::for_new_source(const std::string& source) const {
  for (const auto* list : {&changed, &renamed})
    for (const auto& c : *list)
      if (c.new_source == source) return &c;
  return nullptr;
}

EditionChanges compare_editions(const SiteContent& before, const SiteContent& after,
                                std::string previous_name, const std::string& after_root,
                                WorkerPool* workers, const MarkdownOptions& markdown) {
  EditionChanges out;
  ensure_extensions_registered();  // pages are parsed on several threads
  const BronIndex old_bronnen = index_bronnen(before.bronnen, before.eindnoten);
  const BronIndex new_bronnen = index_bronnen(after.bronnen, after.eindnoten);
  const EditionText old_text{&old_bronnen, &before.eindnoten, markdown};
  const EditionText new_text{&new_bronnen, &after.eindnoten, markdown};
  auto diff_pages = [&](const Page& a, const Page& b, PageChange& c) {
    c.blocks = diff_blocks(reader_blocks(a, old_text), reader_blocks(b, new_text));
    c.diff = c.blocks.totals;
  };
  out.previous = std::move(previous_name);
  auto old_pages = pages_by_source(before, {});
  auto new_pages = pages_by_source(after, after_root);

  // Pages with the same source: diffed on all threads.
  std::vector<std::pair<const Page*, const Page*>> same;
  std::vector<const Page*> vanished, appeared;
  std::set<std::string> all_new;  // also pages an overlay replaced: those did not vanish
  for (const auto& p : after.pages) all_new.insert(p.source);
  for (const auto& [src, p] : old_pages) {
    auto it = new_pages.find(src);
    if (it == new_pages.end()) {
      if (!all_new.contains(src)) vanished.push_back(p);
    } else {
      same.emplace_back(p, it->second);
    }
  }
  for (const auto& [src, p] : new_pages)
    if (!old_pages.contains(src)) appeared.push_back(p);

  std::vector<PageChange> diffs(same.size());
  parallel_for(same.size(), workers, [&](std::size_t i) {
    const auto& [a, b] = same[i];
    PageChange& c = diffs[i];
    c.old_source = a->source;
    c.new_source = b->source;
    c.old_title = a->title;
    c.new_title = b->title;
    std::string ta = comparable_text(*a), tb = comparable_text(*b);
    if (ta != tb) diff_pages(*a, *b, c);
  });
  for (auto& c : diffs)
    if (c.diff.changed()) out.changed.push_back(std::move(c));

  // Renames: a vanished page and a new page with (mostly) the same words, best pairs first.
  std::vector<std::vector<WordToken>> vt, at;
  for (const auto* p : vanished) vt.push_back(tokenize_words(comparable_text(*p)));
  for (const auto* p : appeared) at.push_back(tokenize_words(comparable_text(*p)));
  struct Candidate {
    double score;
    std::size_t v, a;
  };
  std::vector<Candidate> candidates;
  for (std::size_t v = 0; v < vanished.size(); ++v)
    for (std::size_t a = 0; a < appeared.size(); ++a) {
      double s = word_similarity(vt[v], at[a]);
      if (s >= kRenameSimilarity) candidates.push_back({s, v, a});
    }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
  std::vector<char> v_used(vanished.size(), 0), a_used(appeared.size(), 0);
  for (const auto& c : candidates) {
    if (v_used[c.v] || a_used[c.a]) continue;
    v_used[c.v] = a_used[c.a] = 1;
    PageChange r;
    r.old_source = vanished[c.v]->source;
    r.new_source = appeared[c.a]->source;
    r.old_title = vanished[c.v]->title;
    r.new_title = appeared[c.a]->title;
    r.renamed = true;
    r.similarity = c.score;
    diff_pages(*vanished[c.v], *appeared[c.a], r);
    out.renamed.push_back(std::move(r));
  }
  std::sort(out.renamed.begin(), out.renamed.end(),
            [](const PageChange& x, const PageChange& y) { return x.new_source < y.new_source; });
  for (std::size_t v = 0; v < vanished.size(); ++v)
    if (!v_used[v])
      out.removed.push_back({vanished[v]->source, {}, vanished[v]->title, {}, false, 0, {}, {}});
  for (std::size_t a = 0; a < appeared.size(); ++a)
    if (!a_used[a])
      out.added.push_back({{}, appeared[a]->source, {}, appeared[a]->title, false, 0, {}, {}});

  compare_items(terms(before), terms(after), out.termen);
  compare_items(bronnen(before), bronnen(after), out.bronnen);
  auto old_vit = statements(before);
  for (const auto& v : before.vervallen_vragen) old_vit.erase(v.id);
  compare_items(old_vit, statements(after), out.vit);
  return out;
}

}  // namespace ww
