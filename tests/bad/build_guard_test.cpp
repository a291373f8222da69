// What a build may replace and read (issue 23): the real binary with --out and --zip, and
// symbolic links out of the project. Every case here succeeded, destroyed or published
// something before the output marker, the zip check and the confined file system existed.
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>

#include "bad/bad_site.h"
#include "pipeline/build.h"

namespace fs = std::filesystem;
using namespace ww::bad;

namespace {

/// Runs the binary in `dir` with `args`; returns the exit code, stdout+stderr in `output`.
int wegwijzer(const fs::path& dir, const std::string& args, std::string& output) {
  output.clear();
  const std::string cmd = "cd '" + dir.string() + "' && '" WEGWIJZER_BINARY "' " + args + " 2>&1";
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, p)) output.append(buf, n);
  int status = ::pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// The base site of the corpus, built once (public/ exists and carries the marker).
fs::path base_site(const TempDir& t) {
  const fs::path site = t.path / "site";
  fs::copy(fs::path(WEGWIJZER_SOURCE_DIR) / "tests/bad/base", site, fs::copy_options::recursive);
  std::string out;
  REQUIRE(wegwijzer(site, "build --quiet", out) == 0);
  return site;
}

std::string report(const Outcome& o) {
  std::string s = "exit " + std::to_string(o.exit_code) + "\n";
  for (const auto& p : o.problems) s += "  - " + p + "\n";
  return s + "--- output ---\n" + o.output;
}

bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("build guard - --out never replaces a folder the build did not make") {
  TempDir t("guard-out");
  const fs::path site = base_site(t);
  std::string out;
  // A typo like --out ~ : a home folder with a private key.
  write_file(t.path / "thuis/.ssh/id_ed25519", "GEHEIME SLEUTEL");
  CHECK(wegwijzer(site, "build --out '" + (t.path / "thuis").string() + "'", out) == 1);
  INFO(out);
  CHECK(has(out, "--out: fout: uitvoermap '" + (t.path / "thuis").string() +
                     "' is niet leeg en niet door wegwijzer"));
  CHECK(read_file(t.path / "thuis/.ssh/id_ed25519") == "GEHEIME SLEUTEL");
  CHECK_FALSE(fs::exists(t.path / "thuis.oud"));
  CHECK_FALSE(fs::exists(t.path / "thuis.nieuw"));

  // A regular file named as the output stays a file.
  write_file(site / "verslag.txt", "tekst");
  CHECK(wegwijzer(site, "build --out verslag.txt", out) == 1);
  CHECK(has(out, "is geen map maar een bestand"));
  CHECK(read_file(site / "verslag.txt") == "tekst");

  // A symbolic link to a folder is not followed or replaced.
  fs::create_directory(t.path / "elders");
  write_file(t.path / "elders/bewaar.txt", "x");
  fs::create_directory_symlink(t.path / "elders", site / "link");
  CHECK(wegwijzer(site, "build --out link", out) == 1);
  CHECK(has(out, "is een symbolische link"));
  CHECK(fs::is_symlink(site / "link"));
  CHECK(read_file(t.path / "elders/bewaar.txt") == "x");

  // The project folder, its sources and the root of the disk.
  for (const char* dir : {".", "content", "/", ".."}) {
    INFO(dir);
    CHECK(wegwijzer(site, std::string("build --out '") + dir + "'", out) == 1);
    CHECK(has(out, "fout: uitvoermap"));
  }
  CHECK(fs::is_regular_file(site / "content/kader/a.md"));

  // A foreign "<out>.oud" next to the output is not removed either.
  write_file(site / "public.oud/eigen.txt", "van iemand anders");
  CHECK(wegwijzer(site, "build", out) == 1);
  CHECK(has(out, "werkmap 'public.oud' is niet leeg en niet door wegwijzer gemaakt"));
  CHECK(read_file(site / "public.oud/eigen.txt") == "van iemand anders");
  fs::remove_all(site / "public.oud");

  // An empty folder and the build's own output are replaced; the output carries the marker.
  fs::create_directory(site / "leeg");
  CHECK(wegwijzer(site, "build --out leeg", out) == 0);
  CHECK(read_file(site / "leeg/.wegwijzer-uitvoer") ==
        "Deze map is gemaakt door 'wegwijzer build'. Een volgende build vervangt haar helemaal.\n");
  CHECK(wegwijzer(site, "build --out leeg", out) == 0);
  CHECK(fs::is_regular_file(site / "leeg/index.html"));
}

