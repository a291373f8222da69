// Speed of the stages whose cost could grow faster than their input (moved here from the unit
// tests, where a wall-clock limit fails under a sanitizer or a busy machine for the wrong reason).
//   build/bench/scaling      prints each measurement; exit 1 when one grows clearly super-linearly
// The unit tests keep the same inputs for correctness (tests/xref/term_matcher_test.cpp,
// tests/search/index_test.cpp).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <iostream>
#include <string>

#include "search/index.h"
#include "xref/term_matcher.h"

using namespace ww;

namespace {

/// Processor time (not wall time) of the fastest of three runs of `f`, in seconds.
template <class F>
double cpu_seconds(F f) {
  double best = 1e9;
  for (int i = 0; i < 3; ++i) {
    std::clock_t start = std::clock();
    f();
    best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
  }
  return best;
}

/// `docs` documents of 200 words; the vocabulary grows with the text (Heaps' law), as in
/// tests/search/index_test.cpp.
SearchCorpus synthetic_corpus(std::size_t docs) {
  SearchCorpus c;
  c.pages.push_back({"a.html", "Titel", "", "", 10});
  std::uint64_t state = 12345;
  std::size_t k = 0;
  for (std::size_t d = 0; d < docs; ++d) {
    SearchDoc doc{0, SearchKind::section, "", "Kop", {}};
    for (int w = 0; w < 200; ++w, ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      std::uint64_t n =
          (state >> 33) % (static_cast<std::uint64_t>(40 * std::sqrt(double(k))) + 500);
      std::string word = "w";
      do {
        word += static_cast<char>('a' + n % 26);
        n /= 26;
      } while (n > 0);
      doc.text += word + (w % 12 == 11 ? ". " : " ");
    }
    c.docs.push_back(std::move(doc));
  }
  return c;
}

}  // namespace

int main() {
  bool ok = true;

  // Term matcher: phrases "a a ... a x" of every length up to 300 over 1 MB of "a ". A loop over
  // the phrases tries ~300 phrases at every position (minutes); the automaton is linear.
  TermMatcher m;
  std::string phrase;
  for (int k = 1; k <= 300; ++k) {
    phrase += "a ";
    m.add(phrase + "x", k);
  }
  m.add("a a a b", 1000);
  std::string text;
  for (int i = 0; i < 500000; ++i) text += "a ";
  text += "a a a b";
  double matcher = cpu_seconds([&] { (void)m.find(text); });
  std::cout << "term matcher, 1 MB adversarial text, 301 phrases: " << matcher * 1000
            << " ms (a loop over the phrases: minutes)\n";
  if (matcher > 3.0) ok = false;

  // Search index: 8 times the text may take at most 20 times as long (linear: about 8).
  SearchCorpus small = synthetic_corpus(125);
  SearchCorpus large = synthetic_corpus(1000);
  double t_small = cpu_seconds([&] { (void)build_search_index(small); });
  double t_large = cpu_seconds([&] { (void)build_search_index(large); });
  std::cout << "search index: " << t_small * 1000 << " ms for 25000 words, " << t_large * 1000
            << " ms for 200000 words (x" << t_large / t_small << ", linear is about 8)\n";
  if (t_small > 0 && t_large / t_small > 20) ok = false;

  if (!ok) std::cout << "scaling: a stage grows faster than its input\n";
  return ok ? 0 : 1;
}
