#include "cli/init_gemeente.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace ww;

TEST_CASE("init gemeente - scaffold holds config, overlay, logo and tokens") {
  auto files = scaffold_gemeente(
      {"Gemeente \"Test\"", "../../content", "test-theme", "2024.03", "0.1.0", ""});
  REQUIRE(files.count("site-config.toml"));
  CHECK(files["site-config.toml"].find("naam = \"Gemeente \\\"Test\\\"\"") != std::string::npos);
  CHECK(files["site-config.toml"].find("content_dir = \"../../content\"") != std::string::npos);
  // No placeholder text inside the overlay (it would be published as if the gemeente wrote it).
  CHECK(files.count("voorbeelden/02-laagdrempelig.aanvulling.md"));
  for (const auto& [path, text] : files)
    if (path.rfind("lokaal/", 0) == 0) CHECK(path == "lokaal/bronnen.toml");
  CHECK(files["site-config.toml"].find("kader_editie = \"2024.03\"") != std::string::npos);
  CHECK(files["scripts/ophalen.sh"].find("WEGWIJZER_VERSIE=${WEGWIJZER_VERSIE:-0.1.0}") !=
        std::string::npos);
  CHECK(files["scripts/ophalen.sh"].find("EIGENAAR/wegwijzer") != std::string::npos);
  CHECK(files["logo.svg"].find("Gemeente &quot;Test&quot;") != std::string::npos);
  CHECK(files["tokens.css"].find(".test-theme {") != std::string::npos);
  // Real NL Design System token names of the standard theme (docs/tokens.md), not made-up ones.
  CHECK(files["tokens.css"].find("--basis-color-accent-1-inverse-bg-document:") !=
        std::string::npos);
  CHECK(files["tokens.css"].find("--basis-color-action-2-color-default:") != std::string::npos);
  CHECK(files["tokens.css"].find("--wegwijzer-") == std::string::npos);
  std::ifstream theme(WEGWIJZER_SOURCE_DIR "/themes/standaard/static/css/tokens.css");
  std::stringstream defaults;
  defaults << theme.rdbuf();
  const std::string& css = files["tokens.css"];
  for (std::size_t at = css.find("  --"); at != std::string::npos; at = css.find("  --", at + 1)) {
    const std::string name = css.substr(at + 2, css.find(':', at) - at - 2);
    INFO(name);
    CHECK(defaults.str().find("  " + name + ":") != std::string::npos);
  }
}

TEST_CASE("init gemeente - the scaffold builds at once with VNG's content") {
  fs::path dir = fs::temp_directory_path() / ("wegwijzer-init-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  std::string cmd = "cd '" WEGWIJZER_SOURCE_DIR "' && '" WEGWIJZER_BINARY
                    "' init gemeente --naam 'Gemeente Proef' "
                    "--kader content '" +
                    dir.string() +
                    "' >/dev/null 2>&1 && '" WEGWIJZER_BINARY "' build --quiet --config '" +
                    (dir / "site-config.toml").string() + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  auto read = [](const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  // The example aanvulling is a placeholder: it stays out of the site until the gemeente moves it.
  std::string page = read(dir / "public/basiskenmerken/02-laagdrempelig.html");
  REQUIRE(!page.empty());
  CHECK(page.find("Zo doen wij dit in Gemeente Proef") == std::string::npos);
  CHECK(page.find("Schrijf hier hoe inwoners") == std::string::npos);
  fs::create_directories(dir / "lokaal/basiskenmerken");
  fs::copy_file(dir / "voorbeelden/02-laagdrempelig.aanvulling.md",
                dir / "lokaal/basiskenmerken/02-laagdrempelig.aanvulling.md");
  REQUIRE(std::system(cmd.substr(cmd.find("&& '" WEGWIJZER_BINARY "' build") + 3).c_str()) == 0);
  CHECK(read(dir / "public/basiskenmerken/02-laagdrempelig.html")
            .find("Zo doen wij dit in Gemeente Proef") != std::string::npos);
  for (const char* f : {"README.md", ".gitignore", "scripts/ophalen.sh",
                        ".github/workflows/publiceren.yml", ".gitlab-ci.yml"})
    CHECK(fs::is_regular_file(dir / f));
  // A second init into the same folder refuses to overwrite it.
  std::string again = "cd '" WEGWIJZER_SOURCE_DIR "' && '" WEGWIJZER_BINARY
                      "' init gemeente --naam X '" +
                      dir.string() + "' >/dev/null 2>&1";
  CHECK(WEXITSTATUS(std::system(again.c_str())) == 1);
  fs::remove_all(dir);
}

TEST_CASE(
    "init gemeente - VNG's content outside the gemeente folder is named in toegestane_mappen") {
  auto outside =
      scaffold_gemeente({"Gemeente Test", "../../content", "test-theme", "2024.03", "0.1.0", ""});
  CHECK(outside["site-config.toml"].find("toegestane_mappen = [\"../../content\"]") !=
        std::string::npos);
  auto inside =
      scaffold_gemeente({"Gemeente Test", "content", "test-theme", "2024.03", "0.1.0", ""});
  CHECK(inside["site-config.toml"].find("toegestane_mappen") == std::string::npos);
}
