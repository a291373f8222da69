#pragma once
/// Syllable counting for Dutch with libhyphen and the hyphen-nl patterns (hyph_nl_NL.dic).
/// libhyphen finds the hyphenation points; inside each piece, vowel groups that the patterns
/// cannot split (a word-initial "i-" in "idee", a trema as in "ideeën") are counted as well.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

/// Where the Dutch patterns are looked for when no path is given: $WEGWIJZER_HYPHEN_DIC,
/// then the Debian (hyphen-nl) and other usual locations.
std::vector<std::string> default_hyphen_dic_paths();

/// The first of `candidates` that exists, or nullopt.
std::optional<std::string> find_hyphen_dic(const std::vector<std::string>& candidates);

class Hyphenator {
 public:
  /// Loads a libhyphen pattern file (ISO-8859-1 or UTF-8, as its first line says).
  /// On failure returns nullopt and sets `error` (Dutch, for editors).
  static std::optional<Hyphenator> load(const std::string& path, std::string& error);

  /// The word split at its syllables ("ge", "meen", "te"). `word` is UTF-8; case is ignored.
  /// Words without a letter (numbers) are one piece.
  [[nodiscard]] std::vector<std::string> syllables(std::string_view word) const;
  [[nodiscard]] int count(std::string_view word) const;

  Hyphenator(Hyphenator&&) noexcept;
  Hyphenator& operator=(Hyphenator&&) noexcept;
  ~Hyphenator();

 private:
  struct Impl;
  explicit Hyphenator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// Vowel groups of a UTF-8 word: a run of a e i o u y (and "ij") counts once; a vowel with a
/// trema (ë, ï, ...) starts a new group. The fallback and the fine-tuning of `Hyphenator`.
int vowel_groups(std::string_view word);

}  // namespace ww
