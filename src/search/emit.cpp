#include "search/emit.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "markdown/parsed_site.h"
#include "search/normalize.h"

namespace ww {

namespace {
/// The posting value of a term once in the text and not in the heading, written without value.
constexpr std::uint32_t kCommonPosting = 1 * 4 + 0;

/// Bytes js_string copies as they are: printable ASCII except '"', '\\', '<', '>' and '&'.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 0x7F; ++b)
    plain[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&';
  return plain;
}();

/// Appends "\\u" and four lowercase hex digits (unit <= 0xFFFF).
void append_u_escape(std::string& out, char32_t unit) {
  constexpr std::string_view hex = "0123456789abcdef";
  const char e[6] = {
      '\\',           'u', hex[(unit >> 12) & 0xF], hex[(unit >> 8) & 0xF], hex[(unit >> 4) & 0xF],
      hex[unit & 0xF]};
  out.append(e, 6);
}
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

void append_title_pages(std::string& out, const std::vector<std::uint32_t>& pages) {
  append_base32(out, static_cast<std::uint32_t>(pages.size()));
  std::uint32_t last = 0;
  for (std::uint32_t p : pages) {
    append_base32(out, p - last);
    last = p;
  }
}

void append_posting(std::string& out, std::uint32_t gap, std::uint32_t heading_count,
                    std::uint32_t text_count) {
  const std::uint32_t value = text_count * 4 + std::min<std::uint32_t>(heading_count, 3);
  if (value == kCommonPosting) {
    append_base32(out, gap * 2);
  } else {
    append_base32(out, gap * 2 + 1);
    append_base32(out, value);
  }
}

void append_js_escaped(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Printable ASCII other than the escaped characters is copied a run at a time.
    std::size_t run = i;
    while (run < s.size() && kPlain[static_cast<unsigned char>(s[run])]) ++run;
    out.append(s.data() + i, run - i);
    i = run;
    if (i == s.size()) break;
    const auto byte = static_cast<unsigned char>(s[i]);
    char32_t cp = byte < 0x80 ? (++i, byte) : decode_utf8(s, i);  // ASCII needs no decoding
    switch (cp) {
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case '\n':
        out += "\\n";
        continue;
      default:
        break;
    }
    if (cp > 0xFFFF) {
      char32_t v = cp - 0x10000;
      append_u_escape(out, 0xD800 + (v >> 10));
      append_u_escape(out, 0xDC00 + (v & 0x3FF));
    } else {
      append_u_escape(out, cp);
    }
  }
}

void append_js_string(std::string& out, std::string_view s) {
  out += '"';
  append_js_escaped(out, s);
  out += '"';
}

std::string js_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_js_string(out, s);
  return out;
}

