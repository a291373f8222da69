#include "language/sentences.h"

#include <algorithm>
#include <array>

#include "core/utf8.h"

namespace ww {

namespace {

/// decode_utf8 with ASCII (most of any Dutch text) decoded here.
inline char32_t next_cp(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return decode_utf8(s, i);
}

/// '.', '!', '?' and the first byte of '…' (U+2026, E2 80 A6).
inline bool may_start_stop(char c) { return c == '.' || c == '!' || c == '?' || c == '\xE2'; }

/// Per byte: an ASCII letter or digit (what is_word_cp says of ASCII).
constexpr std::array<bool, 256> kAsciiWord = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c)
    t[static_cast<std::size_t>(c)] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();

/// An ASCII letter or digit (what is_word_cp says of ASCII).
inline bool ascii_word(char c) { return kAsciiWord[static_cast<unsigned char>(c)]; }

/// is_word_cp with ASCII answered here.
inline bool word_cp(char32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return is_word_cp(cp);
}

// Lowercase, with their full stops. Dotted short forms ("x.y.z.") are recognised by shape.
constexpr std::array<std::string_view, 62> kAbbreviations = {
    "a.d.h.v.", "aanv.",  "afb.",   "afd.",   "alg.",  "art.",  "bijv.",  "blz.",  "bv.",
    "c.q.",     "ca.",    "d.m.v.", "d.w.z.", "dhr.",  "dr.",   "drs.",   "e.a.",  "e.d.",
    "e.e.a.",   "enz.",   "etc.",   "evt.",   "excl.", "fig.",  "hfdst.", "hfst.", "i.c.m.",
    "i.o.v.",   "i.p.v.", "i.s.m.", "i.v.m.", "ibid.", "incl.", "ir.",    "jl.",   "jr.",
    "m.b.t.",   "m.b.v.", "m.n.",   "m.u.v.", "max.",  "mevr.", "min.",   "mr.",   "n.a.v.",
    "nl.",      "nr.",    "o.a.",   "o.b.v.", "ong.",  "p.",    "par.",   "pp.",   "prof.",
    "resp.",    "t.a.v.", "t.b.v.", "t.o.v.", "vgl.",  "vnl.",  "z.s.m.", "zgn.",
};

// Abbreviations that often end a sentence: a capital after them starts a new one.
// Sorted, so a token is looked up by binary search.
static_assert(std::is_sorted(kAbbreviations.begin(), kAbbreviations.end()));

constexpr std::array<std::string_view, 5> kMayEnd = {"enz.", "etc.", "e.d.", "e.a.", "e.e.a."};

bool contains(std::string_view word, const auto& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_space_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0;
}
bool is_closing_cp(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
         cp == 0xBB;
}
bool is_opening_cp(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
         cp == 0xAB;
}
bool is_upper_cp(char32_t cp) { return word_cp(cp) && to_lower_cp(cp) != cp; }
bool is_lower_cp(char32_t cp) {
  return word_cp(cp) && !(cp >= '0' && cp <= '9') && to_lower_cp(cp) == cp;
}
bool is_digit_cp(char32_t cp) { return cp >= '0' && cp <= '9'; }

char32_t cp_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  return next_cp(s, i);
}

/// Start of the code point that ends just before byte `i`.
std::size_t prev_cp_start(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

std::string lower_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // ASCII: as to_lower_cp lowers it
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      ++i;
      continue;
    }
    append_utf8(out, to_lower_cp(decode_utf8(s, i)));
  }
  return out;
}

/// One capital letter and a full stop ("J.", "Z.").
bool is_initial(std::string_view token) {
  std::size_t i = 0;
  const char32_t first = next_cp(token, i);
  return i + 1 == token.size() && token.back() == '.' && is_upper_cp(first);
}

// Words that open Dutch sentences and are not surnames: after "groep B." they start a sentence.
constexpr auto kSentenceStarts = std::to_array<std::string_view>({
    "aan",     "al",      "alle",   "alleen", "als",  "bij",    "daar",  "daarbij", "daarin",
    "daarmee", "daarna",  "daarom", "dan",    "dat",  "de",     "deze",  "die",     "dit",
    "door",    "dus",     "een",    "eerst",  "elke", "en",     "er",    "hier",    "hierbij",
    "hierin",  "hiermee", "het",    "hij",    "hoe",  "iedere", "ik",    "in",      "je",
    "jij",     "kijk",    "lees",   "maar",   "meer", "met",    "na",    "niet",    "nu",
    "of",      "om",      "omdat",  "ook",    "op",   "over",   "samen", "sinds",   "soms",
    "toch",    "toen",    "tot",    "u",      "uit",  "verder", "voor",  "waar",    "wanneer",
    "want",    "wat",     "we",     "wel",    "wie",  "wij",    "ze",    "zie",     "zij",
    "zo",
});

