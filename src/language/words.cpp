#include "language/words.h"

#include <algorithm>
#include <array>

#include "core/utf8.h"
#include "language/sentences.h"
#include "language/syllables.h"

namespace ww {

// The table of the embedded common words, made when wegwijzer is built (make_word_table.cpp).
extern const char kCommonWordText[];
extern const std::size_t kCommonWordTextSize;
extern const WordSlot kCommonWordSlots[];
extern const std::size_t kCommonWordSlotCount;
extern const std::size_t kCommonWordCount;

namespace {

constexpr std::size_t kLongLetters = 13;
constexpr int kLongSyllables = 4;
constexpr std::size_t kMinPart = 3;
constexpr std::size_t kGlossaryPrefix = 8;
constexpr int kLongCompoundSyllables = 5;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel_ascii(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/// The spellings a stem can have as a listed word, after an ending was taken off: as is,
/// v -> f and z -> s ("intensiev-e"), a doubled consonant single ("gemeenschapp-en"), a single
/// vowel doubled in an open syllable ("informel-e", "kantor-en").
std::vector<std::string> stem_spellings(std::string stem) {
  std::vector<std::string> out{stem};
  const std::size_t n = stem.size();
  if (n < 2) return out;
  const char last = stem[n - 1];
  if (last == 'v' || last == 'z') out.push_back(stem.substr(0, n - 1) + (last == 'v' ? "f" : "s"));
  if (last == stem[n - 2] && !is_vowel_ascii(last)) out.push_back(stem.substr(0, n - 1));
  if (n >= 3 && !is_vowel_ascii(last) && is_vowel_ascii(stem[n - 2]) && stem[n - 2] != 'i' &&
      !is_vowel_ascii(stem[n - 3])) {
    std::string doubled = stem.substr(0, n - 1) + stem[n - 2] + last;
    out.push_back(doubled);
    if (last == 'v' || last == 'z')
      out.push_back(doubled.substr(0, doubled.size() - 1) + (last == 'v' ? "f" : "s"));
  }
  return out;
}

/// The best rank of `w` as listed, as an inflection of a listed word (-e, -en, -s, -es, -n,
/// -er, -ere, -ste), a present participle of a listed verb (-end, -ende), a noun made with
/// -heid, -ing or "on-" from a listed word, or nullopt.
std::optional<std::size_t> known(std::string_view w, const WordList& common) {
  if (w.size() < kMinPart) return std::nullopt;
  std::optional<std::size_t> best = common.rank(w);
  auto consider = [&](const std::string& form) {
    if (auto r = common.rank(form); r && (!best || *r < *best)) best = r;
  };
  for (std::string_view suffix : {"en", "e", "s", "es", "n", "er", "ere", "ers", "ste", "heid",
                                  "end", "ende", "ing", "ingen"}) {
    if (!ends_with(w, suffix) || w.size() - suffix.size() < kMinPart) continue;
    const std::string stem(w.substr(0, w.size() - suffix.size()));
    for (const auto& form : stem_spellings(stem)) {
      consider(form);
      if (suffix == "end" || suffix == "ende" || suffix == "ing" || suffix == "ingen")
        consider(form + "en");
    }
  }
  if (ends_with(w, "heden")) consider(std::string(w.substr(0, w.size() - 5)) + "heid");
  if (w.size() > 2 + kMinPart && w.substr(0, 2) == "on" && !best)
    if (auto r = known(w.substr(2), common)) best = r;
  return best;
}

/// Particles of separable verbs and prepositions that open compounds ("af-gewogen",
/// "door-verwijzen"): modifiers even when shorter than a part may be.
bool particle(std::string_view p) {
  for (std::string_view s :
       {"af",  "op",    "in",    "na",   "om",   "aan",   "uit",   "toe",    "mee",  "bij", "door",
        "weg", "terug", "samen", "over", "voor", "tegen", "onder", "achter", "veel", "her"})
    if (p == s) return true;
  return false;
}

/// Endings that are listed as words but are suffixes at the end of a longer word
/// ("gemeente-lijke", "soepel-ere"): never the head of a compound.
bool suffix_like(std::string_view head) {
  for (std::string_view s : {"lijk", "lijke", "lijks", "ere", "pen", "heid", "baar", "bare", "loos",
                             "loze", "ren", "ste", "ing", "isch", "ische", "tie", "ties"})
    if (head == s) return true;
  return false;
}

struct Part {
  std::size_t end = 0;   ///< where the part (with its linking letters) ends in the word
  std::size_t rank = 0;  ///< rank of the part as a word
  std::string lemma;     ///< the part without linking letters
};

/// A modifier: a listed word, a listed word with a linking -s-, -e- or -en-, or the stem of a
/// listed verb ("ontwikkel" of "ontwikkelen").
std::optional<std::size_t> modifier_rank(std::string_view left, std::string& lemma,
                                         const WordList& common) {
  lemma = std::string(left);
  if (particle(left)) return 0;
  for (std::string_view link : {"s", "e", "en"})
    if (ends_with(left, link) && left.size() - link.size() >= kMinPart)
      if (auto r = known(left.substr(0, left.size() - link.size()), common)) {
        lemma = std::string(left.substr(0, left.size() - link.size()));
        return r;
      }
  if (auto r = known(left, common)) return r;
  if (auto r = common.rank(std::string(left) + "en")) {
    lemma = std::string(left) + "en";
    return r;
  }
  return std::nullopt;
}

/// The split of w[from..] into listed parts with the fewest parts (then the best worst rank),
/// trying only the split points in `cuts`. Empty when there is none.
std::vector<Part> best_split(const std::string& w, std::size_t from,
                             const std::vector<std::size_t>& cuts, const WordList& common,
                             int depth) {
  std::vector<Part> best;
  std::size_t best_worst = 0;
  // The rest as one head.
  if (from > 0 && w.size() - from >= kMinPart && !suffix_like(std::string_view(w).substr(from)))
    if (auto r = known(std::string_view(w).substr(from), common)) {
      best = {{w.size(), *r, w.substr(from)}};
      best_worst = *r;
    }
  if (depth >= 4) return best;
  for (std::size_t cut : cuts) {
    if (cut <= from || w.size() - cut < kMinPart) continue;
    if (cut - from < kMinPart && !particle(std::string_view(w).substr(from, cut - from))) continue;
    std::string lemma;
    auto r = modifier_rank(std::string_view(w).substr(from, cut - from), lemma, common);
    if (!r) continue;
    auto rest = best_split(w, cut, cuts, common, depth + 1);
    if (rest.empty()) continue;
    std::size_t worst = *r;
    for (const auto& p : rest) worst = std::max(worst, p.rank);
    rest.insert(rest.begin(), {cut, *r, lemma});
    if (best.empty() || rest.size() < best.size() ||
        (rest.size() == best.size() && worst < best_worst)) {
      best = std::move(rest);
      best_worst = worst;
    }
  }
  return best;
}

/// Byte offsets in the folded word where a compound may be split.
std::vector<std::size_t> split_points(const std::string& folded, const Hyphenator* hyphenator) {
  std::vector<std::size_t> cuts;
  if (hyphenator) {
    std::size_t at = 0;
    for (const auto& piece : hyphenator->syllables(folded)) {
      at += piece.size();
      if (at < folded.size()) cuts.push_back(at);
    }
  } else {
    for (std::size_t i = 1; i < folded.size(); ++i)
      if ((static_cast<unsigned char>(folded[i]) & 0xC0) != 0x80) cuts.push_back(i);
  }
  return cuts;
}

DifficultyVerdict judge_part(std::string_view original, int syllables, const WordList& common,
                             const Glossary& glossary, const Hyphenator* hyphenator) {
  int upper = 0;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < original.size();) {
    const char32_t cp = decode_utf8(original, i);
    if (cp >= '0' && cp <= '9') return {};
    if (to_lower_cp(cp) != cp) ++upper;
    if (is_word_cp(cp)) ++letters;
  }
  if (upper >= 2) return {};  // an abbreviation or a name in capitals ("VNG", "GGD")
  if (letters < kLongLetters && syllables < kLongSyllables) return {};
  const std::string w = fold_text(original);
  if (known(w, common) || glossary.explains(w)) return {};
  const auto parts = best_split(w, 0, split_points(w, hyphenator), common, 0);
  if (parts.size() < 2) return {Difficulty::long_word, {}, {}, {}, 0};
  DifficultyVerdict v{Difficulty::compound, {}, {}, {}, parts.size()};
  const std::size_t head_from = parts[parts.size() - 2].end;
  v.first = w.substr(0, head_from);
  v.second = w.substr(head_from);
  for (const auto& p : parts)
    if (p.rank > kCoreRank && v.rare.empty()) v.rare = p.lemma;
  const bool long_compound = parts.size() > 2 && syllables >= kLongCompoundSyllables;
  if (v.rare.empty() && !long_compound)
    return {};  // every part is a core word: as easy as its parts
  return v;
}

}  // namespace

namespace {

/// Whether fold_text leaves `s` as it is: no capital and nothing outside ASCII.
bool already_folded(std::string_view s) {
  for (char c : s)
    if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

/// `s` folded, in `buffer` only when folding changes it.
std::string_view folded_view(std::string_view s, std::string& buffer) {
  if (already_folded(s)) return s;
  buffer = fold_text(s);
  return buffer;
}

}  // namespace

WordList WordList::common_dutch() {
  WordList list;
  list.embedded_slots_ = kCommonWordSlots;
  list.embedded_text_ = std::string_view(kCommonWordText, kCommonWordTextSize);
  list.slot_count_ = kCommonWordSlotCount;
  list.count_ = kCommonWordCount;
  return list;
}

void WordList::grow(std::size_t at_least) {
  std::size_t size = slot_count_ == 0 ? 1024 : slot_count_;
  while (size < at_least) size *= 2;
  if (size == slot_count_ && !embedded_slots_) return;
  // The words of the embedded table move into text of our own, so every slot is owned.
  std::string text;
  std::vector<WordSlot> bigger(size);
  auto text_of = [&text](const WordSlot& s) {
    return std::string_view(text).substr(s.offset & ~kOwned, s.length);
  };
  for (std::size_t i = 0; i < slot_count_; ++i) {
    WordSlot s = slots()[i];
    if (s.length == 0) continue;
    const std::string_view word = word_of(s);
    s.offset = kOwned | static_cast<std::uint32_t>(text.size());
    text += word;
    bigger[probe_word(bigger.data(), size, word, s.hash, text_of)] = s;
  }
  owned_text_ = std::move(text);
  owned_slots_ = std::move(bigger);
  embedded_slots_ = nullptr;
  embedded_text_ = {};
  slot_count_ = size;
}

const WordSlot* WordList::find(std::string_view folded) const {
  if (slot_count_ == 0) return nullptr;
  const WordSlot* table = slots();
  const std::size_t at =
      probe_word(table, slot_count_, folded, static_cast<std::uint32_t>(word_hash(folded)),
                 [this](const WordSlot& s) { return word_of(s); });
  return table[at].length != 0 ? &table[at] : nullptr;
}

void WordList::insert(std::string_view folded, std::size_t rank) {
  if (folded.empty()) return;
  if (embedded_slots_ || 4 * (count_ + 1) > 3 * slot_count_)
    grow(std::max(slot_count_, 2 * (count_ + 1)));  // own slots, at most 3/4 full
  const auto hash = static_cast<std::uint32_t>(word_hash(folded));
  WordSlot& s = owned_slots_[probe_word(owned_slots_.data(), slot_count_, folded, hash,
                                        [this](const WordSlot& w) { return word_of(w); })];
  if (s.length != 0) {
    if (rank < s.rank)
      s.rank = static_cast<std::uint32_t>(rank);  // a word added twice keeps its best rank
    return;
  }
  s = {hash, kOwned | static_cast<std::uint32_t>(owned_text_.size()),
       static_cast<std::uint32_t>(folded.size()), static_cast<std::uint32_t>(rank)};
  owned_text_ += folded;
  ++count_;
}

void WordList::add(std::string_view word, std::size_t rank) {
  std::string buffer;
  insert(folded_view(word, buffer), rank);
}

bool WordList::contains(std::string_view word) const {
  std::string buffer;
  return find(folded_view(word, buffer)) != nullptr;
}

std::optional<std::size_t> WordList::rank(std::string_view word) const {
  std::string buffer;
  const WordSlot* s = find(folded_view(word, buffer));
  if (!s) return std::nullopt;
  return s->rank;
}

void Glossary::add_phrase(std::string_view phrase) {
  for (const auto& r : split_words(phrase)) {
    std::string w = fold_text(phrase.substr(r.begin, r.end - r.begin));
    if (w.size() >= kGlossaryPrefix) long_words_.push_back(w);
    words_.insert(std::move(w));
  }
}

bool Glossary::explains(std::string_view word) const {
  const std::string w = fold_text(word);
  if (words_.count(w)) return true;
  if (w.size() < kGlossaryPrefix) return false;
  for (const auto& g : long_words_)
    if (g.compare(0, kGlossaryPrefix, w, 0, kGlossaryPrefix) == 0) return true;
  return false;
}

DifficultyVerdict judge_word(std::string_view word, int syllables, const WordList& common,
                             const Glossary& glossary, const Hyphenator* hyphenator) {
  // Hyphenated words ("VNG-notitie"): each part on its own, by its share of the syllables.
  if (word.find('-') == std::string_view::npos)
    return judge_part(word, syllables, common, glossary, hyphenator);
  if (glossary.explains(word) || common.contains(word)) return {};
  std::size_t from = 0;
  while (from <= word.size()) {
    std::size_t dash = word.find('-', from);
    if (dash == std::string_view::npos) dash = word.size();
    const std::string_view part = word.substr(from, dash - from);
    if (!part.empty()) {
      auto v = judge_part(part, hyphenator ? hyphenator->count(part) : vowel_groups(part), common,
                          glossary, hyphenator);
      if (v.kind != Difficulty::none) return v;
    }
    from = dash + 1;
  }
  return {};
}

}  // namespace ww