TEST_CASE(
    "build guard - public/ of an older wegwijzer (no marker) is refused with how to remove it") {
  TempDir t("guard-oud");
  const fs::path site = base_site(t);
  fs::remove(site / "public/.wegwijzer-uitvoer");
  const std::string before = read_file(site / "public/index.html");
  std::string out;
  CHECK(wegwijzer(site, "build", out) == 1);
  INFO(out);
  CHECK(has(
      out,
      "site-config.toml: fout: uitvoermap 'public' is niet leeg en niet door wegwijzer gemaakt"));
  CHECK(has(out, "rm -r 'public'"));
  CHECK(read_file(site / "public/index.html") == before);
  fs::remove_all(site / "public");
  CHECK(wegwijzer(site, "build", out) == 0);
}

TEST_CASE(
    "build guard - --zip replaces nothing but an earlier zip of this site, never in the sources") {
  TempDir t("guard-zip");
  const fs::path site = base_site(t);
  const std::string config = read_file(site / "site-config.toml");
  const std::string page = read_file(site / "content/kader/a.md");
  std::string out;
  struct Refused {
    const char* arg;
    const char* message;
  };
  for (const Refused& r : {Refused{"site-config.toml", "zou het configuratiebestand vervangen"},
                           Refused{"content/kader/a.md", "ligt in de contentmap"},
                           Refused{"content/", "ligt in de contentmap"},
                           Refused{"content/kader/", "ligt in de contentmap"},
                           Refused{"public/", "ligt in de uitvoermap"},
                           Refused{"public.nieuw/x.zip", "ligt in de werkmap van de build"}}) {
    INFO(r.arg);
    CHECK(wegwijzer(site, std::string("build --zip ") + r.arg, out) == 1);
    INFO(out);
    CHECK(has(out, r.message));
  }
  CHECK(read_file(site / "site-config.toml") == config);
  CHECK(read_file(site / "content/kader/a.md") == page);
  for (const auto& e : fs::recursive_directory_iterator(site / "content"))
    CHECK(e.path().extension() != ".zip");

  // A file that is not a zip of this site is not overwritten.
  write_file(site / "dist/proefsite-1.0.zip", "geen zip");
  CHECK(wegwijzer(site, "build --zip dist/", out) == 1);
  CHECK(has(out,
            "dist/proefsite-1.0.zip: fout: zip-bestand 'dist/proefsite-1.0.zip' bestaat al en is "
            "geen eerder "
            "zip-bestand van deze site"));
  CHECK(read_file(site / "dist/proefsite-1.0.zip") == "geen zip");
  fs::remove(site / "dist/proefsite-1.0.zip");

  // The site's own earlier zip is replaced, through a temporary file that does not stay behind.
  CHECK(wegwijzer(site, "build --zip dist/", out) == 0);
  CHECK(wegwijzer(site, "build --zip dist/", out) == 0);
  INFO(out);
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(site / "dist"))
    names.push_back(e.path().filename().string());
  CHECK(names == std::vector<std::string>{"proefsite-1.0.zip"});

  // A zip of another site (another short_name) is not replaced.
  write_file(site / "site-config.toml", "title = \"Andere site\"\nversie = \"1.0\"\n");
  CHECK(wegwijzer(site, "build --zip dist/proefsite-1.0.zip", out) == 1);
  CHECK(has(out, "is geen eerder zip-bestand van deze site"));
}

TEST_CASE(
    "build guard - a link to /proc/self/environ is not published, not even by serve's in-memory "
    "build") {
  ::setenv("WEGWIJZER_TEST_GEHEIM", "geheim-token-8c1f", 1);
  TempDir t("guard-environ");
  Expectation e;
  e.exit_code = 1;
  e.messages = {"content/kader/env.txt: fout: symbolische link wijst buiten het project"};
  e.without_position = {"symbolische link wijst buiten het project"};
  Outcome o = run_case(t.path / "site", {}, e, [](const fs::path& site) {
    fs::create_symlink("/proc/self/environ", site / "content/kader/env.txt");
  });
  INFO(report(o));
  CHECK(o.problems.empty());
  for (const auto& f : fs::recursive_directory_iterator(t.path / "site/public"))
    if (f.is_regular_file()) CHECK_FALSE(has(read_file(f.path()), "geheim-token-8c1f"));

  // `serve` builds with the same pipeline into memory: nothing from the link reaches it.
  ww::DiskFileSystem disk;
  ww::MemoryOutput sink;
  ww::Diagnostics diags;
  ww::BuildStats stats;
  ww::BuildOptions options;
  options.config_path = (t.path / "site/site-config.toml").string();
  options.theme_dirs = {std::string(WEGWIJZER_SOURCE_DIR) + "/themes"};
  CHECK_FALSE(ww::build_site(disk, sink, options, diags, stats));
  for (const auto& [path, bytes] : sink.files()) {
    INFO(path);
    CHECK_FALSE(has(bytes, "geheim-token-8c1f"));
  }
  ::unsetenv("WEGWIJZER_TEST_GEHEIM");
}

