#include "editions/block_diff.h"

#include <dtl/dtl.hpp>
#include <map>

namespace ww {

namespace {

/// How many added blocks after the last pair a removed block is compared with.
constexpr std::size_t kPairWindow = 32;

std::string block_key(const ReaderBlock& b) {
  std::string key(1, static_cast<char>('a' + static_cast<int>(b.kind)));
  key += static_cast<char>('0' + b.niveau);
  key += b.text;
  return key;
}

struct Entry {
  long before = -1, after = -1;  ///< block indexes, -1 for none
  BlockStatus status = BlockStatus::zelfde;
};

/// Pairs removed and added blocks of one run between unchanged blocks, in order: a removed block
/// and a later added block of the same kind whose words are alike become one changed block.
void flush_run(const std::vector<ReaderBlock>& before, const std::vector<ReaderBlock>& after,
               std::vector<long>& removed, std::vector<long>& added, std::vector<Entry>& out) {
  std::vector<std::vector<WordToken>> rt, at;
  if (!removed.empty() && !added.empty()) {
    for (long r : removed) rt.push_back(tokenize_words(before[static_cast<std::size_t>(r)].text));
    for (long a : added) at.push_back(tokenize_words(after[static_cast<std::size_t>(a)].text));
  }
  std::size_t ri = 0, ai = 0;  // next removed / added block not yet written
  for (std::size_t r = 0; r < removed.size() && !at.empty(); ++r) {
    const ReaderBlock& rb = before[static_cast<std::size_t>(removed[r])];
    // Only the next few added blocks are candidates: keeps a page that was rewritten whole linear.
    for (std::size_t a = ai; a < added.size() && a < ai + kPairWindow; ++a) {
      const ReaderBlock& ab = after[static_cast<std::size_t>(added[a])];
      if (rb.kind != ab.kind || rb.niveau != ab.niveau ||
          word_similarity(rt[r], at[a]) < kSameBlockSimilarity)
        continue;
      for (; ri < r; ++ri) out.push_back({removed[ri], -1, BlockStatus::verwijderd});
      for (; ai < a; ++ai) out.push_back({-1, added[ai], BlockStatus::toegevoegd});
      out.push_back({removed[r], added[a], BlockStatus::gewijzigd});
      ri = r + 1;
      ai = a + 1;
      break;
    }
  }
  for (; ri < removed.size(); ++ri) out.push_back({removed[ri], -1, BlockStatus::verwijderd});
  for (; ai < added.size(); ++ai) out.push_back({-1, added[ai], BlockStatus::toegevoegd});
  removed.clear();
  added.clear();
}

std::size_t word_count(const std::string& text) { return tokenize_words(text).size(); }

}  // namespace

BlockDiff diff_blocks(const std::vector<ReaderBlock>& before,
                      const std::vector<ReaderBlock>& after) {
  BlockDiff out;
  std::vector<std::string> a, b;
  a.reserve(before.size());
  b.reserve(after.size());
  for (const auto& x : before) a.push_back(block_key(x));
  for (const auto& x : after) b.push_back(block_key(x));
  dtl::Diff<std::string, std::vector<std::string>> d(a, b);
  d.onHuge();
  d.compose();

  std::vector<Entry> entries;
  std::vector<long> removed, added;
  for (const auto& [elem, info] : d.getSes().getSequence()) {
    (void)elem;
    if (info.type == dtl::SES_DELETE) {
      removed.push_back(info.beforeIdx - 1);
    } else if (info.type == dtl::SES_ADD) {
      added.push_back(info.afterIdx - 1);
    } else {
      flush_run(before, after, removed, added, entries);
      entries.push_back({info.beforeIdx - 1, info.afterIdx - 1, BlockStatus::zelfde});
    }
  }
  flush_run(before, after, removed, added, entries);

  // A removed block stands in the new edition's container where its old container lives on (a
  // list item that is gone stays in its list); an old container id becomes negative otherwise.
  std::map<long, long> new_id;
  for (const auto& e : entries) {
    if (e.before < 0 || e.after < 0) continue;
    const auto& op = before[static_cast<std::size_t>(e.before)].path;
    const auto& np = after[static_cast<std::size_t>(e.after)].path;
    for (std::size_t i = 0; i < op.size() && i < np.size() && op[i].kind == np[i].kind; ++i)
      new_id.emplace(op[i].id, np[i].id);
  }

  std::vector<BlockContainer> open;
  auto close_to = [&](std::size_t depth) {
    while (open.size() > depth) {
      DiffStep s;
      s.type = DiffStep::Type::einde;
      s.container = open.back();
      out.steps.push_back(std::move(s));
      open.pop_back();
    }
  };
  for (const auto& e : entries) {
    const ReaderBlock& blk = e.after >= 0 ? after[static_cast<std::size_t>(e.after)]
                                          : before[static_cast<std::size_t>(e.before)];
    std::vector<BlockContainer> path = blk.path;
    if (e.after < 0)
      for (auto& c : path) {
        auto it = new_id.find(c.id);
        c.id = it == new_id.end() ? -c.id : it->second;
      }
    std::size_t common = 0;
    while (common < open.size() && common < path.size() && open[common] == path[common]) ++common;
    close_to(common);
    for (std::size_t i = common; i < path.size(); ++i) {
      DiffStep s;
      s.type = DiffStep::Type::begin;
      s.container = path[i];
      s.status = e.status;
      out.steps.push_back(std::move(s));
      open.push_back(path[i]);
    }
    DiffStep s;
    s.kind = blk.kind;
    s.niveau = blk.niveau;
    s.status = e.status;
    WordDiff& t = out.totals;
    switch (e.status) {
      case BlockStatus::zelfde: {
        const std::size_t n = word_count(blk.text);
        t.old_words += n;
        t.new_words += n;
        s.segments.push_back({DiffKind::zelfde, blk.text});
        break;
      }
      case BlockStatus::toegevoegd: {
        const std::size_t n = word_count(blk.text);
        t.new_words += n;
        t.added += n;
        s.segments.push_back({DiffKind::toegevoegd, blk.text});
        break;
      }
      case BlockStatus::verwijderd: {
        const std::size_t n = word_count(blk.text);
        t.old_words += n;
        t.removed += n;
        s.segments.push_back({DiffKind::verwijderd, blk.text});
        break;
      }
      case BlockStatus::gewijzigd: {
        WordDiff w = diff_words(before[static_cast<std::size_t>(e.before)].text, blk.text);
        t.old_words += w.old_words;
        t.new_words += w.new_words;
        t.added += w.added;
        t.removed += w.removed;
        s.segments = std::move(w.segments);
        break;
      }
    }
    out.steps.push_back(std::move(s));
  }
  close_to(0);
  return out;
}

}  // namespace ww
