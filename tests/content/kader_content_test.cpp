// Checks the repository's own content/ against the source document (docs/bron/):
// structure, completeness of endnotes, B1 summaries present, no PDF extraction artefacts.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "content/loader.h"
#include "core/file_system.h"

using namespace ww;

namespace {

const std::string kRoot = WEGWIJZER_SOURCE_DIR;

const SiteContent& site() {
  static SiteContent s = [] {
    DiskFileSystem fs;
    SiteConfig c;
    c.file = kRoot + "/site-config.toml";
    c.base_dir = kRoot;
    Diagnostics d;
    SiteContent out = load_content(fs, c, {}, d);
    for (const auto& i : d.items) UNSCOPED_INFO(format_diagnostic(i));
    return out;
  }();
  return s;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(read(path));
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::size_t start = 0, tab;
    while ((tab = line.find('\t', start)) != std::string::npos) {
      cols.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    cols.push_back(line.substr(start));
    rows.push_back(cols);
  }
  return rows;
}

/// Drops Markdown punctuation, footnote references, link targets and all white space, so
/// text from the PDF and the Markdown compare equal.
std::string squash(const std::string& s) {
  std::string t = std::regex_replace(s, std::regex(R"(\[\^[^\]\s]+\])"), "");
  t = std::regex_replace(t, std::regex(R"(\]\([^)]*\))"), "");
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '*' || c == '_' || c == '[' || c == ']' ||
        c == '#' || c == '`' || c == '"' || c == '\'')
      continue;
    if (t.compare(i, 3, "\xE2\x80\x9C") == 0 || t.compare(i, 3, "\xE2\x80\x9D") == 0 ||
        t.compare(i, 3, "\xE2\x80\x98") == 0 || t.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::vector<std::string> citation_groups(const std::string& body) {
  std::vector<std::string> out;
  static const std::regex re(R"(\[[^\[\]]*@[a-z0-9-]+[^\[\]]*\])");
  for (std::sregex_iterator it(body.begin(), body.end(), re), end; it != end; ++it)
    out.push_back(it->str());
  return out;
}

}  // namespace

TEST_CASE("kader content - loads without errors") {
  DiskFileSystem fs;
  SiteConfig c;
  c.file = kRoot + "/site-config.toml";
  c.base_dir = kRoot;
  Diagnostics d;
  load_content(fs, c, {}, d);
  std::string all;
  for (const auto& i : d.items) all += format_diagnostic(i) + "\n";
  INFO(all);
  CHECK(d.items.empty());
}

TEST_CASE("kader content - 13 basiskenmerken with the right nummer and waarde") {
  std::map<int, std::string> found;
  for (const auto& p : site().pages)
    if (p.kenmerk) found[p.kenmerk->nummer] = p.kenmerk->waarde;
  REQUIRE(found.size() == 13);
  for (int n = 1; n <= 13; ++n) {
    INFO("basiskenmerk " << n);
    CHECK(found[n] == (n <= 4 ? "dichtbij" : n <= 10 ? "integraal" : "mandaat"));
  }
}

TEST_CASE("kader content - every Bijlage I programme has its own heading") {
  const Page* b1 = site().find("bijlagen/bijlage-1-afspraken-en-programmas.md");
  REQUIRE(b1);
  std::string headings;
  std::istringstream in(b1->body);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("## ", 0) == 0 || line.rfind("### ", 0) == 0) headings += line + "\n";
  for (const char* programme :
       {"Hervormingsagenda Jeugd", "Toekomstscenario", "Integraal Zorgakkoord", "GALA", "vAMS",
        "Participatiewet in balans", "Beschermd Wonen", "dakloosheid", "Passend beschikken",
        "gepast beschikken", "Werken aan uitvoering", "meeverhuizen",
        "domeinoverstijgende samenwerking"}) {
    INFO(programme << " in\n" << headings);
    CHECK(std::regex_search(headings, std::regex(programme, std::regex::icase)));
  }
  // The Wams is described inside the vAMS part.
  CHECK(b1->body.find("Wams") != std::string::npos);
}

