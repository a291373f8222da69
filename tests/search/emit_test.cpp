#include "search/emit.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "core/worker_pool.h"
#include "search/normalize.h"

using namespace ww;

namespace {

std::string b32(std::uint32_t n) {
  std::string s;
  append_base32(s, n);
  return s;
}

/// The text of the JSON string value after `"key":"` in `js` (no escapes expected).
std::string string_field(const std::string& js, const std::string& key) {
  std::size_t at = js.find("\"" + key + "\":\"");
  REQUIRE(at != std::string::npos);
  at += key.size() + 4;
  return js.substr(at, js.find('"', at) - at);
}

std::vector<std::uint32_t> decode_numbers(const std::string& s) {
  std::vector<std::uint32_t> out;
  std::uint32_t n = 0;
  for (char c : s) {
    if (auto d = kDigitMore.find(c); d != std::string_view::npos) {
      n = n * 32 + static_cast<std::uint32_t>(d);
      continue;
    }
    auto d = kDigitLast.find(c);
    REQUIRE(d != std::string_view::npos);
    out.push_back(n * 32 + static_cast<std::uint32_t>(d));
    n = 0;
  }
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep)
      out.emplace_back();
    else
      out.back().push_back(c);
  }
  return out;
}

SearchCorpus corpus() {
  SearchCorpus c;
  c.pages = {{"a.html", "Mandaat", "", "Basiskenmerk 11", 13}, {"b.html", "Teams", "", "", 10}};
  c.docs = {{0, SearchKind::section, "", "", "Het team heeft mandaat; mandaat en teamwerk."},
            {0, SearchKind::question, "vraag-11-2", "Vraag 11.2", "Mag het team beslissen?"},
            {1, SearchKind::term, "", "", "Teams dichtbij."}};
  return c;
}

}  // namespace

TEST_CASE("search emit - base 32 numbers need no separator") {
  CHECK(b32(0) == "0");
  CHECK(b32(31) == "v");
  CHECK(b32(32) == "x0");
  CHECK(b32(1000) == "_8");
  CHECK(b32(1024) == "xw0");
  CHECK(decode_numbers(b32(7) + b32(4096) + b32(0) + b32(123456)) ==
        std::vector<std::uint32_t>{7, 4096, 0, 123456});
}

