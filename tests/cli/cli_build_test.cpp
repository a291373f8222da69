// End-to-end tests of the binary: exit codes, determinism on disk, atomic output.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "support/temp_dir.h"

namespace fs = std::filesystem;
using ww::test::TempDir;

namespace {
int run(const std::string& args, const fs::path& cwd, std::string* output = nullptr) {
  fs::path log = cwd / "cli-output.txt";
  std::string cmd = "cd '" + cwd.string() + "' && '" WEGWIJZER_BINARY "' " + args + " > '" +
                    log.string() + "' 2>&1";
  int status = std::system(cmd.c_str());
  if (output) {
    std::ifstream in(log);
    std::stringstream ss;
    ss << in.rdbuf();
    *output = ss.str();
  }
  fs::remove(log);
  return WEXITSTATUS(status);
}

void copy_fixture(const std::string& name, const fs::path& to) {
  fs::copy(fs::path(WEGWIJZER_SOURCE_DIR) / "tests/fixtures" / name, to,
           fs::copy_options::recursive);
}

std::map<std::string, std::string> read_tree(const fs::path& root) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out[fs::relative(e.path(), root).generic_string()] = ss.str();
  }
  return out;
}
}  // namespace

TEST_CASE("cli - exit codes: 0 success, 1 content errors, 2 usage") {
  TempDir t{"cli"};
  copy_fixture("valid-basic", t.path / "goed");
  copy_fixture("invalid-many-errors", t.path / "fout");
  std::string out;
  CHECK(run("--version", t.path, &out) == 0);
  CHECK(out.starts_with("wegwijzer "));
  CHECK(run("--help", t.path, &out) == 0);
  CHECK(out.find("Gebruik: wegwijzer") != std::string::npos);
  CHECK(run("build --onbekend", t.path, &out) == 2);
  CHECK(out.find("Gebruik: wegwijzer") != std::string::npos);
  CHECK(run("vlieg", t.path) == 2);
  CHECK(run("build", t.path / "goed", &out) == 0);
  CHECK(out.find("pagina's in") != std::string::npos);
  CHECK(fs::exists(t.path / "goed/public/index.html"));
  CHECK(run("build --quiet", t.path / "goed", &out) == 0);
  CHECK(out.empty());
  CHECK(run("build", t.path / "fout", &out) == 1);
  CHECK(out.find("content/kader/typen.md:3:10: fout:") != std::string::npos);
  CHECK(run("build --config bestaat-niet.toml", t.path / "goed", &out) == 1);
}

