#pragma once
/// Finds many phrases at once in running text, in time linear in the text (Aho-Corasick over a
/// normalised form of the text). Used for glossary terms and abbreviations.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

struct PhraseMatch {
  std::size_t begin = 0;  ///< byte offsets in the original text
  std::size_t end = 0;
  int id = 0;  ///< the id given to the phrase
};

class TermMatcher {
 public:
  /// `fold`: case-insensitive and diacritics folded ("Cliënt" finds "client"); otherwise exact.
  /// White space always matches any run of white space (a line break included).
  explicit TermMatcher(bool fold = true) : fold_(fold) { nodes_.emplace_back(); }

  /// Adds a phrase; empty phrases are ignored. Call before the first find().
  void add(std::string_view phrase, int id);

  /// Builds the automaton. find() does it on first use; call this once after the last add()
  /// before several threads share the matcher, so that find() only reads.
  void build() const;

  /// Non-overlapping matches, leftmost first and at one position the longest, on whole words:
  /// a match may not touch a letter or digit, nor a hyphen that joins it to one ("RVS-advies").
  /// When every phrase starts with a letter or digit (is_word_cp), a match can only begin where
  /// a word begins: then only word starts are tried, walking the phrase trie from each one, and
  /// the rest of a word is skipped; otherwise find_anywhere() is used.
  [[nodiscard]] std::vector<PhraseMatch> find(std::string_view text) const;

  /// find() by the Aho-Corasick automaton over the whole normalised text, trying every position
  /// (a phrase may start with a character that is no letter or digit). The same result as
  /// find() whenever find() takes its word-start path; tests compare the two.
  [[nodiscard]] std::vector<PhraseMatch> find_anywhere(std::string_view text) const;

  /// The normalised form used for matching (white space runs become one space).
  [[nodiscard]] std::string normalize(std::string_view text,
                                      std::vector<std::size_t>* begins = nullptr,
                                      std::vector<std::size_t>* ends = nullptr) const;

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int>> next;  ///< sorted by byte
    int fail = 0;
    int output = -1;       ///< phrase index ending here, or -1
    int dict_suffix = -1;  ///< nearest node on the fail chain with an output
  };
  struct Phrase {
    std::size_t length = 0;  ///< in normalised bytes
    int id = 0;
  };
  int child(int node, unsigned char c) const;
  /// The matches that begin at the word starting at byte `start` of `text` (see find()), taken
  /// into `out` when they do not overlap the last match taken (`taken`).
  struct Taken {
    std::size_t last_cp = 0;  ///< text offset of the code point holding the last match's end
    std::size_t after = 0;    ///< normalised bytes of that code point inside the match
  };
  void match_at_word(std::string_view text, std::size_t start, Taken& taken,
                     std::vector<PhraseMatch>& out) const;
  /// The normalised bytes of the non-ASCII code point at `at` of `text` (advanced past it): one
  /// space for white space (none when `last_space`, a run of white space gives one), else folded
  /// when the matcher folds; `buf` holds them when they are not in `text` or a table. Sets
  /// `last_space` when the bytes end in a space.
  std::string_view normalized_code_point(std::string_view text, std::size_t& at, bool& last_space,
                                         char (&buf)[4]) const;

  bool fold_;
  mutable bool built_ = false;
  mutable std::vector<Node> nodes_;
  /// Filled by build(): the class of each byte (0: in no phrase; else one class per byte) and
  /// the Aho-Corasick automaton as a table, node * width_ + class -> next node, failure links
  /// followed in advance; emits_[node]: a phrase ends at the node or on its failure chain.
  mutable std::array<std::uint16_t, 256> classes_{};
  mutable std::size_t width_ = 1;
  mutable std::vector<int> delta_;
  mutable std::vector<char> emits_;
  /// The phrase trie alone, node * width_ + class -> child, 0 when there is none (the root is no
  /// child), for find()'s walk from a word start.
  mutable std::vector<int> trie_;
  /// True while every phrase added starts with a letter or digit (find()'s word-start path).
  bool word_starts_only_ = true;
  /// ASCII bytes that, normalised, have no child at the root: find() skips them at the root.
  mutable std::array<bool, 256> root_skip_{};
  /// One less than a power of two that is at least the longest phrase (in normalised bytes):
  /// find() keeps the start offsets of that many recent bytes.
  mutable std::size_t ring_mask_ = 0;
  std::vector<Phrase> phrases_;
};

/// True when byte range [begin, end) of `text` stands on its own as a word (see find()).
bool is_whole_word(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace ww
