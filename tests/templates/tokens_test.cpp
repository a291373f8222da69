// The design tokens of the standard theme (docs/tokens.md): every token the theme's CSS reads has a
// default in tokens.css and is documented, and the token files shipped for gemeenten set real
// tokens.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const fs::path kSource = WEGWIJZER_SOURCE_DIR;
const fs::path kCss = kSource / "themes/standaard/static/css";

/// Custom properties a stylesheet defines ("--x: ..."), leaving out comments.
std::set<std::string> defined_in(const std::string& css) {
  const std::string text = std::regex_replace(css, std::regex(R"(/\*[\s\S]*?\*/)"), "");
  std::set<std::string> out;
  static const std::regex def(R"((--[a-z0-9-]+)\s*:)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), def); it != std::sregex_iterator();
       ++it) {
    out.insert((*it)[1]);
  }
  return out;
}

/// Custom properties a stylesheet reads with var() and no fallback.
std::set<std::string> read_in(const std::string& css) {
  std::set<std::string> out;
  static const std::regex use(R"(var\((--[a-z0-9-]+)\s*\))");
  for (auto it = std::sregex_iterator(css.begin(), css.end(), use); it != std::sregex_iterator();
       ++it) {
    out.insert((*it)[1]);
  }
  return out;
}

std::set<std::string> theme_tokens() { return defined_in(slurp(kCss / "tokens.css")); }

}  // namespace

TEST_CASE("tokens - every token the theme's CSS reads has a default in tokens.css") {
  const auto tokens = theme_tokens();
  REQUIRE(tokens.size() > 100);
  int sheets = 0;
  for (const auto& e : fs::directory_iterator(kCss)) {
    if (e.path().extension() != ".css") continue;
    ++sheets;
    for (const auto& t : read_in(slurp(e.path()))) {
      INFO(e.path().filename().string() << " reads " << t);
      CHECK(tokens.count(t) == 1);
    }
  }
  CHECK(sheets >= 3);
}

TEST_CASE("tokens - docs/tokens.md lists every token of tokens.css") {
  const std::string doc = slurp(kSource / "docs/tokens.md");
  for (const auto& t : theme_tokens()) {
    INFO(t);
    CHECK(doc.find("`" + t + "`") != std::string::npos);
  }
}

TEST_CASE("tokens - the Krimpenerwaard example sets only real theme tokens, on its theme class") {
  const std::string css = slurp(kSource / "examples/krimpenerwaard/tokens.css");
  CHECK(css.find(".krimpenerwaard-theme {") != std::string::npos);
  const auto tokens = theme_tokens();
  const auto set = defined_in(css);
  CHECK(set.size() >= 5);
  for (const auto& t : set) {
    INFO(t);
    CHECK(tokens.count(t) == 1);
  }
}

TEST_CASE("tokens - the dark defaults only override light defaults") {
  const std::string css = slurp(kCss / "tokens.css");
  const auto at = css.find("@media (prefers-color-scheme: dark)");
  REQUIRE(at != std::string::npos);
  const auto light = defined_in(css.substr(0, at));
  const auto dark = defined_in(css.substr(at));
  CHECK(dark.size() >= 10);
  for (const auto& t : dark) {
    INFO(t);
    CHECK(light.count(t) == 1);
  }
}