/// Whether the word at byte `at` of `s` is one that opens sentences (see kSentenceStarts),
/// written with a capital.
bool starts_sentence(std::string_view s, std::size_t at) {
  std::size_t e = at;
  while (e < s.size()) {
    std::size_t k = e;
    if (!word_cp(next_cp(s, k))) break;
    e = k;
  }
  if (e == at || !is_upper_cp(cp_at(s, at))) return false;
  return contains(std::string_view(lower_ascii(s.substr(at, e - at))), kSentenceStarts);
}

/// A dotted short form: groups of at most 3 letters, each followed by a full stop ("d.w.z.",
/// in either case).
bool dotted_short_form(std::string_view token) {
  int groups = 0;
  std::size_t run = 0;
  for (std::size_t k = 0; k < token.size();) {
    const char32_t cp = next_cp(token, k);
    if (cp == '.') {
      if (run == 0 || run > 3) return false;
      ++groups;
      run = 0;
    } else if (word_cp(cp) && !is_digit_cp(cp)) {
      ++run;
    } else {
      return false;
    }
  }
  return groups >= 2;
}

}  // namespace

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

bool is_abbreviation(std::string_view token) {
  if (token.size() < 2 || token.back() != '.') return false;
  // Longer than every listed abbreviation and any initial: only the dotted shape can match,
  // and lower case does not change it.
  constexpr std::size_t kLongestListed = 8;
  if (token.size() > kLongestListed) return dotted_short_form(token);
  const std::string low = lower_ascii(token);
  if (std::binary_search(kAbbreviations.begin(), kAbbreviations.end(), std::string_view(low)))
    return true;
  // An initial: one capital letter and a full stop ("J."). A lowercase letter is not: "u." is
  // the pronoun ending a sentence ("De gemeente helpt u."), and Dutch B1 text uses it a lot.
  std::size_t i = 0;
  const char32_t first = next_cp(token, i);
  if (i + 1 == token.size()) return is_upper_cp(first);
  return dotted_short_form(low);
}

std::vector<TextRange> split_sentences(std::string_view s) {
  std::vector<TextRange> out;
  split_sentences_into(s, out);
  return out;
}

void split_sentences_into(std::string_view s, std::vector<TextRange>& out) {
  out.clear();
  std::size_t start = 0;
  auto push = [&](std::size_t b, std::size_t e) {
    while (b < e) {
      std::size_t k = b;
      if (!is_space_cp(next_cp(s, k))) break;
      b = k;
    }
    while (e > b) {
      std::size_t p = prev_cp_start(s, e);
      if (!is_space_cp(cp_at(s, p))) break;
      e = p;
    }
    bool has_word = false, has_letter = false;
    for (std::size_t k = b; k < e && !has_letter;) {
      const char32_t c = next_cp(s, k);
      has_word = has_word || word_cp(c);
      has_letter = word_cp(c) && !is_digit_cp(c);
    }
    // A piece without a letter ("(2014)" after "Jeugdwet." in a literature list) is no
    // sentence of its own: it belongs to the sentence before it.
    if (has_word && !has_letter && !out.empty()) {
      out.back().end = e;
    } else if (has_word) {
      out.push_back({b, e});
    }
  };

  std::size_t i = 0;
  while (i < s.size()) {
    // On to the next byte that can start an end mark. Such a byte is never a UTF-8
    // continuation byte, so decoding from the start would stand on it too.
    while (i < s.size() && !may_start_stop(s[i])) ++i;
    if (i == s.size()) break;
    const std::size_t here = i;
    const char32_t cp = next_cp(s, i);
    const bool stop = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
    if (!stop) continue;
    // The whole run of end marks ("?!", "...") and closing quotes or brackets after it.
    bool only_dot = cp == '.';
    std::size_t end = i;
    while (end < s.size()) {
      std::size_t k = end;
      const char32_t c = next_cp(s, k);
      if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
        only_dot = false;  // "...", "?!": not a plain full stop
        end = k;
      } else if (is_closing_cp(c)) {
        end = k;
      } else {
        break;
      }
    }
    // A full stop inside a token ("1.000", "o.a.b", "vng.nl") never ends a sentence.
    if (end < s.size() && !is_space_cp(cp_at(s, end))) continue;
    // The next visible character decides in doubtful cases.
    std::size_t next = end;
    while (next < s.size() && is_space_cp(cp_at(s, next))) {
      std::size_t k = next;
      next_cp(s, k);
      next = k;
    }
    char32_t after = 0;
    for (std::size_t k = next; k < s.size();) {
      const char32_t c = next_cp(s, k);
      if (!is_opening_cp(c)) {
        after = c;
        break;
      }
    }
    if (only_dot) {
      // The token the full stop belongs to.
      std::size_t tok = here;
      while (tok > start) {
        std::size_t p = prev_cp_start(s, tok);
        if (is_space_cp(cp_at(s, p))) break;
        tok = p;
      }
      while (tok < here && is_opening_cp(cp_at(s, tok))) {
        std::size_t k = tok;
        next_cp(s, k);
        tok = k;
      }
      const std::string_view token = s.substr(tok, here + 1 - tok);
      const bool upper_next = after != 0 && (is_upper_cp(after) || is_digit_cp(after));
      if (is_initial(token)) {
        // "J. de Vries" or "A.J. Jansen": a name follows. "van A tot Z." and "groep B.": the
        // letter ends the sentence when the text ends, or the next word starts a sentence
        // (a surname is not "De", "Het", "Dit", ...).
        // A letter opening the sentence is an enumerator ("C. Een combinatie van beide").
        bool alone = true;
        for (std::size_t k = start; k < tok && alone;) alone = !word_cp(next_cp(s, k));
        if (alone || (after != 0 && !starts_sentence(s, next))) continue;
      } else if (is_abbreviation(token)) {
        if (!(contains(lower_ascii(token), kMayEnd) && upper_next)) continue;
      } else if (!token.empty() && std::all_of(token.begin(), token.end() - 1,
                                               [](char c) { return c >= '0' && c <= '9'; })) {
        // "1." opening a numbered item, or a number inside a sentence ("op 1. januari").
        bool alone = true;
        for (std::size_t k = start; k < tok && alone;) alone = !word_cp(next_cp(s, k));
        if (alone || !(after == 0 || upper_next)) continue;
      } else if (after != 0 && is_lower_cp(after)) {
        // An unknown abbreviation: Dutch sentences start with a capital.
        continue;
      }
    } else if (after != 0 && is_lower_cp(after)) {
      // "..." in the middle of a sentence, or "(zie hieronder!) en": Dutch sentences start
      // with a capital.
      continue;
    }
    push(start, end);
    start = end;
    i = end;
  }
  push(start, s.size());
}

