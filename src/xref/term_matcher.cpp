#include "xref/term_matcher.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "core/utf8.h"

namespace ww {

namespace {

/// Per byte: an ASCII letter or digit.
constexpr std::array<bool, 256> kAsciiWord = [] {
  std::array<bool, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = true;
  return t;
}();

bool is_ascii_word(unsigned char c) { return kAsciiWord[c]; }

bool is_space_cp(char32_t cp) {
  return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0 || cp == 0x202F;
}

/// The code point that ends just before byte `pos`, or 0 at the start.
char32_t cp_before(std::string_view s, std::size_t pos, std::size_t* start = nullptr) {
  if (pos == 0) return 0;
  std::size_t i = pos - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  if (start) *start = i;
  std::size_t j = i;
  return decode_utf8(s, j);
}

char32_t cp_at(std::string_view s, std::size_t pos, std::size_t* next = nullptr) {
  if (pos >= s.size()) return 0;
  std::size_t j = pos;
  char32_t cp = decode_utf8(s, j);
  if (next) *next = j;
  return cp;
}

}  // namespace

bool is_whole_word(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end || end > text.size()) return false;
  if (is_word_cp(cp_at(text, begin))) {
    std::size_t prev_start = 0;
    char32_t prev = cp_before(text, begin, &prev_start);
    if (is_word_cp(prev)) return false;
    if (prev == '-' && is_word_cp(cp_before(text, prev_start))) return false;
  }
  if (is_word_cp(cp_before(text, end))) {
    std::size_t after = 0;
    char32_t next = cp_at(text, end, &after);
    if (is_word_cp(next)) return false;
    if (next == '-' && is_word_cp(cp_at(text, after))) return false;
  }
  return true;
}

std::string TermMatcher::normalize(std::string_view text, std::vector<std::size_t>* begins,
                                   std::vector<std::size_t>* ends) const {
  std::string out;
  out.reserve(text.size());
  if (begins) begins->reserve(begins->size() + text.size());
  if (ends) ends->reserve(ends->size() + text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const auto byte = static_cast<unsigned char>(text[i]);
    char32_t cp = byte < 0x80 ? (++i, byte) : decode_utf8(text, i);  // ASCII needs no decoding
    std::size_t before = out.size();
    if (is_space_cp(cp)) {
      if (!out.empty() && out.back() == ' ') {
        if (ends && !ends->empty()) ends->back() = i;
        continue;
      }
      out += ' ';
    } else if (cp < 0x80) {  // ASCII: lower-casing is all the folding it needs
      out += static_cast<char>(fold_ && cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
    } else if (fold_) {
      cp = to_lower_cp(cp);
      if (const char* f = fold_diacritic(cp))
        out += f;
      else
        append_utf8(out, cp);
    } else {
      out.append(text.substr(start, i - start));
    }
    for (std::size_t k = before; k < out.size(); ++k) {
      if (begins) begins->push_back(start);
      if (ends) ends->push_back(i);
    }
  }
  return out;
}

int TermMatcher::child(int node, unsigned char c) const {
  const auto& next = nodes_[static_cast<std::size_t>(node)].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(c, -1));
  return (it != next.end() && it->first == c) ? it->second : -1;
}

void TermMatcher::add(std::string_view phrase, int id) {
  std::string norm = normalize(phrase);
  while (!norm.empty() && norm.back() == ' ') norm.pop_back();
  while (!norm.empty() && norm.front() == ' ') norm.erase(0, 1);
  if (norm.empty()) return;
  std::size_t first_end = 0;
  if (!is_word_cp(decode_utf8(norm, first_end))) word_starts_only_ = false;
  int node = 0;
  for (unsigned char c : norm) {
    int n = child(node, c);
    if (n < 0) {
      n = static_cast<int>(nodes_.size());
      auto& next = nodes_[static_cast<std::size_t>(node)].next;
      next.insert(std::lower_bound(next.begin(), next.end(), std::make_pair(c, -1)), {c, n});
      nodes_.emplace_back();
    }
    node = n;
  }
  Node& end = nodes_[static_cast<std::size_t>(node)];
  if (end.output < 0) {  // the first phrase with this text wins
    end.output = static_cast<int>(phrases_.size());
    phrases_.push_back({norm.size(), id});
  }
  built_ = false;
}

