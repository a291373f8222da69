#include "search/normalize.h"

#include <algorithm>

#include "core/utf8.h"

namespace ww {

namespace {
constexpr std::string_view kConsonants = "bcdfghjklmnpqrstvwxz";
// Letters that may come before a plural -s: consonants except s and j (Snowball's "valid
// s-ending"), so "huis", "proces" and "basis" keep their s.
constexpr std::string_view kSEnding = "bcdfghklmnpqrtvwxz";

bool is_consonant(char c) {
  return c >= 'a' && c <= 'z' && kVowels.find(c) == std::string_view::npos;
}
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
}  // namespace

const std::vector<std::vector<StemRule>>& stem_steps() {
  static const std::vector<std::vector<StemRule>> steps = {
      // Diminutives: -tje after a vowel or l/n/r/w ("autootje"), -pje after m ("teampje"),
      // -je after another consonant ("huisje").
      {{"tjes", "", 3, "aeiouylnrw"},
       {"tje", "", 3, "aeiouylnrw"},
       {"pjes", "", 3, "m"},
       {"pje", "", 3, "m"},
       {"jes", "", 3, kConsonants},
       {"je", "", 3, kConsonants}},
      // Derivation: -heid and its plural.
      {{"heden", "", 3, ""}, {"heid", "", 3, ""}},
      // Inflection: plurals and the adjective -e.
      {{"ies", "ie", 2, ""},
       {"es", "", 3, "dgkt"},
       {"en", "", 3, ""},
       {"e", "", 3, kConsonants},
       {"s", "", 3, kSEnding}},
      // A plural -s left after -en: "huisartsen" -> "huisarts" -> "huisart", like "huisarts".
      {{"s", "", 3, kSEnding}},
  };
  return steps;
}

const std::vector<std::string_view>& stop_words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> w = {
        "aan",   "al",    "alle",   "alles",  "als",    "altijd", "andere", "ben",  "bij",
        "daar",  "dan",   "dat",    "de",     "deze",   "die",    "dit",    "doch", "doen",
        "door",  "dus",   "een",    "eens",   "en",     "er",     "ge",     "geen", "geweest",
        "haar",  "had",   "heb",    "hebben", "heeft",  "hem",    "het",    "hier", "hij",
        "hoe",   "hun",   "iemand", "iets",   "ik",     "in",     "is",     "ja",   "je",
        "kan",   "kon",   "kunnen", "maar",   "me",     "meer",   "men",    "met",  "mij",
        "mijn",  "moet",  "na",     "naar",   "niet",   "niets",  "nog",    "nu",   "of",
        "om",    "omdat", "onder",  "ons",    "onze",   "ook",    "op",     "over", "reeds",
        "te",    "tegen", "toch",   "toen",   "tot",    "u",      "uit",    "uw",   "van",
        "veel",  "voor",  "want",   "waren",  "was",    "wat",    "we",     "wel",  "werd",
        "wezen", "wie",   "wij",    "wil",    "worden", "wordt",  "zal",    "ze",   "zelf",
        "zich",  "zij",   "zijn",   "zo",     "zonder", "zou"};
    std::sort(w.begin(), w.end());
    return w;
  }();
  return words;
}

bool is_stop_word(std::string_view folded_word) {
  const auto& w = stop_words();
  return std::binary_search(w.begin(), w.end(), folded_word);
}

std::string stem_word(std::string_view folded_word) {
  std::string w(folded_word);
  if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return w;
  bool changed = false;
  for (const auto& step : stem_steps()) {
    for (const auto& rule : step) {
      if (!ends_with(w, rule.suffix)) continue;
      std::size_t stem = w.size() - rule.suffix.size();
      if (stem < static_cast<std::size_t>(rule.min_stem)) continue;
      if (!rule.before.empty() &&
          (stem == 0 || rule.before.find(w[stem - 1]) == std::string_view::npos))
        continue;
      w.resize(stem);
      w += rule.replacement;
      changed = true;
      break;
    }
  }
  if (changed && !w.empty()) {
    if (w.back() == 'z') w.back() = 's';
    if (w.back() == 'v') w.back() = 'f';
    if (w.size() >= 2 && w[w.size() - 1] == w[w.size() - 2] && is_consonant(w.back())) w.pop_back();
  }
  // Long vowel in the last syllable: "lokaal" / "lokale", "vraag" / "vragen".
  std::size_t end = w.size();
  while (end > 0 && is_consonant(w[end - 1])) --end;
  if (end < w.size() && end >= 2 && w[end - 1] == w[end - 2] &&
      kLongVowels.find(w[end - 1]) != std::string_view::npos)
    w.erase(end - 1, 1);
  return w;
}

void append_folded(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // A run of ASCII without capitals is already folded: copied at once.
    std::size_t run = i;
    while (run < s.size()) {
      const auto b = static_cast<unsigned char>(s[run]);
      if (b >= 0x80 || static_cast<unsigned>(b - 'A') < 26) break;
      ++run;
    }
    out.append(s.data() + i, run - i);
    i = run;
    if (i == s.size()) break;
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {  // a capital
      out += static_cast<char>(byte + ('a' - 'A'));
      ++i;
      continue;
    }
    char32_t cp = to_lower_cp(decode_utf8(s, i));
    if (const char* f = fold_diacritic(cp)) {
      out += f;
    } else {
      append_utf8(out, cp);
    }
  }
}

std::string search_term(std::string_view folded_word) {
  if (folded_word.size() == 1 && !(folded_word[0] >= '0' && folded_word[0] <= '9')) return {};
  if (is_stop_word(folded_word)) return {};
  return stem_word(folded_word);
}

std::vector<std::string> search_terms(std::string_view text) {
  std::vector<std::string> out;
  std::string folded = fold_text(text);
  for_each_word(folded, [&](const Word& w) {
    std::string t = search_term(w.text);
    if (!t.empty()) out.push_back(std::move(t));
  });
  return out;
}

}  // namespace ww
