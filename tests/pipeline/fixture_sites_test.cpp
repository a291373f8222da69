// Fixture sites on disk: tests/fixtures/valid-* must build, invalid-* must fail with exactly
// the errors listed in their expected-errors.txt (each line a prefix of one diagnostic).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {
BuildResult build_fixture(const std::string& name) {
  DiskFileSystem fs;
  BuildOptions o;
  o.config_path = "tests/fixtures/" + name + "/site-config.toml";
  o.theme_dirs = {"themes"};
  return build_memory(fs, o);
}
}  // namespace

TEST_CASE("fixture sites - valid-basic builds with the standard theme") {
  auto r = build_fixture("valid-basic");
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files.count("index.html"));
  CHECK(r.files.count("kader/een.html"));
  CHECK(r.files["kader/een.html"].find("href=\"twee.html#tweede-kop\"") != std::string::npos);
  CHECK(r.files["kader/een.html"].find("rel=\"next\"") != std::string::npos);
  CHECK(r.files.count("css/wegwijzer.css"));
}

TEST_CASE("fixture sites - invalid-many-errors reports every error in one run") {
  auto r = build_fixture("invalid-many-errors");
  CHECK_FALSE(r.ok);
  CHECK(r.files.empty());
  std::ifstream in("tests/fixtures/invalid-many-errors/expected-errors.txt");
  std::string line;
  std::vector<std::string> expected;
  while (std::getline(in, line))
    if (!line.empty()) expected.push_back("tests/fixtures/invalid-many-errors/" + line);
  REQUIRE(expected.size() == 5);
  sort_diagnostics(r.diags.items);
  std::vector<std::string> errors;
  for (const auto& d : r.diags.items)
    if (d.severity == Severity::error) errors.push_back(format_diagnostic(d));
  INFO(r.messages());
  REQUIRE(errors.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) CHECK(errors[i].rfind(expected[i], 0) == 0);
}
