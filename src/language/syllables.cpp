#include "language/syllables.h"

#include <hyphen.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/utf8.h"

namespace ww {

namespace {

bool is_vowel(char32_t cp) {
  switch (cp) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE4:  // à á â ä
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEB:  // è é ê ë
    case 0xEC:
    case 0xED:
    case 0xEE:
    case 0xEF:  // ì í î ï
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF6:  // ò ó ô ö
    case 0xF9:
    case 0xFA:
    case 0xFB:
    case 0xFC:  // ù ú û ü
    case 0xFD:
    case 0xFF:  // ý ÿ
      return true;
    default:
      return false;
  }
}

bool is_trema(char32_t cp) {
  return cp == 0xE4 || cp == 0xEB || cp == 0xEF || cp == 0xF6 || cp == 0xFC;
}

std::vector<char32_t> lower_cps(std::string_view s) {
  std::vector<char32_t> out;
  std::size_t i = 0;
  while (i < s.size()) out.push_back(to_lower_cp(decode_utf8(s, i)));
  return out;
}

/// Vowel hiatus: two vowels that are spoken in two syllables although no trema marks it. An
/// "i" before a, o or u ("via", "regio", "medium") and an "e" before o ("video", "stereo"),
/// unless the first vowel itself follows a vowel ("ooi", "eeo"). The Dutch patterns already
/// split most of these inside a word ("na-ti-o-naal"); they never split the last or first
/// letter off, so at the ends of a word ("re-gi-o", "vi-a") this rule does.
bool hiatus(const std::vector<char32_t>& w, std::size_t i) {
  if (i == 0) return false;
  const char32_t prev = w[i - 1];
  if (i >= 2 && is_vowel(w[i - 2])) return false;
  return (prev == 'i' && (w[i] == 'a' || w[i] == 'o' || w[i] == 'u')) ||
         (prev == 'e' && w[i] == 'o');
}

/// Indexes where a vowel group starts.
std::vector<std::size_t> group_starts(const std::vector<char32_t>& w) {
  std::vector<std::size_t> starts;
  bool in_group = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char32_t c = w[i];
    const bool vowel = is_vowel(c) || (c == 'j' && i > 0 && w[i - 1] == 'i' && in_group);
    if (vowel && (!in_group || is_trema(c) || hiatus(w, i))) starts.push_back(i);
    in_group = vowel;
  }
  return starts;
}

std::string encode(const std::vector<char32_t>& w, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t i = b; i < e; ++i) append_utf8(out, w[i]);
  return out;
}

bool has_letter(const std::vector<char32_t>& w) {
  for (char32_t c : w)
    if (is_word_cp(c) && !(c >= '0' && c <= '9')) return true;
  return false;
}

/// Splits [b, e) of `w` before each vowel group after the first: one consonant goes to the
/// next syllable, of several the first stays ("i-dee", "on-der").
void split_by_vowels(const std::vector<char32_t>& w, std::size_t b, std::size_t e,
                     std::vector<std::size_t>& cuts) {
  std::vector<char32_t> piece(w.begin() + static_cast<std::ptrdiff_t>(b),
                              w.begin() + static_cast<std::ptrdiff_t>(e));
  auto starts = group_starts(piece);
  for (std::size_t g = 1; g < starts.size(); ++g) {
    std::size_t s = starts[g];
    std::size_t c = s;
    while (c > 0 && !is_vowel(piece[c - 1]) &&
           !(piece[c - 1] == 'j' && c > 1 && piece[c - 2] == 'i'))
      --c;
    const std::size_t consonants = s - c;
    const std::size_t cut = consonants == 0 ? s : consonants == 1 ? s - 1 : c + 1;
    cuts.push_back(b + cut);
  }
}

}  // namespace

int vowel_groups(std::string_view word) {
  return static_cast<int>(group_starts(lower_cps(word)).size());
}

std::vector<std::string> default_hyphen_dic_paths() {
  std::vector<std::string> paths;
  if (const char* env = std::getenv("WEGWIJZER_HYPHEN_DIC"); env && *env) paths.emplace_back(env);
  for (const char* p :
       {"/usr/share/hyphen/hyph_nl_NL.dic", "/usr/share/hyphen/hyph_nl.dic",
        "/usr/local/share/hyphen/hyph_nl_NL.dic", "/usr/share/myspell/dicts/hyph_nl_NL.dic",
        "/opt/homebrew/share/hyphen/hyph_nl_NL.dic"})
    paths.emplace_back(p);
  return paths;
}

std::optional<std::string> find_hyphen_dic(const std::vector<std::string>& candidates) {
  std::error_code ec;
  for (const auto& p : candidates)
    if (std::filesystem::is_regular_file(p, ec)) return p;
  return std::nullopt;
}

struct Hyphenator::Impl {
  HyphenDict* dict = nullptr;
  bool utf8 = false;
  ~Impl() {
    if (dict) hnj_hyphen_free(dict);
  }
};

Hyphenator::Hyphenator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Hyphenator::Hyphenator(Hyphenator&&) noexcept = default;
Hyphenator& Hyphenator::operator=(Hyphenator&&) noexcept = default;
Hyphenator::~Hyphenator() = default;

std::optional<Hyphenator> Hyphenator::load(const std::string& path, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "afbreekpatronen niet gevonden: '" + path + "'";
    return std::nullopt;
  }
  std::string charset;
  std::getline(in, charset);
  auto impl = std::make_unique<Impl>();
  impl->utf8 =
      charset.find("UTF-8") != std::string::npos || charset.find("utf-8") != std::string::npos;
  impl->dict = hnj_hyphen_load(path.c_str());
  if (!impl->dict) {
    error = "afbreekpatronen konden niet gelezen worden: '" + path + "'";
    return std::nullopt;
  }
  return Hyphenator(std::move(impl));
}