std::vector<TextRange> split_words(std::string_view s) {
  std::vector<TextRange> out;
  out.reserve(s.size() / 6 + 1);
  split_words_into(s, out);
  return out;
}

void split_words_into(std::string_view s, std::vector<TextRange>& out) {
  out.clear();
  const std::size_t size = s.size();
  std::size_t i = 0;
  while (i < size) {
    // ASCII that is no word character (spaces, most punctuation) starts no word: skip it here.
    while (i < size && static_cast<unsigned char>(s[i]) < 0x80 && !ascii_word(s[i])) ++i;
    if (i == size) break;
    std::size_t b = i;
    char32_t cp = next_cp(s, i);
    if (!word_cp(cp)) continue;
    std::size_t e = i;
    char32_t last = cp;
    bool dotted = false;  // joined at a '.': only then can it be a file name
    while (e < size) {
      // A run of ASCII letters and digits at once; anything else one code point at a time.
      while (e < size && ascii_word(s[e])) last = static_cast<unsigned char>(s[e++]);
      if (e == size) break;
      const char ascii = s[e];
      // ASCII other than a joiner ends the word (most often a space).
      if (static_cast<unsigned char>(ascii) < 0x80 && ascii != '-' && ascii != '\'' &&
          ascii != '.' && ascii != ',')
        break;
      std::size_t k = e;
      const char32_t c = next_cp(s, k);
      if (word_cp(c)) {
        e = k;
        last = c;
        continue;
      }
      // Joiners: only between two word characters.
      std::size_t k2 = k;
      const char32_t n = k < size ? next_cp(s, k2) : 0;
      const bool joins = ((c == '-' || c == 0x2011) && word_cp(n)) ||
                         ((c == '\'' || c == 0x2019) && word_cp(n) && !is_digit_cp(n)) ||
                         (c == '.' && word_cp(n)) ||
                         (c == ',' && is_digit_cp(last) && is_digit_cp(n));
      if (!joins) break;
      dotted = dotted || c == '.';
      e = k2;
      last = n;
    }
    // A file name ("verslag-2023.pdf", often the text of a link in a literature list) is not
    // a word of the sentence.
    if (!dotted || !is_file_name(s.substr(b, e - b))) out.push_back({b, e});
    i = e;
  }
}

bool is_file_name(std::string_view word) {
  const std::size_t dot = word.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  static constexpr std::array<std::string_view, 19> kExtensions = {
      "pdf",  "doc", "docx", "odt", "rtf",  "xls", "xlsx", "ods", "csv", "ppt",
      "pptx", "odp", "txt",  "md",  "html", "htm", "zip",  "png", "jpg"};
  return contains(std::string_view(lower_ascii(word.substr(dot + 1))), kExtensions);
}

}  // namespace ww