std::string normalisation_rules_json() {
  std::string out = "{\"klinkers\":" + js_string(kVowels) +
                    ",\"lange_klinkers\":" + js_string(kLongVowels) + ",\"stopwoorden\":[";
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

namespace {

/// paginas entries [begin, end).
void append_pages(std::string& out, const SearchCorpus& corpus, std::size_t begin,
                  std::size_t end) {
  for (std::size_t p = begin; p < end; ++p) {
    const auto& page = corpus.pages[p];
    if (p) out += ",\n";
    out += '[';
    append_js_string(out, page.url);
    out += ',';
    append_js_string(out, page.title);
    out += ',';
    append_js_string(out, page.label);
    out += ',';
    out += std::to_string(page.weight);
    out += ']';
  }
}

/// docs entries [begin, end).
void append_docs(std::string& out, const SearchCorpus& corpus, const SearchIndex& index,
                 std::size_t begin, std::size_t end) {
  for (std::size_t d = begin; d < end; ++d) {
    const auto& doc = corpus.docs[d];
    if (d) out += ",\n";
    out += '[';
    out += std::to_string(doc.page);
    out += ',';
    out += std::to_string(static_cast<int>(doc.kind));
    out += ',';
    append_js_string(out, doc.anchor);
    out += ',';
    append_js_string(out, doc.heading);
    out += ',';
    out += std::to_string(index.text_terms[d]);
    out += ']';
  }
}

/// The front-coded terms [begin, end), escaped for the termen string (without its quotes).
void append_terms(std::string& out, const SearchIndex& index, std::size_t begin, std::size_t end) {
  std::string terms;
  std::string_view prev =
      begin ? std::string_view(index.terms[begin - 1].term) : std::string_view();
  for (std::size_t i = begin; i < end; ++i) {
    const std::string& term = index.terms[i].term;
    std::size_t common = 0;
    // Only ASCII bytes are shared, so the length means the same in UTF-16 (JavaScript strings).
    while (common < 31 && common < prev.size() && common < term.size() &&
           prev[common] == term[common] && static_cast<unsigned char>(prev[common]) < 0x80)
      ++common;
    if (i) terms += ' ';
    terms += kDigitLast[common];
    terms.append(term, common);
    prev = term;
  }
  append_js_escaped(out, terms);
}

/// The postings of terms [begin, end).
void append_postings(std::string& out, const SearchIndex& index, std::size_t begin,
                     std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    const auto& t = index.terms[i];
    if (i) out += ',';
    if (!t.encoded.empty()) {
      out += t.encoded;
      continue;
    }
    append_title_pages(out, t.title_pages);
    std::uint32_t last = 0;
    for (const auto& post : t.postings) {
      append_posting(out, post.doc - last, post.heading_count, post.text_count);
      last = post.doc;
    }
  }
}

/// A piece of zoekindex.js: entries [begin, end) of one of its lists.
struct IndexPart {
  enum Kind { pages, docs, terms, postings } kind;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

/// Entries per part: the lists are cut into parts of this size, made in parallel.
constexpr std::size_t kPartSize = 2048;

}  // namespace

std::string search_index_js(const SearchCorpus& corpus, const SearchIndex& index,
                            WorkerPool* workers) {
  std::vector<IndexPart> parts;
  auto cut = [&](IndexPart::Kind kind, std::size_t n) {
    for (std::size_t begin = 0; begin < n; begin += kPartSize)
      parts.push_back(IndexPart{kind, begin, std::min(n, begin + kPartSize), {}});
  };
  cut(IndexPart::pages, corpus.pages.size());
  cut(IndexPart::docs, corpus.docs.size());
  cut(IndexPart::terms, index.terms.size());
  cut(IndexPart::postings, index.terms.size());
  parallel_for(parts.size(), workers, [&](std::size_t k) {
    IndexPart& part = parts[k];
    switch (part.kind) {
      case IndexPart::pages:
        append_pages(part.text, corpus, part.begin, part.end);
        break;
      case IndexPart::docs:
        append_docs(part.text, corpus, index, part.begin, part.end);
        break;
      case IndexPart::terms:
        append_terms(part.text, index, part.begin, part.end);
        break;
      case IndexPart::postings:
        append_postings(part.text, index, part.begin, part.end);
        break;
    }
  });
  auto append_parts = [&](std::string& out, IndexPart::Kind kind) {
    for (const auto& part : parts)
      if (part.kind == kind) out += part.text;
  };

  std::string out =
      "// Zoekindex, gemaakt door wegwijzer build. Niet met de hand aanpassen.\n"
      "window.WEGWIJZER_ZOEKINDEX = {\"versie\":" +
      std::to_string(kSearchFormat) + ",\n\"regels\":" + normalisation_rules_json() +
      ",\n\"paginas\":[";
  std::string files;  // tekstbestanden
  const std::vector<std::size_t> starts = search_text_file_starts(corpus);
  for (std::size_t k = 0; k < starts.size(); ++k) {
    if (k) files += ',';
    files += std::to_string(starts[k]);
  }
  std::size_t size = out.size() + files.size() + 64;
  for (const auto& part : parts) size += part.text.size();
  out.reserve(size);
  append_parts(out, IndexPart::pages);
  out += "],\n\"docs\":[";
  append_parts(out, IndexPart::docs);
  out += "],\n\"termen\":\"";
  append_parts(out, IndexPart::terms);
  out += "\",\n\"postings\":\"";
  append_parts(out, IndexPart::postings);
  out += "\",\n\"tekstbestanden\":[";
  out += files;
  out += "]};\n";
  return out;
}

std::string search_text_output(std::size_t k) { return kSearchTextDir + std::to_string(k) + ".js"; }

namespace {
/// Page p's snippet part from its `n` documents, the i-th given by doc(i).
template <class DocAt>
PageSnippets make_page_snippets(std::size_t p, std::size_t n, const DocAt& doc) {
  PageSnippets out;
  if (n == 0) return out;
  std::string js = "window.WEGWIJZER_ZOEKTEKST(";
  js += std::to_string(p);
  js += ",[\n";
  for (std::size_t i = 0; i < n; ++i) {
    if (i) js += ",\n";
    const std::string& text = doc(i).text;
    append_js_string(js, text);
    out.text_bytes += text.size();
  }
  js += "]);\n";
  out.js = std::move(js);  // held only until it is joined into its file
  return out;
}

/// Each page's documents in document order.
std::vector<std::vector<std::size_t>> docs_per_page(const SearchCorpus& corpus) {
  std::vector<std::vector<std::size_t>> page_docs(corpus.pages.size());
  for (std::size_t d = 0; d < corpus.docs.size(); ++d) page_docs[corpus.docs[d].page].push_back(d);
  return page_docs;
}

/// The text size of each page from `from` on, from its documents' texts (npos: no documents).
std::vector<std::size_t> page_text_sizes(const SearchCorpus& corpus, std::size_t from) {
  std::vector<std::size_t> sizes(corpus.pages.size(), std::string::npos);
  for (const SearchDoc& d : corpus.docs) {
    if (d.page < from) continue;
    std::size_t& size = sizes[d.page];
    size = (size == std::string::npos ? 0 : size) + d.text.size();
  }
  return sizes;
}
}  // namespace

void SnippetFileBuilder::close(std::size_t k) {
  if (write_ && write_(search_text_output(k), files_[k])) {
    std::string().swap(files_[k]);
    written_[k] = 1;
  } else {
    files_[k].shrink_to_fit();
  }
}

void SnippetFileBuilder::add_size(std::size_t p, std::size_t text_bytes) {
  if (starts_.empty() || bytes_ + text_bytes > kSearchTextFileBytes) {
    if (with_files_ && !files_.empty()) close(files_.size() - 1);
    starts_.push_back(p);
    if (with_files_) {
      files_.emplace_back();
      files_.back().reserve(kSearchTextFileBytes + kSearchTextFileBytes / 4);
      written_.push_back(0);
    }
    bytes_ = 0;
  }
  bytes_ += text_bytes;
  text_bytes_ += text_bytes;
}

void SnippetFileBuilder::add(std::size_t p, PageSnippets part) {
  if (part.js.empty()) return;
  add_size(p, part.text_bytes);
  if (with_files_) files_.back() += part.js;
}

SnippetFileBuilder SnippetFileBuilder::sizes_only() const {
  SnippetFileBuilder b;  // without the writer: it only counts
  b.starts_ = starts_;
  b.bytes_ = bytes_;
  b.text_bytes_ = text_bytes_;
  b.with_files_ = false;
  return b;
}

std::map<std::string, std::string> SnippetFileBuilder::take_files() {
  if (!files_.empty()) close(files_.size() - 1);
  std::map<std::string, std::string> out;
  for (std::size_t k = 0; k < files_.size(); ++k)
    if (!written_[k]) out.emplace(search_text_output(k), std::move(files_[k]));
  *this = SnippetFileBuilder{};
  return out;
}

PageSnippets page_snippets(std::size_t p, std::span<const SearchDoc> docs) {
  return make_page_snippets(p, docs.size(),
                            [&](std::size_t i) -> const SearchDoc& { return docs[i]; });
}

void complete_snippets(SearchCorpus& corpus, WorkerPool* workers) {
  const std::size_t from = std::min(corpus.snippet_pages, corpus.pages.size());
  const std::vector<std::vector<std::size_t>> page_docs = docs_per_page(corpus);
  std::vector<PageSnippets> parts(corpus.pages.size() - from);
  parallel_for(parts.size(), workers, [&](std::size_t k) {
    const std::vector<std::size_t>& ds = page_docs[from + k];
    parts[k] = make_page_snippets(
        from + k, ds.size(), [&](std::size_t i) -> const SearchDoc& { return corpus.docs[ds[i]]; });
  });
  for (std::size_t k = 0; k < parts.size(); ++k)
    corpus.snippet_files.add(from + k, std::move(parts[k]));
  corpus.snippet_pages = corpus.pages.size();
}

std::vector<std::size_t> search_text_file_starts(const SearchCorpus& corpus) {
  const std::size_t from = std::min(corpus.snippet_pages, corpus.pages.size());
  SnippetFileBuilder sizes = corpus.snippet_files.sizes_only();
  const std::vector<std::size_t> text = page_text_sizes(corpus, from);
  for (std::size_t p = from; p < text.size(); ++p)
    if (text[p] != std::string::npos) sizes.add_size(p, text[p]);
  return sizes.starts();
}

std::map<std::string, std::string> search_text_files(const SearchCorpus& corpus,
                                                     WorkerPool* workers) {
  SearchCorpus copy{{}, {}, corpus.snippet_pages, corpus.snippet_files};
  copy.snippet_files.write_early({});  // only the corpus's own builder writes
  copy.pages = corpus.pages;
  copy.docs = corpus.docs;
  complete_snippets(copy, workers);
  return copy.snippet_files.take_files();
}

}  // namespace ww