TEST_CASE("search emit - JavaScript strings escape quotes, markup and non-ASCII") {
  CHECK(js_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(js_string("ë") == "\"\\u00eb\"");
  CHECK(js_string("</script>") == "\"\\u003c/script\\u003e\"");
  CHECK(js_string("😀") == "\"\\ud83d\\ude00\"");
}

TEST_CASE("search emit - the rules carry the stop words, steps, vowels and folding table") {
  std::string rules = normalisation_rules_json();
  CHECK(rules.find("\"klinkers\":\"aeiouy\"") != std::string::npos);
  CHECK(rules.find("\"lange_klinkers\":\"aeou\"") != std::string::npos);
  CHECK(rules.find("\"mijn\"") != std::string::npos);
  CHECK(rules.find("[\"heid\",\"\",3,\"\"]") != std::string::npos);
  CHECK(rules.find("\"\\u00eb\":\"e\"") != std::string::npos);   // ë -> e
  CHECK(rules.find("\"\\u0133\":\"ij\"") != std::string::npos);  // ĳ -> ij
}

TEST_CASE("search emit - terms and postings round-trip to the index") {
  auto c = corpus();
  auto index = build_search_index(c);
  std::string js = search_index_js(c, index);
  CHECK(js.rfind("// Zoekindex", 0) == 0);
  CHECK(js.find("window.WEGWIJZER_ZOEKINDEX = {\"versie\":3,") != std::string::npos);
  CHECK(js.find(",\n\"tekstbestanden\":[0]};\n") != std::string::npos);
  CHECK(js.find("[\"a.html\",\"Mandaat\",\"Basiskenmerk 11\",13]") != std::string::npos);
  CHECK(js.find("[0,2,\"vraag-11-2\",\"Vraag 11.2\",") != std::string::npos);

  auto coded = split(string_field(js, "termen"), ' ');
  REQUIRE(coded.size() == index.terms.size());
  std::string prev;
  for (std::size_t i = 0; i < coded.size(); ++i) {
    prev = prev.substr(0, kDigitLast.find(coded[i][0])) + coded[i].substr(1);
    CHECK(prev == index.terms[i].term);
  }

  auto postings = split(string_field(js, "postings"), ',');
  REQUIRE(postings.size() == index.terms.size());
  for (std::size_t i = 0; i < postings.size(); ++i) {
    INFO(index.terms[i].term);
    auto n = decode_numbers(postings[i]);
    const auto& t = index.terms[i];
    REQUIRE(n.size() >= 1 + t.title_pages.size() + t.postings.size());
    CHECK(n[0] == t.title_pages.size());
    std::uint32_t page = 0, doc = 0;
    std::size_t k = 1;
    for (auto p : t.title_pages) CHECK((page += n[k++]) == p);
    for (const auto& post : t.postings) {
      REQUIRE(k < n.size());
      std::uint32_t gap = n[k++];
      CHECK((doc += gap / 2) == post.doc);
      std::uint32_t value = 4;  // once in the text, not in the heading
      if (gap % 2) {
        REQUIRE(k < n.size());
        value = n[k++];
      }
      CHECK(value / 4 == post.text_count);
      CHECK(value % 4 == std::min<std::uint32_t>(post.heading_count, 3));
    }
    CHECK(k == n.size());
  }
}

TEST_CASE("search emit - snippet texts of several pages in one file, in document order") {
  auto files = search_text_files(corpus());
  REQUIRE(files.size() == 1);
  REQUIRE(files.count("zoektekst/0.js"));
  CHECK(files["zoektekst/0.js"] ==
        "window.WEGWIJZER_ZOEKTEKST(0,[\n\"Het team heeft mandaat; mandaat en teamwerk.\",\n"
        "\"Mag het team beslissen?\"]);\n"
        "window.WEGWIJZER_ZOEKTEKST(1,[\n\"Teams dichtbij.\"]);\n");
  CHECK(search_text_file_starts(corpus()) == std::vector<std::size_t>{0});
}

TEST_CASE("search emit - a new snippet file when the text would pass kSearchTextFileBytes") {
  // 10,000 pages of 1,000 bytes: 32 pages per file, 313 files instead of 10,000.
  SearchCorpus c;
  for (std::size_t p = 0; p < 10000; ++p) {
    c.pages.push_back({"p" + std::to_string(p) + ".html", "T", "", "", 10});
    if (p != 40) c.docs.push_back({p, SearchKind::section, "", "", std::string(1000, 'a')});
  }
  c.docs.push_back({41, SearchKind::section, "", "", std::string(40000, 'b')});  // too big alone
  const std::vector<std::size_t> starts = search_text_file_starts(c);
  REQUIRE(starts.size() > 300);
  CHECK(starts.size() < 330);
  CHECK(starts[0] == 0);
  CHECK(starts[1] == 32);
  CHECK(starts[2] == 41);  // page 40 has no documents; page 41 does not fit after 32..39
  CHECK(starts[3] == 42);  // and nothing fits after it
  WorkerPool two(2);
  const auto files = search_text_files(c, &two);
  CHECK(files.size() == starts.size());
  CHECK(search_text_files(c) == files);
  for (std::size_t k = 0; k < starts.size(); ++k) {
    INFO(k);
    const std::string& f = files.at(search_text_output(k));
    CHECK(f.rfind("window.WEGWIJZER_ZOEKTEKST(" + std::to_string(starts[k]) + ",", 0) == 0);
    if (k != 2) CHECK(f.size() <= kSearchTextFileBytes + 40 * 32);
  }
  CHECK(files.at("zoektekst/1.js").find("WEGWIJZER_ZOEKTEKST(40,") == std::string::npos);
  CHECK(search_index_js(c, build_search_index(c)).find("\"tekstbestanden\":[0,32,41,42,") !=
        std::string::npos);
}

TEST_CASE("search emit - js_string escapes within runs of plain text") {
  CHECK(js_string("") == "\"\"");
  CHECK(js_string("plain text, no escapes") == "\"plain text, no escapes\"");
  CHECK(js_string("a<b>c&d\ne\"f\\g\x01h\x7fi") ==
        "\"a\\u003cb\\u003ec\\u0026d\\ne\\\"f\\\\g\\u0001h\\u007fi\"");
  CHECK(js_string("Cliënt één") == "\"Cli\\u00ebnt \\u00e9\\u00e9n\"");
  CHECK(js_string("\xff"
                  "a") == "\"\\ufffda\"");  // invalid UTF-8
  std::string out = "x";
  append_js_string(out, "y");
  CHECK(out == "x\"y\"");
}

TEST_CASE("search emit - snippet texts are the same with 1 and 4 threads") {
  SearchCorpus c;
  for (int p = 0; p < 25; ++p)
    c.pages.push_back({"p" + std::to_string(p) + ".html", "T", "", "", 10});
  for (int d = 0; d < 100; ++d)
    if (d % 25 != 3)  // page 3 has no documents
      c.docs.push_back({static_cast<std::size_t>(d % 25), SearchKind::section, "", "",
                        "Tekst " + std::to_string(d)});
  std::stable_sort(c.docs.begin(), c.docs.end(),
                   [](const SearchDoc& a, const SearchDoc& b) { return a.page < b.page; });
  WorkerPool workers(4);
  auto one = search_text_files(c);
  auto four = search_text_files(c, &workers);
  CHECK(one.size() == 1);
  CHECK(four == one);
  CHECK(one["zoektekst/0.js"].find("WEGWIJZER_ZOEKTEKST(3,") == std::string::npos);
  CHECK(one["zoektekst/0.js"].find(
            "window.WEGWIJZER_ZOEKTEKST(12,[\n\"Tekst 12\",\n\"Tekst 37\",\n\"Tekst 62\",\n\"Tekst "
            "87\"]);\n") != std::string::npos);
}

TEST_CASE("search emit - zoekindex.js is the same with 1 and 4 threads, over several parts") {
  // More pages, documents and terms than one part (2048 entries) holds; some non-ASCII terms.
  SearchCorpus c;
  for (int p = 0; p < 2100; ++p)
    c.pages.push_back(
        {"p" + std::to_string(p) + ".html", "Pagina é" + std::to_string(p), "", "", 10});
  for (int d = 0; d < 4500; ++d) {
    std::string text;
    for (int w = 0; w < 6; ++w) {
      int n = (d * 7 + w * 13) % 5000;
      text += (n % 5 == 0 ? "ƀ" : "w") + std::to_string(n) + "x ";  // U+0180 is not folded
    }
    c.docs.push_back({static_cast<std::size_t>(d * 2100 / 4500), SearchKind::section,
                      "a" + std::to_string(d), "Kop", text});
  }
  WorkerPool two(2), workers(4);
  auto index = build_search_index(c, &two);
  REQUIRE(index.terms.size() > 4100);
  std::string one = search_index_js(c, index);
  std::string four = search_index_js(c, index, &workers);
  CHECK(four == one);
  // The front coding runs on across parts: decoded, the terms are the index's terms.
  std::size_t at = one.find("\"termen\":\"");
  REQUIRE(at != std::string::npos);
  at += 10;
  std::string termen = one.substr(at, one.find('"', at) - at);
  std::vector<std::string> decoded;
  std::string prev;
  for (const auto& coded : split(termen, ' ')) {
    REQUIRE(!coded.empty());
    std::size_t common = kDigitLast.find(coded[0]);
    REQUIRE(common <= prev.size());
    prev = prev.substr(0, common) + coded.substr(1);
    decoded.push_back(prev);
  }
  REQUIRE(decoded.size() == index.terms.size());
  std::size_t non_ascii = 0;
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    std::string escaped;
    append_js_escaped(escaped, index.terms[i].term);
    if (escaped != index.terms[i].term) ++non_ascii;
    REQUIRE(decoded[i] == escaped);
  }
  CHECK(non_ascii > 500);
  CHECK(split(string_field(one, "postings"), ',').size() == index.terms.size());
}
