#include "language/hyphen_dict.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace {

std::string text_or_null(const char* s) { return s ? "\"" + std::string(s) + "\"" : "null"; }

/// Both dictionaries state by state, as hnj_hyphen_hyphenate3 reads them.
void require_same(const HyphenDict* lib, const HyphenDict* own) {
  int level = 0;
  for (; lib || own; lib = lib->nextlevel, own = own->nextlevel, ++level) {
    INFO("level " << level);
    REQUIRE(lib);
    REQUIRE(own);
    CHECK(int(own->lhmin) == int(lib->lhmin));
    CHECK(int(own->rhmin) == int(lib->rhmin));
    CHECK(int(own->clhmin) == int(lib->clhmin));
    CHECK(int(own->crhmin) == int(lib->crhmin));
    CHECK(own->nohyphenl == lib->nohyphenl);
    REQUIRE((own->nohyphen == nullptr) == (lib->nohyphen == nullptr));
    if (lib->nohyphen) {
      // The list is NUL-separated: compare its nohyphenl + 1 items.
      const char* a = lib->nohyphen;
      const char* b = own->nohyphen;
      for (int k = 0; k <= lib->nohyphenl; ++k) {
        CHECK(std::string(b) == std::string(a));
        a += std::strlen(a) + 1;
        b += std::strlen(b) + 1;
      }
    }
    CHECK(std::string(own->cset, MAX_NAME) == std::string(lib->cset, MAX_NAME));
    CHECK(own->utf8 == lib->utf8);
    REQUIRE(own->num_states == lib->num_states);
    for (int s = 0; s < lib->num_states; ++s) {
      const HyphenState& a = lib->states[s];
      const HyphenState& b = own->states[s];
      INFO("state " << s);
      REQUIRE(text_or_null(b.match) == text_or_null(a.match));
      REQUIRE(text_or_null(b.repl) == text_or_null(a.repl));
      if (a.match) {  // libhyphen leaves them unset on a state without a pattern
        REQUIRE(int(b.replindex) == int(a.replindex));
        REQUIRE(int(b.replcut) == int(a.replcut));
      }
      REQUIRE(b.fallback_state == a.fallback_state);
      REQUIRE(b.num_trans == a.num_trans);
      for (int t = 0; t < a.num_trans; ++t) {
        REQUIRE(b.trans[t].ch == a.trans[t].ch);
        REQUIRE(b.trans[t].new_state == a.trans[t].new_state);
      }
    }
  }
}

void compare_file(const std::string& path) {
  INFO(path);
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  HyphenDict* lib = hnj_hyphen_load(path.c_str());
  REQUIRE(lib);
  auto own = ww::HyphenPatterns::read(ss.str());
  REQUIRE(own);
  require_same(lib, own->dict());
  hnj_hyphen_free(lib);
}

std::string write_temp(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / "wegwijzer-hyphen-dict-test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("hyphen dict - the Dutch patterns make libhyphen's own dictionary, state by state") {
  const char* dutch = "/usr/share/hyphen/hyph_nl_NL.dic";
  REQUIRE(std::filesystem::is_regular_file(dutch));  // Debian hyphen-nl, as the B1 check needs
  compare_file(dutch);
}

