#include "editions/word_diff.h"

#include <cctype>
#include <dtl/dtl.hpp>
#include <map>

namespace ww {

namespace {
bool word_byte(unsigned char c) { return c >= 0x80 || std::isalnum(c) != 0; }
}  // namespace

std::vector<WordToken> tokenize_words(std::string_view text) {
  std::vector<WordToken> out;
  std::size_t i = 0;
  int newlines = 0;
  bool had_space = false;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (c == '\n') ++newlines;
      had_space = true;
      ++i;
      continue;
    }
    std::string space = out.empty()     ? ""
                        : newlines >= 2 ? "\n\n"
                        : newlines == 1 ? "\n"
                        : had_space     ? " "
                                        : "";
    newlines = 0;
    had_space = false;
    std::size_t start = i;
    if (word_byte(c)) {
      while (i < text.size() && word_byte(static_cast<unsigned char>(text[i]))) ++i;
    } else {
      ++i;
    }
    out.push_back({std::string(text.substr(start, i - start)), std::move(space)});
  }
  return out;
}

double WordDiff::changed_share() const {
  std::size_t total = old_words + new_words;
  return total == 0 ? 0.0 : static_cast<double>(added + removed) / static_cast<double>(total);
}

WordDiff diff_words(const std::vector<WordToken>& before, const std::vector<WordToken>& after) {
  WordDiff out;
  out.old_words = before.size();
  out.new_words = after.size();
  std::vector<std::string> a, b;
  a.reserve(before.size());
  b.reserve(after.size());
  for (const auto& t : before) a.push_back(t.text);
  for (const auto& t : after) b.push_back(t.text);
  dtl::Diff<std::string, std::vector<std::string>> d(a, b);
  d.onHuge();
  d.compose();
  for (const auto& [elem, info] : d.getSes().getSequence()) {
    DiffKind kind = info.type == dtl::SES_ADD      ? DiffKind::toegevoegd
                    : info.type == dtl::SES_DELETE ? DiffKind::verwijderd
                                                   : DiffKind::zelfde;
    const WordToken& tok = kind == DiffKind::verwijderd
                               ? before[static_cast<std::size_t>(info.beforeIdx - 1)]
                               : after[static_cast<std::size_t>(info.afterIdx - 1)];
    if (kind == DiffKind::toegevoegd) ++out.added;
    if (kind == DiffKind::verwijderd) ++out.removed;
    // The spacing goes outside a marked run, so "<ins> nieuw</ins>" reads as " <ins>nieuw</ins>".
    if (out.segments.empty() || out.segments.back().kind != kind) {
      // Between a removed and an added run (a replacement) the spacing is shared: written once,
      // before.
      const bool replacement = kind != DiffKind::zelfde && !out.segments.empty() &&
                               out.segments.back().kind != DiffKind::zelfde;
      if (!tok.space_before.empty() && !replacement) {
        if (out.segments.empty() || out.segments.back().kind != DiffKind::zelfde)
          out.segments.push_back({DiffKind::zelfde, {}});
        out.segments.back().text += tok.space_before;
      }
      out.segments.push_back({kind, tok.text});
    } else {
      out.segments.back().text += tok.space_before;
      out.segments.back().text += tok.text;
    }
    (void)elem;
  }
  // A replacement reads "[removed][added]": dtl may give the added words first.
  for (std::size_t i = 1; i < out.segments.size(); ++i)
    if (out.segments[i - 1].kind == DiffKind::toegevoegd &&
        out.segments[i].kind == DiffKind::verwijderd)
      std::swap(out.segments[i - 1], out.segments[i]);
  return out;
}

WordDiff diff_words(std::string_view before, std::string_view after) {
  return diff_words(tokenize_words(before), tokenize_words(after));
}

double word_similarity(const std::vector<WordToken>& a, const std::vector<WordToken>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::map<std::string_view, long> counts;
  for (const auto& t : a) ++counts[t.text];
  std::size_t common = 0;
  for (const auto& t : b) {
    auto it = counts.find(t.text);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

}  // namespace ww
