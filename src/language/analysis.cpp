#include "language/analysis.h"

#include <map>

#include "core/utf8.h"
#include "language/sentences.h"

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

const WordFacts& WordCache::facts(std::string_view word, const LanguageTools& tools) {
  if (auto it = facts_.find(word); it != facts_.end()) return it->second;
  // A bound on what one thread keeps; emptying is safe, as a cached answer is the answer.
  constexpr std::size_t kMaxWords = 1 << 18;
  if (facts_.size() >= kMaxWords) facts_.clear();
  return facts_.emplace(std::string(word), measure_word(word, tools)).first->second;
}

TextAnalysis analyse_text(const std::vector<TextUnit>& units, const LanguageTools& tools,
                          int max_sentence_words, WordCache* cache, bool quote_long_only) {
  WordCache own;
  WordCache& words = cache ? *cache : own;
  TextAnalysis a;
  std::map<std::string, std::size_t, std::less<>> seen;  // folded word -> index in a.difficult
  for (const auto& unit : units) {
    const std::string_view text = unit.text;
    for (const auto& sr : split_sentences(text)) {
      const std::string_view sentence = text.substr(sr.begin, sr.end - sr.begin);
      SentenceMeasure m;
      m.heading = unit.heading;
      std::string quoted;  // the sentence as a difficult word quotes it
      for (const auto& wr : split_words(sentence)) {
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
