#include "editions/previous_edition.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "config/site_config.h"
#include "core/module.h"
#include "editions/git_module.h"

using namespace ww;

namespace {
const char* kPage = "+++\ntitle = \"Home\"\n+++\nTekst.\n";

std::string all(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.items) out += format_diagnostic(x) + "\n";
  return out;
}

std::string run(const std::string& cmd) {
  int rc = std::system((cmd + " >/dev/null 2>&1").c_str());
  return rc == 0 ? std::string() : "mislukt: " + cmd;
}
}  // namespace

TEST_CASE("editions config - [edities] keys, and nothing when unset") {
  Diagnostics d;
  auto c = parse_site_config(
      "title = \"T\"\n[edities]\nvorige = \"oud/content\"\nnaam = \"2024.03\"\n", "site.toml", d);
  INFO(all(d));
  CHECK_FALSE(d.has_errors());
  CHECK(c.edities.vorige == "oud/content");
  CHECK(c.edities.naam == "2024.03");
  CHECK(c.edities.vorige_pos.line == 3);
  CHECK(c.edities.set());

  Diagnostics none;
  auto plain = parse_site_config("title = \"T\"\n", "site.toml", none);
  CHECK_FALSE(plain.edities.set());
  MemoryFileSystem fs;
  fs.add("content/_index.md", kPage);
  CHECK_FALSE(load_previous_edition(fs, plain, nullptr, none).has_value());
  CHECK_FALSE(none.has_errors());

  Diagnostics both;
  parse_site_config("title = \"T\"\n[edities]\nvorige = \"a\"\nvorige_ref = \"b\"\n", "site.toml",
                    both);
  CHECK(both.has_errors());
  Diagnostics unknown;
  parse_site_config("title = \"T\"\n[edities]\nvorig = \"a\"\n", "site.toml", unknown);
  CHECK(unknown.has_errors());
}

TEST_CASE("previous edition - from a folder, and a missing folder is an error at the config key") {
  MemoryFileSystem fs;
  fs.add("site/content/_index.md", kPage);
  fs.add("site/oud/_index.md", "+++\ntitle = \"Vroeger\"\n+++\nOude tekst.\n");
  Diagnostics d;
  auto c =
      parse_site_config("title = \"T\"\n[edities]\nvorige = \"oud\"\n", "site/site-config.toml", d);
  auto prev = load_previous_edition(fs, c, nullptr, d);  // a folder needs no git
  INFO(all(d));
  REQUIRE(prev.has_value());
  CHECK(prev->naam == "oud");
  REQUIRE(prev->content.pages.size() == 1);
  CHECK(prev->content.pages[0].title == "Vroeger");

  Diagnostics e;
  auto bad = parse_site_config("title = \"T\"\n\n[edities]\n  vorige = \"bestaat-niet\"\n",
                               "site/site-config.toml", e);
  CHECK_FALSE(load_previous_edition(fs, bad, nullptr, e).has_value());
  REQUIRE(e.has_errors());
  CHECK(all(e).find("site/site-config.toml:4:") != std::string::npos);
  CHECK(all(e).find("bestaat niet") != std::string::npos);
}

TEST_CASE(
    "previous edition - from a git ref (libgit2 in the git module), and an unknown ref is an "
    "error at the config key") {
  namespace fsys = std::filesystem;
  fsys::path dir = fsys::temp_directory_path() / ("ww-editions-git-" + std::to_string(::getpid()));
  fsys::remove_all(dir);
  fsys::create_directories(dir / "content");
  auto write = [&](const std::string& rel, const std::string& text) {
    std::ofstream(dir / rel) << text;
  };
  write("site-config.toml", "title = \"T\"\n[edities]\nvorige_ref = \"v1\"\n");
  write("content/_index.md", "+++\ntitle = \"Eerste\"\n+++\nOude tekst.\n");
  const std::string git =
      "git -C '" + dir.string() + "' -c user.name=t -c user.email=t@example.org ";
  REQUIRE(run(git + "init -q") == "");
  REQUIRE(run(git + "add -A") == "");
  REQUIRE(run(git + "commit -q -m een") == "");
  REQUIRE(run(git + "tag v1") == "");
  write("content/_index.md", "+++\ntitle = \"Tweede\"\n+++\nNieuwe tekst.\n");

  DiskFileSystem fs;
  // The module of this build, found the way the binary finds it (core/module.h).
  ModuleGitReader reader(module_dirs(WEGWIJZER_BINARY));
  Diagnostics d;
  auto c = load_site_config(fs, (dir / "site-config.toml").string(), d);
  auto prev = load_previous_edition(fs, c, &reader, d);
  INFO(all(d));
  REQUIRE(prev.has_value());
  CHECK(prev->naam == "v1");
  REQUIRE(prev->content.pages.size() == 1);
  CHECK(prev->content.pages[0].title == "Eerste");  // the tagged text, not the working tree

  write("site-config.toml", "title = \"T\"\n[edities]\nvorige_ref = \"v9\"\n");
  Diagnostics e;
  auto c2 = load_site_config(fs, (dir / "site-config.toml").string(), e);
  CHECK_FALSE(load_previous_edition(fs, c2, &reader, e).has_value());
  CHECK(all(e).find("site-config.toml:3:") != std::string::npos);
  CHECK(all(e).find("git kent 'v9' niet") != std::string::npos);

  // Without the git module: an error at the config key that names the module and every folder
  // it looked in, and no previous edition (the build stops; nothing is written).
  write("site-config.toml", "title = \"T\"\n[edities]\nvorige_ref = \"v1\"\n");
  const std::string empty = (dir / "leeg").string();
  ModuleGitReader missing({empty + "/a", empty + "/b"});
  Diagnostics m;
  auto c3 = load_site_config(fs, (dir / "site-config.toml").string(), m);
  CHECK_FALSE(load_previous_edition(fs, c3, &missing, m).has_value());
  REQUIRE(m.has_errors());
  CHECK(all(m).find("site-config.toml:3:") != std::string::npos);
  CHECK(all(m).find("wegwijzer-git.so") != std::string::npos);
  CHECK(all(m).find("niet gevonden") != std::string::npos);
  CHECK(all(m).find(empty + "/a, " + empty + "/b") != std::string::npos);
  // A program without git at all (null) says so too.
  Diagnostics n;
  CHECK_FALSE(load_previous_edition(fs, c3, nullptr, n).has_value());
  CHECK(n.has_errors());
  fsys::remove_all(dir);
}
