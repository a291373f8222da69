#include "language/hyphen_dict.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <tuple>
#include <utility>

namespace ww {

/// One level of the dictionary, line by line as hnj_hyphen_load_line (hyphen 2.8.8) reads it.
struct HyphenLevelBuilder {
  struct State {
    int match = -1;  ///< offset in `text`; -1: none
    int repl = -1;
    signed char replindex = 0;
    signed char replcut = 0;
    int fallback = -1;
  };
  bool utf8 = false;
  // The states by the letters that lead to them: an open-addressing table of state numbers
  // (+1; 0 is empty) over the keys, which are kept one after the other in `key_text`.
  std::string key_text;
  std::vector<std::uint32_t> key_at, key_size, key_hash;  ///< per state
  std::vector<int> slots;
  unsigned slot_bits = 4;
  std::vector<State> states;
  std::vector<std::pair<int, HyphenTrans>> edges;  ///< (from, transition), as they were added
  std::string text;
  char lhmin = 0, rhmin = 0, clhmin = 0, crhmin = 0;
  bool has_nohyphen = false;
  std::string nohyphen;
  int nohyphenl = 0;
  int nohyphen_lines = 0;  ///< libhyphen versions differ on a second one: left to libhyphen

  /// `lines`: about how many patterns there will be (each makes one or two states).
  HyphenLevelBuilder(bool is_utf8, std::size_t lines) : utf8(is_utf8) {
    while ((std::size_t{1} << slot_bits) < 4 * lines) ++slot_bits;
    slots.assign(std::size_t{1} << slot_bits, 0);
    key_at.reserve(2 * lines);
    key_size.reserve(2 * lines);
    key_hash.reserve(2 * lines);
    states.reserve(2 * lines);
    edges.reserve(2 * lines);
    find_or_add("", 0);
  }

  /// A polynomial hash, so that a prefix's and a suffix's hash come from the prefix hashes:
  /// hash(s[a, b)) = H[b] - H[a] * kBase^(b - a), with H[k + 1] = H[k] * kBase + byte + 1.
  static constexpr std::uint32_t kBase = 16777619u;
  static std::uint32_t power(std::size_t n) {
    static const std::array<std::uint32_t, MAX_CHARS + 1> powers = [] {
      std::array<std::uint32_t, MAX_CHARS + 1> p{};
      p[0] = 1;
      for (std::size_t k = 1; k < p.size(); ++k) p[k] = p[k - 1] * kBase;
      return p;
    }();
    return powers[n];
  }
  static void prefix_hashes(std::string_view key, std::uint32_t* h) {
    h[0] = 0;
    for (std::size_t k = 0; k < key.size(); ++k)
      h[k + 1] = h[k] * kBase + static_cast<unsigned char>(key[k]) + 1u;
  }
  std::size_t first_slot(std::uint32_t h) const {
    return static_cast<std::size_t>((h * 2654435761u) >> (32 - slot_bits));
  }
  std::string_view key_of(std::size_t state) const {
    return std::string_view(key_text).substr(key_at[state], key_size[state]);
  }
  /// The slot of `key`: its state's, or the empty one where it would go.
  std::size_t slot_of(std::string_view key, std::uint32_t h) const {
    const std::size_t mask = slots.size() - 1;
    std::size_t at = first_slot(h);
    while (slots[at] != 0) {
      const auto state = static_cast<std::size_t>(slots[at] - 1);
      if (key_hash[state] == h && key_of(state) == key) return at;
      at = (at + 1) & mask;
    }
    return at;
  }
  int lookup(std::string_view key, std::uint32_t h) const { return slots[slot_of(key, h)] - 1; }
  /// hnj_hash_lookup and then hnj_get_state: the state of `key` (made if new) and whether it was
  /// there before.
  std::pair<int, bool> find_or_add(std::string_view key, std::uint32_t h) {
    const std::size_t at = slot_of(key, h);
    if (slots[at] != 0) return {slots[at] - 1, true};
    const int state = static_cast<int>(states.size());
    key_at.push_back(static_cast<std::uint32_t>(key_text.size()));
    key_size.push_back(static_cast<std::uint32_t>(key.size()));
    key_hash.push_back(h);
    key_text.append(key);
    states.emplace_back();
    slots[at] = state + 1;
    if (2 * states.size() > slots.size()) {  // at most half full
      slots.assign(slots.size() * 2, 0);
      ++slot_bits;
      const std::size_t mask = slots.size() - 1;
      for (std::size_t n = 0; n < states.size(); ++n) {
        std::size_t b = first_slot(key_hash[n]);
        while (slots[b] != 0) b = (b + 1) & mask;
        slots[b] = static_cast<int>(n) + 1;
      }
    }
    return {state, false};
  }
  int add_text(const char* s) {
    const int at = static_cast<int>(text.size());
    text.append(s);
    text.push_back('\0');
    return at;
  }