void TermMatcher::build() const {
  ring_mask_ = 0;
  for (const Phrase& p : phrases_)
    while (ring_mask_ + 1 < p.length) ring_mask_ = ring_mask_ * 2 + 1;
  // Failure links, breadth first; `order` keeps that order for the transition table.
  std::vector<int> order{0};
  for (auto [c, n] : nodes_[0].next) {
    nodes_[static_cast<std::size_t>(n)].fail = 0;
    order.push_back(n);
  }
  for (std::size_t q = 1; q < order.size(); ++q) {
    const int u = order[q];
    for (auto [c, v] : nodes_[static_cast<std::size_t>(u)].next) {
      int f = nodes_[static_cast<std::size_t>(u)].fail;
      while (f > 0 && child(f, c) < 0) f = nodes_[static_cast<std::size_t>(f)].fail;
      int target = child(f, c);
      Node& vn = nodes_[static_cast<std::size_t>(v)];
      vn.fail = (target >= 0 && target != v) ? target : 0;
      const Node& fn = nodes_[static_cast<std::size_t>(vn.fail)];
      vn.dict_suffix = fn.output >= 0 ? vn.fail : fn.dict_suffix;
      order.push_back(v);
    }
  }
  // Every byte that occurs in a phrase gets a class of its own; all other bytes share class 0.
  classes_.fill(0);
  width_ = 1;
  for (const Node& n : nodes_)
    for (auto [c, v] : n.next)
      if (classes_[c] == 0) classes_[c] = static_cast<std::uint16_t>(width_++);
  // The full transition table: a missing child follows the failure link (already filled, as
  // it is nearer the root), so find() takes one step per byte.
  delta_.assign(nodes_.size() * width_, 0);
  emits_.assign(nodes_.size(), 0);
  for (const int u : order) {
    const Node& n = nodes_[static_cast<std::size_t>(u)];
    int* row = &delta_[static_cast<std::size_t>(u) * width_];
    if (u != 0) {
      const int* fail_row = &delta_[static_cast<std::size_t>(n.fail) * width_];
      std::copy(fail_row, fail_row + width_, row);
    }
    for (auto [c, v] : n.next) row[classes_[c]] = v;
    emits_[static_cast<std::size_t>(u)] = n.output >= 0 || n.dict_suffix >= 0;
  }
  trie_.assign(nodes_.size() * width_, 0);
  for (std::size_t u = 0; u < nodes_.size(); ++u)
    for (auto [c, v] : nodes_[u].next) trie_[u * width_ + classes_[c]] = v;
  for (int b = 0; b < 256; ++b) {  // ASCII bytes whose normalised form starts no phrase
    const auto c = static_cast<unsigned char>(b);
    const unsigned char norm = is_space_cp(c)                  ? ' '
                               : fold_ && c >= 'A' && c <= 'Z' ? c + ('a' - 'A')
                                                               : c;
    root_skip_[c] = c < 0x80 && delta_[classes_[norm]] == 0;
  }
  built_ = true;
}

