#include "search/emit.h"

#include <cstdio>

#include "core/utf8.h"
#include "search/normalize.h"

namespace ww {

namespace {
/// The posting value of a term once in the text and not in the heading, written without value.
constexpr std::uint32_t kCommonPosting = 1 * 4 + 0;
}  // namespace

void append_base32(std::string& out, std::uint32_t n) {
  char digits[8];
  int count = 0;
  digits[count++] = kDigitLast[n % 32];
  n /= 32;
  while (n > 0) {
    digits[count++] = kDigitMore[n % 32];
    n /= 32;
  }
  while (count > 0) out += digits[--count];
}

std::string js_string(std::string_view s) {
  std::string out = "\"";
  out.reserve(s.size() + 2);
  std::size_t i = 0;
  while (i < s.size()) {
    const auto byte = static_cast<unsigned char>(s[i]);
    char32_t cp = byte < 0x80 ? (++i, byte) : decode_utf8(s, i);  // ASCII needs no decoding
    char buf[16];
    switch (cp) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      default: break;
    }
    if (cp < 0x20 || cp >= 0x7F || cp == '<' || cp == '>' || cp == '&') {
      if (cp > 0xFFFF) {
        char32_t v = cp - 0x10000;
        std::snprintf(buf, sizeof buf, "\\u%04x\\u%04x", unsigned(0xD800 + (v >> 10)), unsigned(0xDC00 + (v & 0x3FF)));
      } else {
        std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(cp));
      }
      out += buf;
    } else {
      out += static_cast<char>(cp);
    }
  }
  out += '"';
  return out;
}

std::string normalisation_rules_json() {
  std::string out = "{\"klinkers\":" + js_string(kVowels) + ",\"lange_klinkers\":" + js_string(kLongVowels) +
                    ",\"stopwoorden\":[";
  bool first = true;
  for (auto w : stop_words()) {
    if (!first) out += ',';
    first = false;
    out += js_string(w);
  }
  out += "],\"stappen\":[";
  for (std::size_t s = 0; s < stem_steps().size(); ++s) {
    if (s) out += ',';
    out += '[';
    const auto& step = stem_steps()[s];
    for (std::size_t r = 0; r < step.size(); ++r) {
      if (r) out += ',';
      out += '[' + js_string(step[r].suffix) + ',' + js_string(step[r].replacement) + ',' +
             std::to_string(step[r].min_stem) + ',' + js_string(step[r].before) + ']';
    }
    out += ']';
  }
  // Folding of the letters core/utf8.h folds or lowercases (ASCII is lowercased in the browser).
  out += "],\"vouwen\":{";
  first = true;
  for (char32_t cp = 0x80; cp <= 0x24F; ++cp) {
    std::string one;
    append_utf8(one, cp);
    std::string folded = fold_text(one);
    if (folded == one) continue;
    if (!first) out += ',';
    first = false;
    out += js_string(one) + ':' + js_string(folded);
  }
  out += "}}";
  return out;
}

std::string search_index_js(const SearchCorpus& corpus, const SearchIndex& index) {
  std::string out =
      "// Zoekindex, gemaakt door wegwijzer build. Niet met de hand aanpassen.\n"
      "window.WEGWIJZER_ZOEKINDEX = {\"versie\":" +
      std::to_string(kSearchFormat) + ",\n\"regels\":" + normalisation_rules_json() + ",\n\"paginas\":[";
  for (std::size_t p = 0; p < corpus.pages.size(); ++p) {
    const auto& page = corpus.pages[p];
    if (p) out += ",\n";
    out += '[' + js_string(page.url) + ',' + js_string(page.title) + ',' + js_string(page.label) + ',' +
           std::to_string(page.weight) + ']';
  }
  out += "],\n\"docs\":[";
  for (std::size_t d = 0; d < corpus.docs.size(); ++d) {
    const auto& doc = corpus.docs[d];
    if (d) out += ",\n";
    out += '[' + std::to_string(doc.page) + ',' + std::to_string(static_cast<int>(doc.kind)) + ',' +
           js_string(doc.anchor) + ',' + js_string(doc.heading) + ',' + std::to_string(index.text_terms[d]) + ']';
  }
  out += "],\n\"termen\":";
  std::string terms;
  std::string_view prev;
  for (const auto& t : index.terms) {
    std::size_t common = 0;
    // Only ASCII bytes are shared, so the length means the same in UTF-16 (JavaScript strings).
    while (common < 31 && common < prev.size() && common < t.term.size() && prev[common] == t.term[common] &&
           static_cast<unsigned char>(prev[common]) < 0x80)
      ++common;
    if (!terms.empty()) terms += ' ';
    terms += kDigitLast[common];
    terms += t.term.substr(common);
    prev = t.term;
  }
  out += js_string(terms) + ",\n\"postings\":\"";
  for (std::size_t i = 0; i < index.terms.size(); ++i) {
    const auto& t = index.terms[i];
    if (i) out += ',';
    append_base32(out, static_cast<std::uint32_t>(t.title_pages.size()));
    std::uint32_t last = 0;
    for (std::uint32_t p : t.title_pages) {
      append_base32(out, p - last);
      last = p;
    }
    last = 0;
    for (const auto& post : t.postings) {
      std::uint32_t value = post.text_count * 4 + std::min<std::uint32_t>(post.heading_count, 3);
      if (value == kCommonPosting) {
        append_base32(out, (post.doc - last) * 2);
      } else {
        append_base32(out, (post.doc - last) * 2 + 1);
        append_base32(out, value);
      }
      last = post.doc;
    }
  }
  out += "\"};\n";
  return out;
}

std::string search_text_output(std::size_t page) { return kSearchTextDir + std::to_string(page) + ".js"; }

std::map<std::string, std::string> search_text_files(const SearchCorpus& corpus) {
  std::vector<std::string> texts(corpus.pages.size());
  for (const auto& doc : corpus.docs) {
    std::string& out = texts[doc.page];
    out += out.empty() ? "window.WEGWIJZER_ZOEKTEKST(" + std::to_string(doc.page) + ",[\n" : ",\n";
    out += js_string(doc.text);
  }
  std::map<std::string, std::string> files;
  for (std::size_t p = 0; p < texts.size(); ++p)
    if (!texts[p].empty()) files[search_text_output(p)] = texts[p] + "]);\n";
  return files;
}

}  // namespace ww