TEST_CASE("cli - a bad number or choice is wrong usage: exit 2 with a Dutch message") {
  TempDir t{"cli"};
  copy_fixture("valid-basic", t.path / "goed");
  const fs::path site = t.path / "goed";
  struct Case {
    std::string args, message;
  };
  const std::vector<Case> cases = {
      {"build --threads abc", "--threads verwacht een getal van 1 tot en met 1024, niet 'abc'"},
      {"build --threads=", "--threads verwacht een getal van 1 tot en met 1024, niet ''"},
      {"build --threads -1", "--threads verwacht een getal van 1 tot en met 1024, niet '-1'"},
      {"build --threads 0", "--threads verwacht een getal van 1 tot en met 1024, niet '0'"},
      {"build --threads 99999999999999999999", "niet '99999999999999999999'"},
      {"build --threads 2x", "niet '2x'"},
      {"check --threads abc", "--threads verwacht een getal van 1 tot en met 1024, niet 'abc'"},
      {"check --threads 4096", "niet '4096'"},
      {"check --format xml", "--format verwacht 'text' of 'json', niet 'xml'"},
      {"serve --port abc", "--port verwacht een getal van 0 tot en met 65535, niet 'abc'"},
      {"serve --port 70000", "niet '70000'"},
      {"init gemeente --naam X --editie 'a b' nieuw", "--editie verwacht een editie"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    std::string out;
    CHECK(run(c.args, site, &out) == 2);
    CHECK(out.starts_with("wegwijzer: "));
    CHECK(out.find(c.message) != std::string::npos);
    CHECK(out.find("interne fout") == std::string::npos);
  }
  CHECK_FALSE(fs::exists(site / "public"));
  CHECK_FALSE(fs::exists(site / "nieuw"));
}

TEST_CASE("cli - two builds are byte-identical") {
  TempDir t{"cli"};
  copy_fixture("valid-basic", t.path / "site");
  REQUIRE(run("build --out een", t.path / "site") == 0);
  REQUIRE(run("build --out twee", t.path / "site") == 0);
  auto a = read_tree(t.path / "site/een");
  auto b = read_tree(t.path / "site/twee");
  REQUIRE(a.size() > 3);
  CHECK(a == b);
}

TEST_CASE("cli - the end of the process frees the build: every file written, exit 0, --zip too") {
  // The build's site, theme and worker threads are left to the end of the process
  // (release_at_exit): the output on several threads is still complete and the same as on one
  // thread, the process still ends, and a second build replaces the first.
  TempDir t{"cli"};
  copy_fixture("valid-basic", t.path / "site");
  const fs::path site = t.path / "site";
  std::string out;
  REQUIRE(run("build --threads 1 --out een", site, &out) == 0);
  INFO(out);
  REQUIRE(run("build --threads 4 --out vier", site, &out) == 0);
  REQUIRE(run("build --threads 4 --out vier", site, &out) == 0);
  const auto one = read_tree(site / "een");
  REQUIRE(one.size() > 3);
  CHECK(read_tree(site / "vier") == one);
  CHECK_FALSE(fs::exists(site / "vier.oud"));
  CHECK_FALSE(fs::exists(site / "vier.nieuw"));
  CHECK(run("build --threads 4 --out zip --zip site.zip", site, &out) == 0);
  CHECK(fs::file_size(site / "site.zip") > 100);
  CHECK(fs::exists(site / "zip/index.html"));
}

TEST_CASE("cli - the files written beside the merges: copied, and their findings stop the build") {
  // A build to disk writes the theme's files and the content's assets while the merges run
  // (PageStreamInput::beside_merges); an SVG with script among them is still an error at its
  // place, the build fails and the previous output stays.
  TempDir t{"cli"};
  copy_fixture("valid-basic", t.path / "site");
  const fs::path site = t.path / "site";
  std::ofstream(site / "content/kader/kaart.svg")
      << "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>\n";
  std::string out;
  REQUIRE(run("build --threads 2", site, &out) == 0);
  INFO(out);
  const auto before = read_tree(site / "public");
  CHECK(before.count("kader/kaart.svg") == 1);
  CHECK(before.count("css/tokens.css") == 1);
  CHECK(before.at("css/tokens.css").find("/*") == std::string::npos);  // comments stripped
  std::ofstream(site / "content/kader/kaart.svg")
      << "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>\n";
  for (const char* threads : {"1", "2"}) {
    INFO("threads " << threads);
    CHECK(run(std::string("build --threads ") + threads, site, &out) == 1);
    CHECK(out.find("content/kader/kaart.svg:2:3: fout: het SVG-bestand bevat <script>") !=
          std::string::npos);
    CHECK(read_tree(site / "public") == before);
    CHECK_FALSE(fs::exists(site / "public.nieuw"));
  }
}

TEST_CASE("cli - a failing build leaves the previous output untouched") {
  TempDir t{"cli"};
  copy_fixture("valid-basic", t.path / "site");
  REQUIRE(run("build", t.path / "site") == 0);
  auto before = read_tree(t.path / "site/public");
  // Break a page and change another: nothing of the new build may appear.
  std::ofstream(t.path / "site/content/kader/twee.md")
      << "+++\ntitle = \"Twee\"\n+++\n[kapot](weg.md)\n";
  std::ofstream(t.path / "site/content/kader/een.md") << "+++\ntitle = \"Nieuw\"\n+++\n";
  CHECK(run("build", t.path / "site") == 1);
  CHECK(read_tree(t.path / "site/public") == before);
  CHECK_FALSE(fs::exists(t.path / "site/public.nieuw"));
}

TEST_CASE("cli - build --timings lists every stage with its time and memory") {
  TempDir t{"cli"};
  copy_fixture("valid-basic", t.path / "site");
  std::string out;
  REQUIRE(run("build --timings --threads 2", t.path / "site", &out) == 0);
  for (const char* stage :
       {"thema en content lezen", "pagina's: parsen, passes, html",
        "samenvoegen: noten, woordenlijst, afkortingen, links", "samenvoegen: zoeken",
        "html afmaken", "templates en pagina's schrijven", "overige bestanden schrijven"}) {
    INFO(stage);
    CHECK(out.find(std::string(" MB  ") + stage + "\n") != std::string::npos);
  }
  CHECK(out.find(" ms ") != std::string::npos);
  // The memory is measured (only with --timings): a process that built a site holds more than 1 MB.
  const std::string last = " MB  overige bestanden schrijven\n";
  const std::size_t at = out.find(last);
  REQUIRE(at != std::string::npos);
  const std::size_t line = out.rfind("ms ", at);
  REQUIRE(line != std::string::npos);
  CHECK(std::stoul(out.substr(line + 3, at - line - 3)) > 0);
  CHECK(run("build --threads 1", t.path / "site", &out) == 0);
  CHECK(out.find(" MB  ") == std::string::npos);  // only with --timings
}
