// `wegwijzer check` as an editor runs it: on the repository's own content, and on fixture
// sites on disk with one problem each.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "json_value.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using ww::test::TempDir;

namespace {
int run(const std::string& args, const fs::path& cwd, std::string* out,
        std::string* err = nullptr) {
  static int n = 0;
  const fs::path o =
      fs::temp_directory_path() /
      ("wegwijzer-check-out-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
  const std::string cmd = "cd '" + cwd.string() + "' && '" WEGWIJZER_BINARY "' " + args + " > '" +
                          o.string() + ".1' 2> '" + o.string() + ".2'";
  const int status = std::system(cmd.c_str());
  auto slurp = [](const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  if (out) *out = slurp(o.string() + ".1");
  if (err) *err = slurp(o.string() + ".2");
  fs::remove(o.string() + ".1");
  fs::remove(o.string() + ".2");
  return WEXITSTATUS(status);
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

/// A small valid site on disk; `extra` files are added on top.
fs::path site(const TempDir& t, const std::string& name,
              const std::vector<std::pair<std::string, std::string>>& extra) {
  const fs::path root = t.path / name;
  write(root / "site-config.toml", "title = \"Test\"\n");
  write(root / "content/_index.md",
        "+++\ntitle = \"Home\"\nkort = \"U vindt hier alles over de toegang.\"\n+++\n"
        "Welkom.\n");
  for (const auto& [path, text] : extra) write(root / path, text);
  return root;
}
}  // namespace

TEST_CASE("check cli - the repository's own content passes") {
  std::string out, err;
  const int code = run("check", WEGWIJZER_SOURCE_DIR, &out, &err);
  INFO(out.substr(out.size() > 4000 ? out.size() - 4000 : 0) << err);
  CHECK(code == 0);
  CHECK(out.find(": fout: ") == std::string::npos);
  CHECK(out.find("0 fouten, ") != std::string::npos);
  CHECK(out.find("per soort samen: 4 van 4 in orde") != std::string::npos);
}

TEST_CASE("check cli - the text of the page-part partials is measured for B1") {
  // The notes section's heading is theme text (partials/noten.mustache), measured like any
  // template's text, not a string in C++ that check never saw.
  std::string out;
  run("check --format json", WEGWIJZER_SOURCE_DIR, &out);
  CHECK(out.find("\"file\":\"themes/standaard/templates/partials/noten.mustache\",\"line\":1,"
                 "\"title\":\"partials/noten\",\"output\":\"\",\"kind\":\"ui\",\"b1\":true") !=
        std::string::npos);
}

TEST_CASE("check cli - --rapport is byte-identical across processes and thread counts") {
  // Separate runs of the real binary on the kader: nothing may depend on the address layout,
  // hash seeds, the clock or the order in which threads finish.
  TempDir t{"check"};
  std::string out;
  std::vector<std::map<std::string, std::string>> reports;
  for (const char* threads : {"1", "2", "4"}) {
    const fs::path dir = t.path / (std::string("rapport-") + threads);
    INFO("--threads " << threads);
    REQUIRE(run("check --threads " + std::string(threads) + " --rapport '" + dir.string() + "'",
                WEGWIJZER_SOURCE_DIR, &out) == 0);
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (!e.is_regular_file()) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      files[fs::relative(e.path(), dir).string()] = ss.str();
    }
    REQUIRE(files.count("index.html"));
    CHECK(files.at("index.html").size() > 10000);  // the kader's report, not an empty page
    reports.push_back(std::move(files));
  }
  CHECK(reports[0] == reports[1]);
  CHECK(reports[0] == reports[2]);
}

TEST_CASE("check cli - fixture sites fail at the right file:line:col") {
  TempDir t{"check"};
  std::string out;
  const fs::path dead = site(t, "dode-link",
                             {{"content/kader/a.md",
                               "+++\ntitle = \"A\"\nkort = \"Kort.\"\n+++\nTekst.\n\n"
                               "Zie [de brede blik](../basiskenmerken/05-brede-blik.md).\n"}});
  CHECK(run("check", dead, &out) == 1);
  CHECK(out.find("content/kader/a.md:7:5: fout: ") != std::string::npos);

  const fs::path bron = site(t, "onbekende-bron",
                             {{"content/bronnen.toml", "[bekend]\ntitel = \"Een bron\"\n"},
                              {"content/kader/a.md",
                               "+++\ntitle = \"A\"\nkort = \"Kort.\"\n+++\n"
                               "Zie [@bekend] en [@onbekend, p. 3].\n"}});
  CHECK(run("check", bron, &out) == 1);
  CHECK(out.find("content/kader/a.md:5:") != std::string::npos);
  CHECK(out.find("onbekend") != std::string::npos);

  const fs::path vit =
      site(t, "vit-dubbele-id",
           {{"content/vit/_index.md", "+++\ntitle = \"VIT\"\nkort = \"Vragen.\"\n+++\n"},
            {"content/vit/05-brede-blik.md",
             "+++\ntitle = \"Brede blik\"\nkort = \"Vragen over breed kijken.\"\nkenmerk = 5\n\n"
             "[[vraag]]\nid = \"5.1\"\ntekst = \"Eerste.\"\n\n"
             "[[vraag]]\nid = \"5.1\"\ntekst = \"Tweede.\"\n+++\n"}});
  CHECK(run("check", vit, &out) == 1);
  CHECK(out.find("content/vit/05-brede-blik.md:11:6: fout: ") != std::string::npos);

  const fs::path kort = site(
      t, "kort-niet-b1",
      {{"content/kader/a.md",
        "+++\ntitle = \"A\"\nkort = \"Dit kader beschrijft de gemeenschappelijke "
        "uitgangspunten en randvoorwaarden van een toegankelijke, integrale en samenhangende "
        "toegang tot ondersteuning, zorg en veiligheid voor alle inwoners.\"\n+++\nTekst.\n"}});
  CHECK(run("check", kort, &out) == 1);
  CHECK(out.find("content/kader/a.md:3:9: fout: zin van 23 woorden in 'kort'") !=
        std::string::npos);
}

TEST_CASE("check cli - --format json, --strict, --rapport and usage errors") {
  TempDir t{"check"};
  const fs::path warn = site(t, "waarschuwing",
                             {{"content/kader/a.md",
                               "+++\ntitle = \"A\"\nkort = \"Kort.\"\n+++\n"
                               "Lees [klik hier](../_index.md).\n"}});
  std::string out, err;
  CHECK(run("check", warn, &out) == 0);
  CHECK(out.find("content/kader/a.md:5:6: waarschuwing: linktekst 'klik hier'") !=
        std::string::npos);
  CHECK(run("check --strict", warn, &out) == 1);

  CHECK(run("check --format json --strict", warn, &out) == 1);
  const ww::test::Json j = ww::test::parse_json(out);
  CHECK(j["summary"]["exit_code"].n == 1);
  CHECK(j["summary"]["errors"].n == 0);
  CHECK(j["summary"]["warnings"].n >= 1);

  CHECK(run("check --rapport rapport", warn, &out, &err) == 0);
  CHECK(fs::is_regular_file(warn / "rapport/index.html"));
  CHECK(fs::is_regular_file(warn / "rapport/rapport.js"));
  CHECK(fs::is_regular_file(warn / "rapport/rapport.css"));
  CHECK(err.find("rapport/index.html") != std::string::npos);
  CHECK_FALSE(fs::exists(warn / "public"));  // check writes no site

  CHECK(run("check --format xml", warn, &out, &err) == 2);
  CHECK(err.find("--format verwacht 'text' of 'json'") != std::string::npos);
  CHECK(run("check --onbekend", warn, &out, &err) == 2);
  CHECK(run("check --afbreekpatronen /nonexistent.dic", warn, &out, &err) == 1);
  CHECK(out.find("hyphen-nl") != std::string::npos);
}

TEST_CASE(
    "check cli - --rapport replaces only an empty folder or an earlier report, never the sources") {
  TempDir t{"check"};
  const fs::path s = site(t, "rapportmap", {});
  const std::string page =
      "+++\ntitle = \"Home\"\nkort = \"U vindt hier alles over de toegang.\"\n+++\nWelkom.\n";
  std::string out, err;

  // The sources: the content folder, the site folder itself and its parent are refused; nothing
  // changes.
  for (const char* dir : {"content", ".", ".."}) {
    INFO(dir);
    CHECK(run(std::string("check --rapport ") + dir, s, &out, &err) == 1);
    CHECK(err.find("--rapport: fout: uitvoermap '") != std::string::npos);
    CHECK_FALSE(fs::exists(s / "content/index.html"));
    std::ifstream in(s / "content/_index.md");
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(ss.str() == page);
  }

  // A folder with someone else's files is refused and kept as it was.
  write(s / "papieren/belangrijk.txt", "bewaren\n");
  CHECK(run("check --rapport papieren", s, &out, &err) == 1);
  CHECK(err.find("niet door wegwijzer gemaakt") != std::string::npos);
  CHECK(fs::is_regular_file(s / "papieren/belangrijk.txt"));
  CHECK_FALSE(fs::exists(s / "papieren/index.html"));

  // A new folder, then the earlier report is replaced as a whole (no stale files stay behind).
  CHECK(run("check --rapport rapport", s, &out, &err) == 0);
  REQUIRE(fs::is_regular_file(s / "rapport/index.html"));
  write(s / "rapport/oud.html", "oud\n");
  CHECK(run("check --rapport rapport", s, &out, &err) == 0);
  CHECK(fs::is_regular_file(s / "rapport/index.html"));
  CHECK_FALSE(fs::exists(s / "rapport/oud.html"));
  CHECK_FALSE(fs::exists(s / "rapport.nieuw"));
  CHECK_FALSE(fs::exists(s / "rapport.oud"));
}

TEST_CASE("check cli - with a broken config, --rapport still never replaces someone's folder") {
  // The config's error is reported, and the report folder is still checked: a folder with
  // someone else's files, or a link to one, keeps every file.
  TempDir t{"check"};
  const fs::path s = site(t, "kapotteconfig", {});
  write(s / "site-config.toml", "title = \"Test\"\n[kapot\n");
  write(t.path / "papieren/belangrijk.txt", "bewaren\n");
  write(t.path / "papieren/sub/ook.txt", "ook\n");
  fs::create_directory_symlink(t.path / "papieren", s / "link");
  std::string out, err;
  for (const char* dir : {"../papieren", "link"}) {
    INFO(dir);
    CHECK(run(std::string("check --rapport ") + dir, s, &out, &err) == 1);
    CHECK(err.find("site-config.toml:") != std::string::npos);  // the config's own error
    CHECK(err.find("--rapport: fout: ") != std::string::npos);
    CHECK(fs::is_regular_file(t.path / "papieren/belangrijk.txt"));
    CHECK(fs::is_regular_file(t.path / "papieren/sub/ook.txt"));
    CHECK_FALSE(fs::exists(t.path / "papieren/index.html"));
  }
  CHECK(fs::is_symlink(s / "link"));
}

TEST_CASE(
    "check cli - --alleen-lokaal: only the gemeente's own files, B1 rules on its aanvullingen") {
  std::string all, local;
  run("check --format json --config examples/krimpenerwaard/site-config.toml", WEGWIJZER_SOURCE_DIR,
      &all);
  run("check --alleen-lokaal --format json --config examples/krimpenerwaard/site-config.toml",
      WEGWIJZER_SOURCE_DIR, &local);
  const ww::test::Json a = ww::test::parse_json(all), l = ww::test::parse_json(local);
  std::size_t vng = 0;
  for (const auto& d : a["diagnostics"].items)
    vng += d["file"].s.find("../../content/") != std::string::npos;
  CHECK(vng > 0);  // the kader's own findings are there without the filter
  REQUIRE_FALSE(l["diagnostics"].items.empty());
  bool b1_on_aanvulling = false;
  for (const auto& d : l["diagnostics"].items) {
    INFO(d["file"].s);
    CHECK(d["file"].s.rfind("examples/krimpenerwaard/", 0) == 0);
    CHECK(d["file"].s.find("../") == std::string::npos);
    b1_on_aanvulling =
        b1_on_aanvulling || (d["file"].s.find(".aanvulling.md") != std::string::npos &&
                             d["rule"].s.rfind("b1-", 0) == 0);
  }
  CHECK(b1_on_aanvulling);
  CHECK(l["summary"]["errors"].n + l["summary"]["warnings"].n <
        a["summary"]["errors"].n + a["summary"]["warnings"].n);
}

TEST_CASE("check cli - counts the content's pages, not the pages the build makes itself") {
  // The kader has VIT pages, whose results and compare pages the build inserts among them.
  std::size_t sources = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(WEGWIJZER_SOURCE_DIR) / "content"))
    if (e.is_regular_file() && e.path().extension() == ".md") ++sources;
  std::string out;
  run("check --zonder-taal", WEGWIJZER_SOURCE_DIR, &out);
  INFO(out);
  CHECK(out.find(" in " + std::to_string(sources) + " pagina's") != std::string::npos);
}
