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
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

TextAnalysis analyse_text(const std::vector<TextUnit>& units, const LanguageTools& tools,
                          int max_sentence_words) {
  TextAnalysis a;
  std::map<std::string, std::size_t> seen;  // folded word -> index in a.difficult
  for (const auto& unit : units) {
    const std::string_view text = unit.text;
    for (const auto& sr : split_sentences(text)) {
      const std::string_view sentence = text.substr(sr.begin, sr.end - sr.begin);
      SentenceMeasure m;
      m.text = collapse_space(sentence);
      m.pos = unit.pos_at(sr.begin);
      m.heading = unit.heading;
      for (const auto& wr : split_words(sentence)) {
        const std::string_view word = sentence.substr(wr.begin, wr.end - wr.begin);
        const int syl = tools.hyphenator.count(word);
        ++m.words;
        m.syllables += syl;
        if (syl >= kPolysyllabic) ++m.polysyllabic;
        if (letters(word) > kLixLetters) ++m.lix_long;
        auto verdict = judge_word(word, syl, tools.common, tools.glossary, &tools.hyphenator);
        if (verdict.kind == Difficulty::none) continue;
        const SourcePos at = unit.pos_at(sr.begin + wr.begin);
        auto [it, fresh] = seen.emplace(fold_text(word), a.difficult.size());
        if (fresh)
          a.difficult.push_back({std::string(word), at, {at}, syl, std::move(verdict), m.text});
        else
          a.difficult[it->second].places.push_back(at);
      }
      a.sentences.push_back(std::move(m));
    }
  }
  a.metrics = compute_metrics(a.sentences, max_sentence_words);
  return a;
}

}  // namespace ww
