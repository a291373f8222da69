#include "language/analysis.h"

#include <map>

#include "core/utf8.h"
#include "language/sentences.h"
#include "language/word_table.h"

namespace ww {

namespace {
constexpr int kPolysyllabic = 4;
constexpr std::size_t kLixLetters = 6;

std::size_t letters(std::string_view w) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < w.size();)
    if (is_word_cp(decode_utf8(w, i))) ++n;
  return n;
}
}  // namespace

std::string collapse_space(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && space(s[i])) ++i;
    const std::size_t b = i;
    while (i < s.size() && !space(s[i])) ++i;
    if (i == b) break;
    if (!out.empty()) out += ' ';
    out.append(s.data() + b, i - b);
  }
  return out;
}

WordFacts measure_word(std::string_view word, const LanguageTools& tools) {
  WordFacts f;
  f.syllables = tools.hyphenator.count(word);
  f.long_for_lix = letters(word) > kLixLetters;
  f.verdict = judge_word(word, f.syllables, tools.common, tools.glossary, &tools.hyphenator);
  if (f.verdict.kind != Difficulty::none) f.folded = fold_text(word);
  return f;
}

WordFacts SharedWordFacts::facts(std::string_view word, const LanguageTools& tools) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = words_.find(word); it != words_.end()) return it->second;
  }
  WordFacts f = measure_word(word, tools);  // a measured word is the same on every thread
  std::lock_guard<std::mutex> lock(mutex_);
  // A bound on what is kept, as in WordCache::facts; emptying is safe.
  if (words_.size() >= (std::size_t{1} << 18)) words_.clear();
  words_.try_emplace(std::string(word), f);
  return f;
}

void WordCache::grow() {
  std::vector<Slot> bigger(slots_.empty() ? 1024 : slots_.size() * 2);
  const std::size_t mask = bigger.size() - 1;
  for (const Slot& s : slots_) {
    if (s.index == 0) continue;
    std::size_t at = static_cast<std::size_t>(s.hash) & mask;
    while (bigger[at].index != 0) at = (at + 1) & mask;
    bigger[at] = s;
  }
  slots_ = std::move(bigger);
}

const WordFacts& WordCache::facts(std::string_view word, const LanguageTools& tools) {
  const std::uint64_t h = word_hash(word);
  if (!slots_.empty()) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = static_cast<std::size_t>(h) & mask; slots_[at].index != 0;
         at = (at + 1) & mask) {
      const Slot& s = slots_[at];
      if (s.hash == h && words_[s.index - 1].first == word) return words_[s.index - 1].second;
    }
  }
  // A bound on what one thread keeps; emptying is safe, as a cached answer is the answer.
  constexpr std::size_t kMaxWords = 1 << 18;
  if (words_.size() >= kMaxWords) {
    words_.clear();
    slots_.clear();
  }
  if (2 * (words_.size() + 1) > slots_.size()) grow();
  words_.emplace_back(std::string(word),
                      shared_ ? shared_->facts(word, tools) : measure_word(word, tools));
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = static_cast<std::size_t>(h) & mask;
  while (slots_[at].index != 0) at = (at + 1) & mask;
  slots_[at] = {h, static_cast<std::uint32_t>(words_.size())};
  return words_.back().second;
}

TextAnalysis analyse_text(const std::vector<TextUnit>& units, const LanguageTools& tools,
                          int max_sentence_words, WordCache* cache, bool quote_long_only) {
  WordCache own;
  WordCache& words = cache ? *cache : own;
  TextAnalysis a;
  std::map<std::string, std::size_t, std::less<>> seen;  // folded word -> index in a.difficult
  std::vector<TextRange> sentence_ranges, word_ranges;   // used again for every unit, sentence
  for (const auto& unit : units) {
    const std::string_view text = unit.text;
    split_sentences_into(text, sentence_ranges);
    for (const auto& sr : sentence_ranges) {
      const std::string_view sentence = text.substr(sr.begin, sr.end - sr.begin);
      SentenceMeasure m;
      m.heading = unit.heading;
      std::string quoted;  // the sentence as a difficult word quotes it
      split_words_into(sentence, word_ranges);
      for (const auto& wr : word_ranges) {
        const std::string_view word = sentence.substr(wr.begin, wr.end - wr.begin);
        const WordFacts& f = words.facts(word, tools);
        const int syl = f.syllables;
        ++m.words;
        m.syllables += syl;
        if (syl >= kPolysyllabic) ++m.polysyllabic;
        if (f.long_for_lix) ++m.lix_long;
        if (f.verdict.kind == Difficulty::none) continue;
        const SourcePos at = unit.pos_at(sr.begin + wr.begin);
        auto it = seen.find(f.folded);
        if (it == seen.end()) {
          if (quoted.empty()) quoted = collapse_space(sentence);
          a.difficult.push_back({std::string(word), at, {at}, syl, f.verdict, quoted});
          seen.emplace(f.folded, a.difficult.size() - 1);
        } else {
          a.difficult[it->second].places.push_back(at);
        }
      }
      if (!quote_long_only || (!m.heading && m.words > max_sentence_words)) {
        m.text = quoted.empty() ? collapse_space(sentence) : std::move(quoted);
        m.pos = unit.pos_at(sr.begin);
      }
      a.sentences.push_back(std::move(m));
    }
  }
  a.metrics = compute_metrics(a.sentences, max_sentence_words);
  return a;
}

}  // namespace ww
