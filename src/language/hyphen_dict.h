#pragma once
/// libhyphen's dictionary (its public structs HyphenDict, HyphenState, HyphenTrans) made from a
/// pattern file's text exactly as `hnj_hyphen_load_file` makes it: the same states in the same
/// order, the same transitions in the same order, matches, replacements, fallback states, options
/// and second level. libhyphen allocates every state, transition list and string on its own and
/// hashes every pattern prefix into a table it frees again (for the Dutch patterns about 24
/// million instructions and 900 page faults, the biggest part of `check`'s own work on a small
/// site); this makes the same structs in a few vectors. libhyphen still hyphenates with them.
#include <hyphen.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

class HyphenPatterns {
 public:
  /// The dictionary of the pattern file `text`, or null for a file this does not read byte for
  /// byte as libhyphen does (a line longer than libhyphen's line buffer, a NUL byte, a first line
  /// longer than its character-set buffer, a second NOHYPHEN line in a level, which libhyphen
  /// versions read differently): load that one with `hnj_hyphen_load`.
  static std::unique_ptr<HyphenPatterns> read(std::string_view text);
  /// The dictionary to hyphenate with (`hnj_hyphen_hyphenate3`); owned here, never give it to
  /// `hnj_hyphen_free`.
  [[nodiscard]] HyphenDict* dict() { return top_; }

  HyphenPatterns() = default;
  HyphenPatterns(const HyphenPatterns&) = delete;
  HyphenPatterns& operator=(const HyphenPatterns&) = delete;

 private:
  struct Level {
    HyphenDict dict{};
    std::vector<HyphenState> states;
    std::vector<HyphenTrans> trans;  ///< every state's transitions, one state after the other
    std::string text;                ///< the matches and replacements, each ended by a NUL
    std::string nohyphen;            ///< NOHYPHEN's list as libhyphen keeps it (NULs for commas)
  };
  friend struct HyphenLevelBuilder;
  std::array<Level, 2> levels_;
  HyphenDict* top_ = nullptr;
};

}  // namespace ww