TEST_CASE("build guard - links out of the project in content, static and assets are errors") {
  TempDir t("guard-links");
  write_file(t.path / "buiten/geheim.txt", "GEHEIM");
  Expectation e;
  e.exit_code = 1;
  e.messages = {"content/kader/wortel: fout: symbolische link wijst buiten het project (naar '/')",
                "static/geheim.txt: fout: symbolische link wijst buiten het project",
                "assets/map: fout: symbolische link wijst buiten het project"};
  e.without_position = {"symbolische link wijst buiten het project"};
  Outcome o = run_case(t.path / "site", {}, e, [&](const fs::path& site) {
    fs::create_directory_symlink("/", site / "content/kader/wortel");
    fs::create_directories(site / "static");
    fs::create_symlink(t.path / "buiten/geheim.txt", site / "static/geheim.txt");
    fs::create_directories(site / "assets");
    fs::create_directory_symlink(t.path / "buiten", site / "assets/map");
  });
  INFO(report(o));
  CHECK(o.problems.empty());
}

TEST_CASE(
    "build guard - a theme folder or logo linked from outside the project is an error with "
    "file:line:col") {
  TempDir t("guard-thema");
  write_file(t.path / "buiten/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  fs::copy(fs::path(WEGWIJZER_SOURCE_DIR) / "themes/standaard", t.path / "buiten/thema",
           fs::copy_options::recursive);
  Expectation e;
  e.exit_code = 1;
  e.messages = {"site-config.toml:3:9: fout: 'theme' wijst naar",
                "site-config.toml:6:8: fout: '[gemeente] logo' wijst naar"};
  Outcome o = run_case(t.path / "site", {}, e, [&](const fs::path& site) {
    fs::create_directories(site / "themes");
    fs::create_directory_symlink(t.path / "buiten/thema", site / "themes/standaard");
    fs::create_symlink(t.path / "buiten/logo.svg", site / "logo.svg");
    write_file(site / "site-config.toml",
               "title = \"Proefsite\"\nversie = \"1.0\"\ntheme = \"standaard\"\n\n[gemeente]\nlogo "
               "= \"logo.svg\"\n");
  });
  INFO(report(o));
  CHECK(o.problems.empty());
}

TEST_CASE(
    "build guard - toegestane_mappen lets a named folder in, and links inside the project are "
    "followed") {
  TempDir t("guard-toegestaan");
  write_file(t.path / "vng/kader/a.md",
             "+++\ntitle = \"A\"\nweight = 1\nkort = \"x\"\n+++\nTekst van de VNG.\n");
  write_file(t.path / "vng/_index.md", "+++\ntitle = \"Home\"\n+++\nWelkom.\n");
  write_file(t.path / "vng/kader/_index.md", "+++\ntitle = \"Kader\"\n+++\n");
  Expectation e;
  e.exit_code = 0;
  e.files = {"kader/a.html", "echt.txt", "link.txt"};
  e.contains = {{"kader/a.html", "Tekst van de VNG."}, {"link.txt", "echte tekst"}};
  Outcome o = run_case(t.path / "site", {}, e, [&](const fs::path& site) {
    write_file(site / "site-config.toml",
               "title = \"Proefsite\"\nversie = \"1.0\"\ncontent_dir = "
               "\"../vng\"\ntoegestane_mappen = [\"../vng\"]\n");
    write_file(site / "static/echt.txt", "echte tekst");
    fs::create_symlink("echt.txt", site / "static/link.txt");
  });
  INFO(report(o));
  CHECK(o.problems.empty());

  // Without the setting the same folder is outside the project.
  TempDir u("guard-niet-toegestaan");
  fs::copy(t.path / "vng", u.path / "vng", fs::copy_options::recursive);
  e = Expectation{};
  e.exit_code = 1;
  e.messages = {"site-config.toml:3:15: fout: 'content_dir' wijst naar"};
  o = run_case(u.path / "site", {}, e, [&](const fs::path& site) {
    write_file(site / "site-config.toml",
               "title = \"Proefsite\"\nversie = \"1.0\"\ncontent_dir = \"../vng\"\n");
  });
  INFO(report(o));
  CHECK(o.problems.empty());
}
