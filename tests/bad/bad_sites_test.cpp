// The bad-input corpus: every case in tests/bad/cases (and the generated ones below) is built
// with the real binary in a folder that already holds a previous public/.
#include <catch2/catch.hpp>

#include "bad/bad_site.h"

namespace fs = std::filesystem;
using namespace ww::bad;

namespace {

std::string report(const std::string& name, const Outcome& o) {
  std::string s = name + ": exit " + std::to_string(o.exit_code) + "\n";
  for (const auto& p : o.problems) s += "  - " + p + "\n";
  return s + "--- output ---\n" + o.output;
}

std::string page(const std::string& title, const std::string& body) {
  return "+++\ntitle = \"" + title + "\"\nweight = 9\nkort = \"x\"\n+++\n" + body;
}

}  // namespace

TEST_CASE(
    "bad input - every case in tests/bad/cases: its messages, exit code, previous public/ kept") {
  int ran = 0;
  for (const auto& dir : case_dirs()) {
    Expectation expect = parse_expectation(read_file(dir / "verwacht.txt"));
    TempDir t("bad");
    Outcome o = run_case(t.path / "site", dir, expect);
    INFO(report(dir.filename().string(), o));
    CHECK(o.problems.empty());
    ++ran;
  }
  CHECK(ran > 0);
}

TEST_CASE("bad input - a 10 MB page builds") {
  TempDir t("bad-groot");
  Expectation e;
  e.exit_code = 0;
  e.files = {"kader/groot.html"};
  e.contains = {{"kader/groot.html", "id=\"deel-4999\""}};
  Outcome o = run_case(t.path / "site", {}, e, [](const fs::path& site) {
    std::string body;
    body.reserve(10'600'000);
    for (int i = 0; body.size() < 10'000'000; ++i) {
      body += "## Deel " + std::to_string(i) + "\n\n";
      for (int p = 0; p < 4; ++p)
        body +=
            "Een alinea met *nadruk*, `code`, een [link](a.md#kop) en een lange zin die doorgaat "
            "over toegang, lokale teams en integrale dienstverlening in de gemeente. Nog meer "
            "tekst "
            "om de pagina groot te maken, met cliënt, één en ĳ erin.\n\n";
      body += "- punt een\n- punt twee\n  - dieper\n\n";
    }
    write_file(site / "content/kader/groot.md", page("Groot", body));
  });
  INFO(report("groot", o));
  CHECK(o.problems.empty());  // how fast: bench/ (a 2 MB page in bench/run.sh)
}

TEST_CASE("bad input - 10,000-deep nested lists and block quotes build without blowing the stack") {
  TempDir t("bad-diep");
  Expectation e;
  e.exit_code = 0;
  e.files = {"kader/lijsten.html", "kader/citaten.html", "kader/gemengd.html"};
  e.contains = {{"kader/lijsten.html", "diepste punt"}, {"kader/citaten.html", "diepste citaat"}};
  Outcome o = run_case(t.path / "site", {}, e, [](const fs::path& site) {
    std::string lists, quotes, mixed, ordered;
    for (int i = 0; i < 10'000; ++i) lists += "- ";
    for (int i = 0; i < 10'000; ++i) quotes += "> ";
    for (int i = 0; i < 5'000; ++i) mixed += "> - ";
    for (int i = 0; i < 10'000; ++i) ordered += "1. ";
    write_file(site / "content/kader/lijsten.md",
               page("Lijsten", lists + "diepste punt\n\n" + ordered + "x\n"));
    write_file(site / "content/kader/citaten.md", page("Citaten", quotes + "diepste citaat\n"));
    write_file(site / "content/kader/gemengd.md",
               page("Gemengd", mixed + "[link](a.md) *x* [^1]\n\n[^1]: noot\n"));
  });
  INFO(report("diep", o));
  CHECK(o.problems.empty());
}

TEST_CASE("bad input - a symlink loop and a dangling symlink in content/") {
  TempDir t("bad-lus");
  Expectation e;
  e.exit_code = 1;
  e.messages = {"content/kader/lus: fout: symbolische link vormt een lus",
                "content/kader/weg.md: fout: symbolische link wijst naar niets"};
  e.without_position = {"symbolische link"};
  Outcome o = run_case(t.path / "site", {}, e, [](const fs::path& site) {
    fs::create_directory_symlink("..", site / "content/kader/lus");
    fs::create_symlink("bestaat-niet.md", site / "content/kader/weg.md");
  });
  INFO(report("symlink", o));
  CHECK(o.problems.empty());
}

TEST_CASE("bad input - the harness itself notices a wrong expectation") {
  // A check that cannot fail proves nothing: a valid site must not meet an error expectation.
  TempDir t("bad-zelf");
  Expectation e;
  e.exit_code = 1;
  e.messages = {"content/kader/a.md:1:1: fout:"};
  Outcome o = run_case(t.path / "site", {}, e);
  CHECK(o.exit_code == 0);
  CHECK(o.problems.size() >= 3);  // exit code, missing message, no "vorige uitvoer" summary
}

TEST_CASE("bad input - a token file over the 40 KB CSS budget builds with a warning") {
  TempDir t("bad-tokens-groot");
  Expectation e;
  e.exit_code = 0;
  e.messages = {"tokens.css:1:1: waarschuwing: het tokenbestand is 47 KB",
                "  hint: het thema leest 1 van de 1001 tokens"};
  e.files = {"css/gemeente-tokens.css"};
  Outcome o = run_case(t.path / "site", {}, e, [](const fs::path& site) {
    write_file(site / "site-config.toml",
               "title = \"Proefsite\"\nversie = \"1.0\"\n\n[thema]\ntokens = "
               "\"tokens.css\"\nklasse = \"groot-theme\"\n");
    std::string css = ".groot-theme {\n  --basis-color-action-2-color-default: #0b5a3a;\n";
    for (int i = 0; i < 1000; ++i)
      css += "  --groot-component-" + std::to_string(i) + "-padding-inline: 0.5rem;\n";
    css += "}\n";
    write_file(site / "tokens.css", css);
  });
  INFO(report("tokens-groot", o));
  CHECK(o.problems.empty());
}