std::vector<PhraseMatch> TermMatcher::find_anywhere(std::string_view text) const {
  if (!built_) build();
  // One pass over the text that normalises it on the fly (as normalize() does) and feeds each
  // normalised byte to the automaton, so a text without a candidate costs no allocation. The
  // text offset where each of the last ring_mask_ + 1 normalised bytes starts is kept in a ring:
  // a candidate is never longer than that.
  struct Candidate {
    std::size_t begin, end;  // begin: in the text; end: in the text, after the last code point
    std::size_t norm_begin, norm_end;
    int phrase;
  };
  std::vector<Candidate> found;
  std::array<std::size_t, 256> small_ring;
  std::vector<std::size_t> big_ring;
  std::size_t* ring = small_ring.data();
  if (ring_mask_ >= small_ring.size()) {
    big_ring.resize(ring_mask_ + 1);
    ring = big_ring.data();
  }
  std::size_t k = 0;  // normalised bytes fed to the automaton so far
  int state = 0;
  bool last_space = false;
  // Feeds one normalised byte that comes from the code point at [start, end) of the text.
  auto feed = [&](unsigned char c, std::size_t start, std::size_t end) {
    ring[k & ring_mask_] = start;
    ++k;
    state = delta_[static_cast<std::size_t>(state) * width_ + classes_[c]];
    if (!emits_[static_cast<std::size_t>(state)]) return;
    for (int s = state; s >= 0; s = nodes_[static_cast<std::size_t>(s)].dict_suffix) {
      int out = nodes_[static_cast<std::size_t>(s)].output;
      if (out < 0) continue;
      const std::size_t len = phrases_[static_cast<std::size_t>(out)].length;
      found.push_back({ring[(k - len) & ring_mask_], end, k - len, k, out});
    }
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII needs no decoding, and lower-casing is all the folding it needs
      ++i;
      // At the root, a byte no phrase starts with leaves the automaton where it is: skip it. No
      // match covers it, so the byte count k may leave it out (it only orders the candidates).
      if (state == 0 && root_skip_[byte]) {
        const auto* p = reinterpret_cast<const unsigned char*>(text.data());
        const std::size_t n = text.size();
        // Four bytes a step while all four are skipped, then one by one.
        while (i + 4 <= n && root_skip_[p[i]] && root_skip_[p[i + 1]] && root_skip_[p[i + 2]] &&
               root_skip_[p[i + 3]])
          i += 4;
        while (i < n && root_skip_[p[i]]) ++i;
        last_space = is_space_cp(static_cast<unsigned char>(text[i - 1]));
        continue;
      }
      // Likewise inside a word: a match that starts after a letter or digit is no whole word
      // (see is_whole_word), so at the root the rest of an ASCII word can be skipped.
      if (state == 0 && is_ascii_word(byte) && start > 0 &&
          is_ascii_word(static_cast<unsigned char>(text[start - 1]))) {
        while (i < text.size() && is_ascii_word(static_cast<unsigned char>(text[i]))) ++i;
        last_space = false;
        continue;
      }
      if (is_space_cp(byte)) {
        if (last_space) continue;
        last_space = true;
        feed(' ', start, i);
      } else {
        last_space = false;
        feed(fold_ && byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte, start, i);
      }
      continue;
    }
    char buf[4];
    for (const char ch : normalized_code_point(text, i, last_space, buf))
      feed(static_cast<unsigned char>(ch), start, i);
  }
  if (found.empty()) return {};
  // Leftmost first, then longest; a candidate that is not a whole word gives way to the next.
  // Two candidates with the same begin and end are the same phrase, so the order is total.
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return a.norm_begin != b.norm_begin ? a.norm_begin < b.norm_begin : a.norm_end > b.norm_end;
  });
  std::vector<PhraseMatch> out;
  std::size_t taken_until = 0;
  for (const Candidate& c : found) {
    if (c.norm_begin < taken_until) continue;
    if (!is_whole_word(text, c.begin, c.end)) continue;
    out.push_back({c.begin, c.end, phrases_[static_cast<std::size_t>(c.phrase)].id});
    taken_until = c.norm_end;
  }
  return out;
}

inline std::string_view TermMatcher::normalized_code_point(std::string_view text, std::size_t& at,
                                                           bool& last_space, char (&buf)[4]) const {
  const std::size_t from = at;
  char32_t cp = decode_utf8(text, at);
  std::string_view bytes;
  if (is_space_cp(cp)) {
    if (last_space) return {};
    buf[0] = ' ';
    bytes = {buf, 1};
  } else if (fold_) {
    cp = to_lower_cp(cp);
    if (const char* f = fold_diacritic(cp)) {
      bytes = f;
    } else {
      std::string enc;
      append_utf8(enc, cp);
      std::copy(enc.begin(), enc.end(), buf);
      bytes = {buf, enc.size()};
    }
  } else {
    bytes = text.substr(from, at - from);
  }
  if (!bytes.empty()) last_space = bytes.back() == ' ';
  return bytes;
}

