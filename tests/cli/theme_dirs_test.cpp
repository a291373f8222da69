#include "cli/theme_dirs.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("theme dirs - installed theme under the binary's prefix before the source checkout") {
  CHECK(builtin_theme_dirs("/usr/bin/wegwijzer", nullptr) ==
        std::vector<std::string>{"/usr/share/wegwijzer/themes", "/usr/themes"});
  CHECK(
      builtin_theme_dirs("/src/ww/build/wegwijzer", "/mijn/themes") ==
      std::vector<std::string>{"/mijn/themes", "/src/ww/share/wegwijzer/themes", "/src/ww/themes"});
  CHECK(builtin_theme_dirs("", "") == std::vector<std::string>{});
  // This process: from /proc/self/exe, not the working folder.
  auto dirs = builtin_theme_dirs();
  REQUIRE(dirs.size() >= 2);
  CHECK(dirs[dirs.size() - 2].find("/share/wegwijzer/themes") != std::string::npos);
  CHECK(dirs.back().front() == '/');
}