TEST_CASE("kader content - every Bijlage II term has a glossary page") {
  std::set<std::string> terms;
  for (const auto& p : site().pages)
    if (p.term) terms.insert(p.source);
  for (const char* slug :
       {"maatwerk", "professionals", "welzijnswerk", "opbouwwerk", "regie", "integraal-werken",
        "normaliseren", "sociale-basis", "toegang", "lokaal-team", "verwijzer", "poh-ggz-jeugd"}) {
    INFO(slug);
    CHECK(terms.count(std::string("woordenlijst/") + slug + ".md"));
  }
}

TEST_CASE("kader content - every citation key resolves against bronnen.toml") {
  std::set<std::string> keys;
  for (const auto& b : site().bronnen) keys.insert(b.key);
  REQUIRE(keys.size() > 40);
  static const std::regex key_re(R"(@([a-z0-9-]+))");
  std::size_t checked = 0;
  for (const auto& p : site().pages)
    for (const auto& group : citation_groups(p.body))
      for (std::sregex_iterator it(group.begin(), group.end(), key_re), end; it != end; ++it) {
        INFO(p.file << ": " << group);
        CHECK(keys.count((*it)[1].str()));
        ++checked;
      }
  CHECK(checked > 200);
}

TEST_CASE("kader content - every endnote marker of the source became a citation at its place") {
  const auto source = read(kRoot + "/docs/bron/richtinggevend-kader-2024.txt");
  REQUIRE(!source.empty());
  std::vector<std::string> source_lines;
  {
    std::istringstream in(source);
    std::string l;
    while (std::getline(in, l)) source_lines.push_back(l);
  }
  auto rows = read_tsv(kRoot + "/docs/bron/endnote-markers.tsv");
  REQUIRE(rows.size() > 1);
  rows.erase(rows.begin());  // header
  auto map_rows = read_tsv(kRoot + "/docs/bron/endnote-map.tsv");
  // One marker per endnote: the source numbers i .. xcv and has no xci, so 94.
  CHECK(rows.size() == 94);
  CHECK(map_rows.size() == 94);
  std::set<std::string> endnotes;
  for (const auto& r : rows) endnotes.insert(r.at(2));
  CHECK(endnotes.size() == 94);

  std::string all_content;
  for (const auto& p : site().pages) all_content += squash(p.body) + "\n";
  for (const auto& r : rows) {
    INFO("endnote " << r.at(2) << " (printed " << r.at(1) << ", source line " << r.at(0) << ")");
    // The marker is really in the source at that line.
    std::size_t line = std::stoul(r.at(0));
    REQUIRE(line <= source_lines.size());
    CHECK(source_lines[line - 1].find(r.at(1)) != std::string::npos);
    // And its citation follows the same words in the content.
    std::string before = r.at(4);
    if (before.rfind("\xE2\x80\xA6", 0) == 0) before = before.substr(3);  // leading ellipsis
    std::string tail = squash(before);
    tail = tail.substr(tail.size() > 20 ? tail.size() - 20 : 0);
    // The citation records the kader's number of the endnote: "[@key, p. 29; eindnoot iv]".
    std::string citation = r.at(3);
    citation.insert(citation.size() - 1, "; eindnoot " + r.at(2));
    CHECK(all_content.find(tail + squash(citation)) != std::string::npos);
  }

  // The kader's own pages hold exactly those citations (opbouwwerk repeats one of welzijnswerk).
  // Each of them carries its endnote number; in the kader's own pages every citation is an endnote
  // (the glossary's own explanations may cite a source that is not one).
  std::size_t groups = 0;
  for (const auto& p : site().pages)
    for (const auto& g : citation_groups(p.body)) {
      const bool endnote = g.find("; eindnoot ") != std::string::npos;
      if (endnote) ++groups;
      INFO(p.file << ": " << g);
      if (p.section == "kader" || p.section == "basiskenmerken" || p.section == "bijlagen")
        CHECK(endnote);
    }
  CHECK(groups == 94 + 1);
}

