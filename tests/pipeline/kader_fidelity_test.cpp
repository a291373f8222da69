// The kader is published word for word: for every page of content/kader, content/basiskenmerken
// and content/bijlagen, and for print.html, the text of the rendered main text equals the text of
// its Markdown source. Both sides lose their markup; what the site adds around the words (note
// markers and the notes list, heading links, screen-reader texts, the chapter headings and table
// of contents of print.html) is left out by element, never by looking at words. Any word a pass
// inserts, drops or changes fails the test with the place where the texts part.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "markdown/document.h"
#include "support/mini_site.h"
#include "xref/citation_syntax.h"

using namespace ww;
using namespace ww::test;

namespace {

namespace fs = std::filesystem;

struct Element {
  std::string name, id;
  std::vector<std::string> classes;
  bool has_class(const std::string& c) const {
    return std::find(classes.begin(), classes.end(), c) != classes.end();
  }
};

/// Decides per element whether its text is left out; gets the element and its parent.
using Excluded = bool (*)(const Element& e, const Element* parent);

std::string attribute(const std::string& tag, const std::string& name) {
  const std::size_t at = tag.find(" " + name + "=\"");
  if (at == std::string::npos) return {};
  const std::size_t start = at + name.size() + 3;
  return tag.substr(start, tag.find('"', start) - start);
}

Element parse_tag(const std::string& tag) {  // tag: "<name attr=…>" without the leading '/'
  Element e;
  std::size_t i = 1;
  while (i < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[i])) != 0))
    e.name += static_cast<char>(std::tolower(tag[i++]));
  e.id = attribute(tag, "id");
  std::istringstream classes(attribute(tag, "class"));
  for (std::string c; classes >> c;) e.classes.push_back(c);
  return e;
}

bool is_void(const std::string& name) {
  static const char* const names[] = {"br",   "hr",  "img",    "input", "meta",
                                      "link", "wbr", "source", "col",   "area"};
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

std::string decode_entities(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::size_t semi = s.find(';', i);
    const std::string name = s.substr(i + 1, semi - i - 1);
    static const std::map<std::string, std::string> named = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
    if (auto it = named.find(name); it != named.end()) {
      out += it->second;
    } else if (!name.empty() && name[0] == '#') {
      const unsigned long cp = name.size() > 1 && (name[1] == 'x' || name[1] == 'X')
                                   ? std::stoul(name.substr(2), nullptr, 16)
                                   : std::stoul(name.substr(1));
      if (cp < 0x80) {
        out += static_cast<char>(cp);
      } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
    } else {
      out += '&' + name + ';';
    }
    i = semi;
  }
  return out;
}

/// The text inside the first element that `is_root` accepts (the whole input when `is_root` is
/// null), without the elements `excluded` rejects. Block ends separate words.
std::string element_text(const std::string& html, bool (*is_root)(const Element&),
                         Excluded excluded) {
  std::vector<Element> stack;
  std::size_t root_depth = is_root ? std::string::npos : 0;
  std::size_t skip_depth = std::string::npos;  // depth of the excluded element we are in
  std::string text;
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] != '<') {
      const std::size_t next = std::min(html.find('<', i), html.size());
      if (root_depth != std::string::npos && skip_depth == std::string::npos)
        text += decode_entities(html.substr(i, next - i));
      i = next;
      continue;
    }
    const std::size_t close = html.find('>', i);
    const std::string tag = html.substr(i, close - i + 1);
    i = close + 1;
    if (tag.rfind("<!", 0) == 0) continue;
    if (tag.size() > 1 && tag[1] == '/') {
      if (stack.empty()) continue;
      stack.pop_back();
      text += ' ';
      if (skip_depth == stack.size()) skip_depth = std::string::npos;
      if (is_root && root_depth == stack.size()) return text;
      continue;
    }
    Element e = parse_tag(tag);
    const bool self_closing = is_void(e.name) || tag[tag.size() - 2] == '/';
    if (root_depth == std::string::npos && is_root(e)) {
      root_depth = stack.size();
    } else if (root_depth != std::string::npos && skip_depth == std::string::npos &&
               excluded(e, stack.empty() ? nullptr : &stack.back())) {
      skip_depth = stack.size();
    }
    if (self_closing) {
      text += ' ';
      if (skip_depth == stack.size()) skip_depth = std::string::npos;
      continue;
    }
    stack.push_back(std::move(e));
  }
  return text;
}