  void load_line(char* buf) {
    char word[MAX_CHARS];
    char pattern[MAX_CHARS];
    const bool keyword = buf[0] == 'L' || buf[0] == 'R' || buf[0] == 'C' || buf[0] == 'N';
    if (keyword && std::strncmp(buf, "LEFTHYPHENMIN", 13) == 0) {
      lhmin = static_cast<char>(std::atoi(buf + 13));
      return;
    }
    if (keyword && std::strncmp(buf, "RIGHTHYPHENMIN", 14) == 0) {
      rhmin = static_cast<char>(std::atoi(buf + 14));
      return;
    }
    if (keyword && std::strncmp(buf, "COMPOUNDLEFTHYPHENMIN", 21) == 0) {
      clhmin = static_cast<char>(std::atoi(buf + 21));
      return;
    }
    if (keyword && std::strncmp(buf, "COMPOUNDRIGHTHYPHENMIN", 22) == 0) {
      crhmin = static_cast<char>(std::atoi(buf + 22));
      return;
    }
    if (keyword && std::strncmp(buf, "NOHYPHEN", 8) == 0) {
      ++nohyphen_lines;
      const char* space = buf + 8;
      while (*space != '\0' && (*space == ' ' || *space == '\t')) space++;
      has_nohyphen = *space != '\0';
      nohyphen = has_nohyphen ? std::string(space) : std::string();
      nohyphenl = 0;
      if (has_nohyphen) {
        // The last character (the newline) ends it; every comma after the first character too.
        std::size_t at = nohyphen.size() - 1;
        nohyphen[at] = '\0';
        for (std::size_t k = at; k-- > 1;) {
          if (nohyphen[k] == ',') {
            ++nohyphenl;
            nohyphen[k] = '\0';
          }
        }
      }
      return;
    }
    int j = 0;
    pattern[j] = '0';
    char* repl = std::strchr(buf, '/');
    signed char replindex = 0;
    signed char replcut = 0;
    int repl_at = -1;
    if (repl) {
      char* index = std::strchr(repl + 1, ',');
      *repl = '\0';
      if (index) {
        char* index2 = std::strchr(index + 1, ',');
        *index = '\0';
        if (index2) {
          *index2 = '\0';
          replindex = static_cast<signed char>(static_cast<signed char>(std::atoi(index + 1)) - 1);
          replcut = static_cast<signed char>(std::atoi(index2 + 1));
        }
      } else {
        // hnj_strchomp
        char* s = repl + 1;
        const std::size_t k = std::strlen(s);
        if (k > 0 && (s[k - 1] == '\r' || s[k - 1] == '\n')) s[k - 1] = '\0';
        if (k > 1 && s[k - 2] == '\r') s[k - 2] = '\0';
        replindex = 0;
        replcut = static_cast<signed char>(std::strlen(buf));
      }
      repl_at = add_text(repl + 1);
    }
    int i = 0;
    for (i = 0; static_cast<unsigned char>(buf[i]) > static_cast<unsigned char>(' ') &&
                j < MAX_CHARS - 2;
         i++) {
      if (buf[i] >= '0' && buf[i] <= '9') {
        pattern[j] = buf[i];
      } else {
        word[j] = buf[i];
        pattern[++j] = '0';
      }
    }
    word[j] = '\0';
    pattern[j + 1] = '\0';

    i = 0;
    if (repl_at < 0) {
      for (; pattern[i] == '0'; i++) {
      }
    } else {
      if (*word == '.') i++;
      if (utf8) {
        int pu = -1;
        int ps = -1;
        std::size_t pc = (*word == '.') ? 1 : 0;
        for (; pc < (std::strlen(word) + 1); pc++) {
          if (((static_cast<unsigned char>(word[pc])) >> 6) != 2) pu++;
          if ((ps < 0) && (replindex == pu)) {
            ps = replindex;
            replindex = static_cast<signed char>(pc);
          }
          if ((ps >= 0) && ((pu - ps) == replcut)) {
            replcut = static_cast<signed char>(pc - static_cast<std::size_t>(replindex));
            break;
          }
        }
        if (*word == '.') replindex--;
      }
    }

    std::uint32_t h[MAX_CHARS + 1];
    prefix_hashes(std::string_view(word, static_cast<std::size_t>(j)), h);
    auto [state_num, existed] = find_or_add(std::string_view(word, static_cast<std::size_t>(j)),
                                            h[j]);
    bool found = existed;
    State& s = states[static_cast<std::size_t>(state_num)];
    s.match = add_text(pattern + i);
    s.repl = repl_at;
    s.replindex = replindex;
    s.replcut = replcut ? replcut : static_cast<signed char>(j);  // strlen(word)

    // The prefix transitions, down to a prefix that was there already.
    for (; !found && j > 0; --j) {
      const int last_state = state_num;
      const char ch = word[j - 1];
      word[j - 1] = '\0';
      const std::string_view prefix(word, static_cast<std::size_t>(j - 1));
      std::tie(state_num, found) = find_or_add(prefix, h[j - 1]);
      HyphenTrans t{};
      t.ch = ch;
      t.new_state = last_state;
      edges.emplace_back(state_num, t);
    }
  }

