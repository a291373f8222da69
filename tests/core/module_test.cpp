#include "core/module.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace ww;

namespace fsys = std::filesystem;

TEST_CASE("module - looked for in <prefix>/lib/wegwijzer, then lib/wegwijzer beside the binary") {
  CHECK(module_dirs("/opt/ww/bin/wegwijzer") ==
        std::vector<std::string>{"/opt/ww/lib/wegwijzer", "/opt/ww/bin/lib/wegwijzer"});
  CHECK(module_dirs("").empty());
}

TEST_CASE("module - this build's modules load, and a missing, broken or foreign one says why") {
  // The modules of this build, found the way the binary finds them.
  const auto dirs = module_dirs(WEGWIJZER_BINARY);
  for (const char* file :
       {"wegwijzer-git.so", "wegwijzer-http.so", "wegwijzer-zip.so", "wegwijzer-sha1.so"}) {
    std::string problem;
    auto m = load_module(file, "testen", dirs, problem);
    INFO(problem);
    REQUIRE(m.has_value());
    CHECK(problem.empty());
    CHECK(m->path().ends_with(std::string("lib/wegwijzer/") + file));
  }

  const fsys::path dir =
      fsys::temp_directory_path() / ("ww-module-test-" + std::to_string(::getpid()));
  fsys::remove_all(dir);
  fsys::create_directories(dir / "a");
  const std::vector<std::string> search = {(dir / "a").string(), (dir / "b").string()};

  std::string missing;
  CHECK_FALSE(load_module("wegwijzer-git.so", "git te lezen", search, missing).has_value());
  CHECK(missing.find("de module wegwijzer-git.so (nodig om git te lezen) is niet gevonden") !=
        std::string::npos);
  CHECK(missing.find(search[0] + ", " + search[1]) != std::string::npos);

  std::string none;
  CHECK_FALSE(load_module("wegwijzer-git.so", "git te lezen", {}, none).has_value());
  CHECK(none.find("de plaats van het programma is onbekend") != std::string::npos);

  std::ofstream(dir / "a/wegwijzer-git.so") << "geen ELF-bestand\n";
  std::string broken;
  CHECK_FALSE(load_module("wegwijzer-git.so", "git te lezen", search, broken).has_value());
  CHECK(broken.find("kan niet geladen worden") != std::string::npos);

  // A real shared object that is not a module of this build (no wegwijzer_module_build).
  fsys::copy_file(WEGWIJZER_CORE_TEST_FOREIGN_SO, dir / "a/wegwijzer-git.so",
                  fsys::copy_options::overwrite_existing);
  std::string foreign;
  CHECK_FALSE(load_module("wegwijzer-git.so", "git te lezen", search, foreign).has_value());
  CHECK(foreign.find("hoort bij een andere versie van wegwijzer") != std::string::npos);
  fsys::remove_all(dir);
}