std::vector<std::string> Hyphenator::syllables(std::string_view word) const {
  const std::vector<char32_t> w = lower_cps(word);
  if (w.empty()) return {};
  if (!has_letter(w)) return {encode(w, 0, w.size())};
  std::vector<std::size_t> cuts;
  // Each part between hyphens on its own ("e-mail", "VNG-notitie").
  std::size_t part = 0;
  for (std::size_t i = 0; i <= w.size(); ++i) {
    if (i < w.size() && w[i] != '-' && w[i] != 0x2011) continue;
    if (i > part) {
      std::string bytes;
      for (std::size_t k = part; k < i; ++k) {
        const char32_t c = w[k];
        if (impl_->utf8) {
          append_utf8(bytes, c);
        } else if (c <= 0xFF) {
          bytes += static_cast<char>(c);
        } else {
          const char* f = fold_diacritic(c);
          bytes += f ? f[0] : 'x';
        }
      }
      std::vector<char> hyphens(bytes.size() + 5, 0);
      char** rep = nullptr;
      int* pos = nullptr;
      int* cut = nullptr;
      hnj_hyphen_hyphenate3(impl_->dict, bytes.data(), static_cast<int>(bytes.size()),
                            hyphens.data(), nullptr, &rep, &pos, &cut, 1, 1, 1, 1);
      if (rep) {
        for (std::size_t k = 0; k < bytes.size(); ++k) std::free(rep[k]);
        std::free(rep);
      }
      std::free(pos);
      std::free(cut);
      // Map byte positions back to code points (one byte per code point unless UTF-8).
      std::vector<std::size_t> piece_starts{part};
      std::size_t cp_index = part;
      for (std::size_t k = 0; k + 1 < bytes.size(); ++k) {
        const bool starts_cp =
            !impl_->utf8 || (static_cast<unsigned char>(bytes[k + 1]) & 0xC0) != 0x80;
        if (starts_cp) {
          ++cp_index;
          if (hyphens[k] & 1) piece_starts.push_back(cp_index);
        }
      }
      piece_starts.push_back(i);
      for (std::size_t p = 0; p + 1 < piece_starts.size(); ++p) {
        if (p > 0) cuts.push_back(piece_starts[p]);
        split_by_vowels(w, piece_starts[p], piece_starts[p + 1], cuts);
      }
    }
    if (i < w.size()) cuts.push_back(i + 1);  // the hyphen ends a piece
    part = i + 1;
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t c : cuts) {
    if (c > from && c < w.size()) {
      out.push_back(encode(w, from, c));
      from = c;
    }
  }
  out.push_back(encode(w, from, w.size()));
  return out;
}

namespace {

/// English loans common in Dutch public-service texts whose silent "e" the Dutch patterns count
/// as a syllable ("web-si-te"): their spoken syllables. Whole words only ("discipline" ends in
/// "line" but is Dutch).
struct Loan {
  std::string_view word;
  int syllables;
};
constexpr Loan kEnglishLoans[] = {
    {"website", 2},    {"websites", 2},   {"online", 2},     {"offline", 2},   {"homepage", 2},
    {"software", 2},   {"deadline", 2},   {"deadlines", 2},  {"update", 2},    {"updates", 2},
    {"timeline", 2},   {"healthcare", 2}, {"lifestyle", 2},  {"database", 3},  {"databases", 4},
    {"site", 1},       {"sites", 1},      {"care", 1},       {"case", 1},      {"cases", 2},
    {"service", 2},    {"services", 3},   {"management", 3}, {"interface", 3}, {"helpdesk", 2},
    {"livestream", 2}, {"webpage", 2},    {"intake", 2},     {"intakes", 2},   {"template", 2},
    {"templates", 2},
};

/// A part written in capitals without a vowel is read letter by letter: "VNG", "GGD", "CJG".
int spelled_letters(std::string_view part) {
  int letters = 0;
  for (std::size_t i = 0; i < part.size();) {
    const char32_t cp = decode_utf8(part, i);
    if (!is_word_cp(cp) || (cp >= '0' && cp <= '9')) return 0;
    if (to_lower_cp(cp) == cp || is_vowel(to_lower_cp(cp))) return 0;
    ++letters;
  }
  return letters >= 2 ? letters : 0;
}

}  // namespace

int Hyphenator::count(std::string_view word) const {
  // Hyphenated words part by part, so that "VNG-notitie" counts "VNG" as read.
  if (word.find('-') != std::string_view::npos &&
      word.find_first_not_of('-') != std::string_view::npos) {
    int n = 0;
    std::size_t from = 0;
    while (from <= word.size()) {
      std::size_t dash = word.find('-', from);
      if (dash == std::string_view::npos) dash = word.size();
      if (dash > from) n += count(word.substr(from, dash - from));
      from = dash + 1;
    }
    return n == 0 ? 1 : n;
  }
  if (const int spelled = spelled_letters(word)) return spelled;
  const std::string folded = fold_text(word);
  for (const auto& loan : kEnglishLoans)
    if (folded == loan.word) return loan.syllables;
  int n = 0;
  for (const auto& piece : syllables(word)) {
    const auto cps = lower_cps(piece);
    bool vowel = false;
    for (char32_t c : cps) vowel = vowel || is_vowel(c);
    if (vowel || !has_letter(cps)) ++n;
  }
  return n == 0 ? 1 : n;
}

}  // namespace ww