TEST_CASE("hyphen dict - options, NOHYPHEN, replacements, NEXTLEVEL, comments, odd lines") {
  const std::string latin1 =
      "ISO8859-1\n% a comment\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 3\nCOMPOUNDLEFTHYPHENMIN 4\n"
      "NOHYPHEN a,bc,d\n.a4\n1ba\na1b2c\n\n  \n.aa1\naa1b\n1b1\nc1k/k=k,1,2\nf1f/ff=f,1,2\n"
      "xy1z/z=\n.a4\n1ba3\nab\r\nq1r\r\n%\n";
  const std::string utf8 =
      "UTF-8\nLEFTHYPHENMIN 1\n.\xc3\xa9" "1t\n\xc3\xa9" "1\xc3\xa9\n"
      "\xc3\xa9" "1\xc3\xa9/\xc3\xa9=\xc3\xa9,1,2\nab1c\n";
  const std::string levels =
      "ISO8859-1\nLEFTHYPHENMIN 1\n1-1\n1'1\nNEXTLEVEL\nRIGHTHYPHENMIN 2\n.ab1c\nb1c\n1c1d\n"
      "NOHYPHEN x\nNEXTLEVEL\nz1z\n";
  const std::string bare = "ISO8859-1";
  const std::string empty;
  const std::string crlf = "UTF-8\r\n.a1b\r\nNOHYPHEN -,'\r\nb1c\r\n";
  for (const auto& [name, text] : {std::pair{"latin1.dic", latin1}, {"utf8.dic", utf8},
                                   {"levels.dic", levels}, {"bare.dic", bare},
                                   {"empty.dic", empty}, {"crlf.dic", crlf}})
    compare_file(write_temp(name, text));
}

TEST_CASE("hyphen dict - a file libhyphen reads otherwise is left to libhyphen") {
  // A line that does not fit libhyphen's buffer (it skips the line), a first line longer than
  // its character-set buffer (it reads the rest as a line), a NUL byte.
  CHECK_FALSE(ww::HyphenPatterns::read("ISO8859-1\n" + std::string(120, 'a') + "1b\n"));
  CHECK_FALSE(ww::HyphenPatterns::read("ISO8859-1 and a long remark\n.a1b\n"));
  CHECK_FALSE(ww::HyphenPatterns::read(std::string("ISO8859-1\na1\0b\n", 15)));
  CHECK_FALSE(ww::HyphenPatterns::read("ISO8859-1\nNOHYPHEN a\n.a1b\nNOHYPHEN b\n"));
  CHECK(ww::HyphenPatterns::read("ISO8859-1\n.a1b\n"));
}

TEST_CASE("hyphen dict - random pattern files make libhyphen's dictionary too") {
  // Patterns, options, replacements, comments, blank lines and levels in random order (a fixed
  // seed, so every run makes the same 300 files).
  std::mt19937 random(20261206);
  auto pick = [&random](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  const std::vector<std::string> letters = {"a", "b", "c", "e", "k", "s", ".", "\xc3\xa9",
                                            "\xeb", "'", "-"};
  const std::vector<std::string> extras = {
      "LEFTHYPHENMIN 2\n", "RIGHTHYPHENMIN 3\n", "COMPOUNDLEFTHYPHENMIN 2\n",
      "COMPOUNDRIGHTHYPHENMIN 1\n", "NOHYPHEN a,-,bc\n", "% comment\n", "\n", " \t\n",
      "NEXTLEVEL\n"};
  for (int file = 0; file < 300; ++file) {
    std::string text = pick(2) ? "UTF-8\n" : "ISO8859-1\n";
    const std::size_t lines = 1 + pick(60);
    for (std::size_t l = 0; l < lines; ++l) {
      if (pick(8) == 0) {
        text += extras[pick(extras.size())];
        continue;
      }
      std::string word;
      const std::size_t size = 1 + pick(6);
      for (std::size_t k = 0; k < size; ++k) {
        if (pick(3) == 0) word += static_cast<char>('0' + pick(10));
        word += letters[pick(letters.size())];
      }
      if (pick(3) == 0) word += static_cast<char>('0' + pick(10));
      if (pick(10) == 0) word += "/" + letters[pick(5)] + "=" + letters[pick(5)] +
                                 (pick(2) ? "," + std::to_string(1 + pick(3)) + "," +
                                                std::to_string(1 + pick(3))
                                          : std::string());
      text += word + (pick(10) == 0 ? "\r\n" : "\n");
    }
    INFO("file " << file << ":\n" << text);
    const std::string path = write_temp("random.dic", text);
    if (!ww::HyphenPatterns::read(text)) {  // left to libhyphen: only for these reasons
      CHECK(text.find("NOHYPHEN") != text.rfind("NOHYPHEN"));
      continue;
    }
    compare_file(path);
  }
}