TEST_CASE(
    "kader content - each of the kader's 25 footnotes is in the content once, labelled with its "
    "number") {
  std::map<int, int> defined;
  static const std::regex def(R"((^|\n)\[\^voetnoot-(\d+)\]:)");
  for (const auto& p : site().pages)
    for (std::sregex_iterator it(p.body.begin(), p.body.end(), def), end; it != end; ++it)
      ++defined[std::stoi((*it)[2])];
  CHECK(defined.size() == 25);
  for (int n = 1; n <= 25; ++n) {
    INFO("voetnoot " << n);
    CHECK(defined[n] == 1);
  }
}

TEST_CASE("kader content - eindnoten.toml holds every endnote in the kader's own words") {
  const auto source = squash(read(kRoot + "/docs/bron/richtinggevend-kader-2024.txt"));
  auto map_rows = read_tsv(kRoot + "/docs/bron/endnote-map.tsv");
  std::set<std::string> numbers;
  for (const auto& r : map_rows) numbers.insert(r.at(0));
  std::set<std::string> have;
  for (const auto& e : site().eindnoten) {
    INFO("eindnoot " << e.nummer << ": " << e.tekst);
    have.insert(e.nummer);
    CHECK(source.find(squash(e.tekst)) != std::string::npos);  // word for word (spacing aside)
  }
  CHECK(have == numbers);
}

TEST_CASE("kader content - every page has a non-empty kort") {
  for (const auto& p : site().pages) {
    INFO(p.file);
    CHECK(p.kort.find_first_not_of(" \n") != std::string::npos);
  }
  for (const auto& p : site().pages)
    if (p.kenmerk) {
      INFO(p.file);
      CHECK(p.kenmerk->gewone_taal.size() > 400);
    }
}

TEST_CASE("kader content - no PDF extraction artefacts remain") {
  const std::vector<std::pair<std::string, std::regex>> artefacts = {
      {"page number alone on a line",
       std::regex(R"((^|\n)[ \t]*([0-9]{1,3}|[ivxl]{1,5})[ \t]*(\n|$))")},
      {"dot leaders", std::regex(R"(\.{4,}|…{2,})")},
      {"superscript marker ^{…}", std::regex(R"(\^\{)")},
      {"superscript digits or numerals",
       std::regex("\xC2\xB9|\xC2\xB2|\xC2\xB3|\xE2\x81\xB0|\xE2\x81\xB4|\xE2\x81\xB5|\xE2\x81\xB6|"
                  "\xE2\x81\xB7|"
                  "\xE2\x81\xB8|\xE2\x81\xB9|\xE2\x81\xB1|\xE1\xB5\x9B|\xCB\xA3")},
      {"word broken by hyphenation",
       std::regex(R"(\b[a-z]{2,}- (?!(en|of|tot|als|noch|dan|maar|en/of)\b)[a-z]{2,}\b(?!-))")},
  };
  for (const auto& p : site().pages) {
    std::string text = p.body + "\n" + p.kort + "\n" + (p.kenmerk ? p.kenmerk->gewone_taal : "");
    for (const auto& [what, re] : artefacts) {
      std::smatch m;
      bool found = std::regex_search(text, m, re);
      INFO(p.file << ": " << what << (found ? ": '" + m.str() + "'" : ""));
      CHECK_FALSE(found);
    }
  }
}

TEST_CASE("kader content - the artefact scan finds what it looks for") {
  // Guard against a scan that cannot fail.
  CHECK(std::regex_search("de sa- menwerking",
                          std::regex(R"(\b[a-z]{2,}- (?!(en|of)\b)[a-z]{2,}\b(?!-))")));
  CHECK_FALSE(std::regex_search("zorg- en veiligheidshuis",
                                std::regex(R"(\b[a-z]{2,}- (?!(en|of)\b)[a-z]{2,}\b(?!-))")));
}