/// What the site adds around the kader's words.
bool site_addition(const Element& e, const Element* parent) {
  return (e.name == "section" && e.has_class("noten")) ||  // the notes list
         (e.name == "sup" && e.has_class("noot-ref")) ||   // note markers
         (e.name == "a" && e.has_class("kop-link")) ||     // "#" link after a heading
         e.has_class("visueel-verborgen") ||               // screen-reader texts
         e.has_class("toggletip") ||                       // toggletips (added by script)
         (e.name == "h2" &&
          e.id == "tekst-van-het-kader") ||  // basiskenmerk: heading above the text
         (e.name == "nav" && e.has_class("afdruk-inhoud")) ||  // print.html: table of contents
         (e.name == "p" && e.has_class("kenmerk-label")) ||    // print.html: "Waarde: Dichtbij"
         (e.name == "h2" && parent &&
          parent->has_class("afdruk-hoofdstuk"));  // print.html: chapter title
}

/// What cmark-gfm adds around the Markdown's words: its footnote list and markers.
bool markdown_addition(const Element& e, const Element*) {
  return (e.name == "section" && e.has_class("footnotes")) ||
         (e.name == "sup" && e.has_class("footnote-ref"));
}

bool is_main_text(const Element& e) { return e.has_class("inhoud"); }

/// The text of a Markdown file's body (front matter and citations left out).
std::string markdown_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string src((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (src.rfind("+++\n", 0) == 0) src.erase(0, src.find("\n+++\n", 3) + 5);
  NodePtr doc = parse_markdown(src, MarkdownOptions{});
  std::string text = element_text(render_html(doc.get()), nullptr, markdown_addition);
  // Citations ("[@key, p. 3]") become notes: cut them out with the site's own citation syntax.
  const auto citations = find_citations(text);
  for (auto c = citations.rbegin(); c != citations.rend(); ++c)
    text.erase(c->begin, c->end - c->begin);
  return text;
}

/// Quotes, dashes and the ellipsis are punctuation of their own, whatever touches them.
bool is_punctuation_code_point(std::string_view s) {
  static const char* const marks[] = {"‘", "’", "“", "”", "–", "—", "…", "«", "»"};
  for (const char* m : marks)
    if (s.rfind(m, 0) == 0) return true;
  return false;
}

/// Words (runs of letters and digits; any other UTF-8 character counts as a letter) and single
/// punctuation marks; white space only separates. "zin ." and "zin." give the same tokens.
std::vector<std::string> tokens(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const std::string ch = text.substr(i, len);
    i += len;
    if (ch == " " || ch == "\n" || ch == "\t" || ch == "\r" || ch == "\xC2\xA0") {
      flush();
    } else if ((c < 0x80 && std::isalnum(c) == 0) || is_punctuation_code_point(ch)) {
      flush();
      out.push_back(ch);
    } else {
      word += ch;
    }
  }
  flush();
  return out;
}

/// Empty when equal; else where the two texts part, with some words of context from each.
std::string difference(const std::vector<std::string>& source,
                       const std::vector<std::string>& page) {
  std::size_t i = 0;
  while (i < source.size() && i < page.size() && source[i] == page[i]) ++i;
  if (i == source.size() && i == page.size()) return {};
  auto context = [&](const std::vector<std::string>& t) {
    std::string s;
    for (std::size_t k = i > 8 ? i - 8 : 0; k < std::min(t.size(), i + 12); ++k)
      s += (k == i ? " >>" : " ") + t[k];
    return s;
  };
  return "Markdown:" + context(source) + "\npagina:  " + context(page);
}

const std::string kContent = WEGWIJZER_SOURCE_DIR "/content/";

