// Fuzz target: the search normalisation (src/search/normalize.h) on any text: folding, the word
// splitter, the stop words and the stemmer, and js_string, which writes text into zoekindex.js.
// Invariants: words lie inside the folded text and do not overlap; stems and search terms are
// never longer than their word; stop words are not indexed; search terms are non-empty; a
// JavaScript string literal holds no raw '<', '>', '&', quote, control character or non-ASCII byte.
#include <cstdint>
#include <string>

#include "core/utf8.h"
#include "fuzz/fuzz_checks.h"
#include "search/emit.h"
#include "search/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);

  const std::string folded = ww::fold_text(text);
  std::size_t last_end = 0;
  ww::for_each_word(folded, [&](const ww::Word& w) {
    if (w.begin < last_end || w.end <= w.begin || w.end > folded.size())
      ww::fuzz::fail("word range out of order");
    if (folded.compare(w.begin, w.end - w.begin, w.text) != 0)
      ww::fuzz::fail("word text is not its range");
    last_end = w.end;
    const std::string stem = ww::stem_word(w.text);
    if (stem.empty()) ww::fuzz::fail("empty stem for '" + std::string(w.text) + "'");
    if (stem.size() > w.text.size()) ww::fuzz::fail("stem longer than its word: " + stem);
    const std::string term = ww::search_term(w.text);
    if (term.size() > w.text.size()) ww::fuzz::fail("search term longer than its word: " + term);
    if (!term.empty() && ww::is_stop_word(w.text)) ww::fuzz::fail("stop word indexed: " + term);
  });

  for (const auto& term : ww::search_terms(text)) {
    if (term.empty()) ww::fuzz::fail("empty search term");
    if (ww::find_invalid_utf8(term)) ww::fuzz::fail("search term is not valid UTF-8");
  }

  // Folding is stable: folding folded text changes nothing.
  if (ww::fold_text(folded) != folded) ww::fuzz::fail("fold_text is not idempotent");

  const std::string js = ww::js_string(text);
  if (js.size() < 2 || js.front() != '"' || js.back() != '"')
    ww::fuzz::fail("js_string is not a quoted literal");
  for (std::size_t i = 1; i + 1 < js.size(); ++i) {
    auto c = static_cast<unsigned char>(js[i]);
    if (c < 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '&')
      ww::fuzz::fail("raw byte in js_string output");
    if (c == '"') ww::fuzz::fail("unescaped quote in js_string output");
    if (c == '\\') {
      if (i + 2 >= js.size()) ww::fuzz::fail("js_string ends in a lone backslash");
      ++i;  // the escaped character
    }
  }
  return 0;
}
