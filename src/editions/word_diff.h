#pragma once
/// Word-level diff of two texts (dtl: Wu's O(NP) algorithm over word tokens).
#include <string>
#include <string_view>
#include <vector>

namespace ww {

/// One token of a text: a word, or one punctuation mark; `space_before` keeps how it was joined
/// ("\n\n" before a new paragraph, " " between words, "" before a comma).
struct WordToken {
  std::string text;
  std::string space_before;
  bool operator==(const WordToken& o) const { return text == o.text; }
};

/// Splits Markdown source into words (letters, digits and every non-ASCII byte) and punctuation
/// marks (each its own token). A blank line becomes the `space_before` "\n\n" of the next token.
std::vector<WordToken> tokenize_words(std::string_view text);

enum class DiffKind { zelfde, toegevoegd, verwijderd };

/// A run of tokens with the same kind, joined with their spacing.
struct DiffSegment {
  DiffKind kind = DiffKind::zelfde;
  std::string text;
};

struct WordDiff {
  std::vector<DiffSegment> segments;
  std::size_t old_words = 0, new_words = 0;
  std::size_t added = 0, removed = 0;  ///< tokens
  /// Share of words changed: (added + removed) / (old + new), 0..1. 0 for two empty texts.
  [[nodiscard]] double changed_share() const;
  [[nodiscard]] bool changed() const { return added + removed > 0; }
};

WordDiff diff_words(const std::vector<WordToken>& before, const std::vector<WordToken>& after);
WordDiff diff_words(std::string_view before, std::string_view after);

/// Similarity of two texts by their words, 0..1: the share of tokens in common (Dice coefficient
/// over word counts). Cheap; used to find what a vanished page became.
double word_similarity(const std::vector<WordToken>& a, const std::vector<WordToken>& b);

}  // namespace ww