  /// The fallback states, then the structs (pointers into the level's own vectors).
  void finish(HyphenPatterns::Level& out, const char* cset) {
    std::uint32_t h[MAX_CHARS + 1];
    for (std::size_t n = 1; n < states.size(); ++n) {
      const std::string_view key = key_of(n);
      prefix_hashes(key, h);
      const std::size_t size = key.size();
      int state_num = -1;
      for (std::size_t j = 1; j <= size; ++j) {  // the longest suffix that is a state
        state_num = lookup(key.substr(j), h[size] - h[j] * power(size - j));
        if (state_num >= 0) break;
      }
      states[n].fallback = state_num;
    }
    out.text = std::move(text);
    out.nohyphen = std::move(nohyphen);
    std::vector<int> count(states.size(), 0);
    for (const auto& [from, t] : edges) ++count[static_cast<std::size_t>(from)];
    std::vector<std::size_t> start(states.size() + 1, 0);
    for (std::size_t n = 0; n < states.size(); ++n)
      start[n + 1] = start[n] + static_cast<std::size_t>(count[n]);
    out.trans.resize(edges.size());
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (const auto& [from, t] : edges) out.trans[next[static_cast<std::size_t>(from)]++] = t;
    out.states.resize(states.size());
    for (std::size_t n = 0; n < states.size(); ++n) {
      const State& s = states[n];
      HyphenState& h = out.states[n];
      h.match = s.match < 0 ? nullptr : out.text.data() + s.match;
      h.repl = s.repl < 0 ? nullptr : out.text.data() + s.repl;
      h.replindex = s.replindex;
      h.replcut = s.replcut;
      h.fallback_state = s.fallback;
      h.num_trans = count[n];
      h.trans = count[n] == 0 ? nullptr : out.trans.data() + start[n];
    }
    HyphenDict& d = out.dict;
    d.lhmin = lhmin;
    d.rhmin = rhmin;
    d.clhmin = clhmin;
    d.crhmin = crhmin;
    d.nohyphen = has_nohyphen ? out.nohyphen.data() : nullptr;
    d.nohyphenl = nohyphenl;
    d.num_states = static_cast<int>(out.states.size());
    std::memcpy(d.cset, cset, MAX_NAME);
    d.utf8 = utf8 ? 1 : 0;
    d.states = out.states.data();
    d.nextlevel = nullptr;
  }
};

std::unique_ptr<HyphenPatterns> HyphenPatterns::read(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return nullptr;
  // The lines as fgets gives them: each with its newline (the last one perhaps without).
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(at, end - at));
    at = end;
  }
  // libhyphen reads the first line into a buffer of MAX_NAME and the others into one of
  // MAX_CHARS; a longer line it splits or skips: leave such a file to libhyphen.
  if (!lines.empty() && lines[0].size() > MAX_NAME - 1) return nullptr;
  for (std::size_t n = 1; n < lines.size(); ++n)
    if (lines[n].size() >= MAX_CHARS - 1) return nullptr;

  char cset[MAX_NAME] = {};
  if (!lines.empty()) {
    std::memcpy(cset, lines[0].data(), lines[0].size());
    for (char& c : cset)
      if (c == '\r' || c == '\n') c = '\0';
  }
  const bool utf8 = std::strcmp(cset, "UTF-8") == 0;

  auto patterns = std::make_unique<HyphenPatterns>();
  HyphenLevelBuilder first(utf8, lines.size());
  char buf[MAX_CHARS];
  auto load = [&buf](HyphenLevelBuilder& level, std::string_view line) {
    std::memcpy(buf, line.data(), line.size());
    buf[line.size()] = '\0';
    level.load_line(buf);
  };
  std::size_t n = 1;
  bool nextlevel = false;
  for (; n < lines.size(); ++n) {
    if (lines[n].substr(0, 9) == "NEXTLEVEL") {
      nextlevel = true;
      ++n;
      break;
    }
    if (lines[n][0] != '%') load(first, lines[n]);
  }
  HyphenLevelBuilder second(utf8, nextlevel ? lines.size() - n : 8);
  if (nextlevel) {
    for (; n < lines.size(); ++n) {
      if (lines[n].substr(0, 9) == "NEXTLEVEL") break;  // libhyphen reads no further
      if (lines[n][0] != '%') load(second, lines[n]);
    }
  } else {
    // libhyphen's default first level: no break at a hyphen or an apostrophe.
    load(second, utf8 ? "NOHYPHEN ',\xe2\x80\x93,\xe2\x80\x99,-\n" : "NOHYPHEN ',-\n");
    load(second, "1-1\n");
    load(second, "1'1\n");
    if (utf8) {
      load(second, "1\xe2\x80\x93"
                   "1\n");
      load(second, "1\xe2\x80\x99"
                   "1\n");
    }
  }
  if (first.nohyphen_lines > 1 || second.nohyphen_lines > 1) return nullptr;
  char cset1[MAX_NAME] = {};  // libhyphen: strncpy of the first level's, ended by a NUL
  for (std::size_t k = 0; k < MAX_NAME - 1 && cset[k] != '\0'; ++k) cset1[k] = cset[k];
  first.finish(patterns->levels_[0], cset);
  second.finish(patterns->levels_[1], cset1);
  HyphenDict& d0 = patterns->levels_[0].dict;
  HyphenDict& d1 = patterns->levels_[1].dict;
  if (nextlevel) {
    d0.nextlevel = &d1;
    patterns->top_ = &d0;
  } else {
    d1.nextlevel = &d0;
    d1.lhmin = d0.lhmin;
    d1.rhmin = d0.rhmin;
    d1.clhmin = d0.clhmin ? d0.clhmin : (d0.lhmin ? d0.lhmin : 3);
    d1.crhmin = d0.crhmin ? d0.crhmin : (d0.rhmin ? d0.rhmin : 3);
    patterns->top_ = &d1;
  }
  return patterns;
}

}  // namespace ww