std::vector<std::string> kader_sources() {
  std::vector<std::string> out;
  for (const char* section : {"kader", "basiskenmerken", "bijlagen"})
    for (const auto& entry : fs::directory_iterator(kContent + section))
      if (entry.path().extension() == ".md")
        out.push_back(std::string(section) + "/" + entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string output_of(const std::string& source) {
  const std::size_t index =
      source.find("/_index.md");  // a section page: "kader/_index.md" -> "kader.html"
  if (index != std::string::npos) return source.substr(0, index) + ".html";
  return source.substr(0, source.size() - 3) + ".html";
}

}  // namespace

TEST_CASE(
    "kader fidelity - the token comparison sees an inserted, dropped or changed word, not markup "
    "or spacing") {
  CHECK(difference(tokens("De Wmo is er."), tokens(" De  Wmo\nis er .")).empty());
  CHECK(!difference(tokens("De Wmo is er."),
                    tokens("De Wet maatschappelijke ondersteuning (Wmo) is er."))
             .empty());
  CHECK(!difference(tokens("De Wmo is er."), tokens("De Wmo er.")).empty());
  CHECK(!difference(tokens("in 2023."), tokens("in 2024.")).empty());
  const std::string html =
      "<div class=\"inhoud\"><p>Zin<sup class=\"noot-ref\"><a>1</a></sup> met <abbr "
      "title=\"x\">Wmo</abbr>.</p><section class=\"noten\"><p>Noot</p></section></div><p>Menu</p>";
  CHECK(tokens(element_text(html, is_main_text, site_addition)) == tokens("Zin met Wmo."));
}

TEST_CASE(
    "kader fidelity - every kader page shows the words of its Markdown source, nothing inserted or "
    "changed") {
  const BuildResult& site = kader_site();
  REQUIRE(site.ok);
  const auto sources = kader_sources();
  REQUIRE(sources.size() >= 24);
  for (const std::string& source : sources) {
    INFO(source);
    const std::string& html = kader_file(output_of(source));
    REQUIRE(!html.empty());
    const auto page = tokens(element_text(html, is_main_text, site_addition));
    REQUIRE(!page.empty());
    CHECK(difference(tokens(markdown_text(kContent + source)), page) == "");
  }
}

TEST_CASE("kader fidelity - print.html holds every kader chapter word for word, in reading order") {
  const std::string& html = kader_file("print.html");
  REQUIRE(!html.empty());
  // The chapters as print.html orders them: <section class="afdruk-hoofdstuk">
  // <h2 id="<file slug>">.
  std::vector<std::string> chapters;
  const std::string marker = "<section class=\"afdruk-hoofdstuk\">\n<h2 id=\"";
  for (std::size_t at = html.find(marker); at != std::string::npos;
       at = html.find(marker, at + 1)) {
    const std::size_t start = at + marker.size();
    std::string id = html.substr(start, html.find('"', start) - start);
    // Ids may not start with a digit: print.html writes "deel-01-…" for "01-…" (print_page.cpp).
    if (id.rfind("deel-", 0) == 0 && id.size() > 5 && id[5] >= '0' && id[5] <= '9') id.erase(0, 5);
    chapters.push_back(id);
  }
  const auto sources = kader_sources();
  std::vector<std::string> expected_text;
  std::size_t chapter_count = 0;
  for (const std::string& id : chapters) {
    auto it = std::find_if(sources.begin(), sources.end(), [&](const std::string& s) {
      return s.size() > id.size() + 3 &&
             s.compare(s.size() - id.size() - 3, id.size() + 3, id + ".md") == 0 &&
             s[s.size() - id.size() - 4] == '/';
    });
    INFO(id);
    REQUIRE(it != sources.end());
    ++chapter_count;
    for (auto& t : tokens(markdown_text(kContent + *it))) expected_text.push_back(std::move(t));
  }
  // Every page of the kader except the section pages is a chapter.
  CHECK(chapter_count == static_cast<std::size_t>(std::count_if(
                             sources.begin(), sources.end(), [](const std::string& s) {
                               return s.find("/_index.md") == std::string::npos;
                             })));
  CHECK(difference(expected_text, tokens(element_text(html, is_main_text, site_addition))) == "");
}

TEST_CASE(
    "kader fidelity - hoofdstuk 1's sub-lists are ordered lists counted with letters, not bullets "
    "with 'a.'") {
  const std::string& html = kader_file("kader/hoofdstuk-1.html");
  REQUIRE(!html.empty());
  const std::size_t sub = html.find("namelijk:\n<ol>");
  CHECK(sub != std::string::npos);
  CHECK(html.find("<li>a. ") == std::string::npos);
  CHECK(html.find("<li>\na. ") == std::string::npos);
  // The theme counts a numbered list inside a numbered list with letters.
  const std::string& css = kader_file("css/wegwijzer.css");
  CHECK(css.find(".inhoud > ol > li > ol, .afdruk-hoofdstuk > ol > li > ol { list-style-type: "
                 "lower-alpha; }") != std::string::npos);
}