void TermMatcher::match_at_word(std::string_view text, std::size_t start, Taken& taken,
                                std::vector<PhraseMatch>& out) const {
  // The normalised bytes of the code point at `at` (as find_anywhere() feeds them); advances
  // `at`. `last_space`: the previous code point gave a space (a run of white space gives one).
  char buf[4];
  auto bytes_at = [&](std::size_t& at, bool& last_space) -> std::string_view {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      ++at;
      if (is_space_cp(byte)) {
        if (last_space) return {};
        last_space = true;
        buf[0] = ' ';
      } else {
        last_space = false;
        buf[0] = static_cast<char>(fold_ && byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
      }
      return {buf, 1};
    }
    return normalized_code_point(text, at, last_space, buf);
  };
  std::size_t first_next = start;
  bool first_space = false;
  const std::string_view first_raw = bytes_at(first_next, first_space);
  const std::string first(first_raw);  // buf is reused by the walk
  // A phrase may start at any normalised byte of the first code point ('æ' gives "ae").
  for (std::size_t k0 = 0; k0 < first.size(); ++k0) {
    // Overlaps the last match taken: so does every later start inside this code point.
    if (start < taken.last_cp || (start == taken.last_cp && k0 < taken.after)) continue;
    struct Found {
      int phrase;
      std::size_t end, last_cp, after;
    };
    Found path[64];  // the phrases ending on the walk, shortest first
    std::size_t found = 0;
    std::vector<Found> more;  // beyond 64 (a trie path with that many phrase ends)
    int node = 0;
    std::size_t at = start;
    bool last_space = false;
    bool done = false;
    for (bool first_cp = true; !done && at < text.size(); first_cp = false) {
      const std::size_t cp_start = at;
      std::string_view bytes;
      if (first_cp) {
        bytes = std::string_view(first).substr(k0);
        at = first_next;
        last_space = first_space;
      } else {
        bytes = bytes_at(at, last_space);
      }
      for (std::size_t j = 0; j < bytes.size(); ++j) {
        node = trie_[static_cast<std::size_t>(node) * width_ +
                     classes_[static_cast<unsigned char>(bytes[j])]];
        if (node == 0) {
          done = true;
          break;
        }
        const int phrase = nodes_[static_cast<std::size_t>(node)].output;
        if (phrase < 0) continue;
        const std::size_t after = (first_cp ? k0 : 0) + j + 1;
        if (found < std::size(path))
          path[found++] = {phrase, at, cp_start, after};
        else
          more.push_back({phrase, at, cp_start, after});
      }
    }
    // Longest first; a candidate that is not a whole word gives way to the next.
    auto take = [&](const Found& f) {
      if (!is_whole_word(text, start, f.end)) return false;
      out.push_back({start, f.end, phrases_[static_cast<std::size_t>(f.phrase)].id});
      taken = {f.last_cp, f.after};
      return true;
    };
    bool took = false;
    for (auto it = more.rbegin(); !took && it != more.rend(); ++it) took = take(*it);
    for (std::size_t f = found; !took && f > 0; --f) took = take(path[f - 1]);
  }
}

std::vector<PhraseMatch> TermMatcher::find(std::string_view text) const {
  if (!built_) build();
  if (!word_starts_only_) return find_anywhere(text);
  // Every phrase starts with a letter or digit, so a match that is a whole word (is_whole_word)
  // begins at a word character with no word character before it: only those places are tried.
  std::vector<PhraseMatch> out;
  Taken taken;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  // Whether the code point before byte `at` (a code point start) is no word character, as
  // is_whole_word sees it.
  auto after_non_word = [&](std::size_t at) {
    if (at == 0) return true;
    if (p[at - 1] < 0x80) return !is_ascii_word(p[at - 1]);
    std::size_t prev_start = 0;
    return !is_word_cp(cp_before(text, at, &prev_start));
  };
  std::size_t i = 0;
  while (i < n) {
    const unsigned char byte = p[i];
    if (byte < 0x80) {
      if (!is_ascii_word(byte)) {
        ++i;
        continue;
      }
      const unsigned char norm = fold_ && byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte;
      if (int node = trie_[classes_[norm]]; node != 0 && after_non_word(i)) {
        // Most words leave the trie within their first letters: followed along the word's lower-
        // case letters here, and only walked in full (match_at_word) when a phrase may end.
        std::size_t j = i + 1;
        while (nodes_[static_cast<std::size_t>(node)].output < 0 && j < n &&
               static_cast<unsigned>(p[j] - 'a') < 26) {
          node = trie_[static_cast<std::size_t>(node) * width_ + classes_[p[j]]];
          if (node == 0) break;
          ++j;
        }
        if (node != 0) match_at_word(text, i, taken, out);
      }
      ++i;
      // Inside the word no match begins: its lowercase letters eight at a time, then the rest.
      skip_ascii_lowercase(reinterpret_cast<const char*>(p), i, n);
      while (i < n && is_ascii_word(p[i])) ++i;
      continue;
    }
    const std::size_t start = i;
    if (is_word_cp(decode_utf8(text, i)) && after_non_word(start))
      match_at_word(text, start, taken, out);
  }
  return out;
}

}  // namespace ww
