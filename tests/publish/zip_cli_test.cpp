// `wegwijzer build --zip`: the zip on disk, its sha256 the same for two builds; and the meta
// tags of the real theme when base_url is set.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/temp_dir.h"

namespace fs = std::filesystem;
using ww::test::TempDir;

namespace {
std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Runs a shell command in the source folder; returns its exit status and stdout+stderr.
int sh(const std::string& cmd, std::string& output) {
  output.clear();
  FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, p)) output.append(buf, n);
  return ::pclose(p);
}

std::string sha256(const fs::path& file) {
  std::string out;
  if (sh("sha256sum '" + file.string() + "'", out) != 0) return "sha256sum faalde: " + out;
  return out.substr(0, 64);
}
}  // namespace

TEST_CASE(
    "zip cli - build --zip DIR writes <short_name>-<versie>.zip, two builds have the same sha256") {
  TempDir t{"zip"};
  std::string out;
  const std::string bin = WEGWIJZER_BINARY;
  REQUIRE(sh("'" + bin + "' build --quiet --out '" + (t.path / "een").string() + "' --zip '" +
                 (t.path / "dist1").string() + "/'",
             out) == 0);
  INFO(out);
  REQUIRE(sh("'" + bin + "' build --out '" + (t.path / "twee").string() + "' --zip '" +
                 (t.path / "dist2.zip").string() + "'",
             out) == 0);
  CHECK(out.find("zip: " + (t.path / "dist2.zip").string() + " (") != std::string::npos);
  const fs::path one = t.path / "dist1/richtinggevend-kader-2024.03.zip";
  REQUIRE(fs::exists(one));
  REQUIRE(fs::exists(t.path / "dist2.zip"));
  const std::string sum = sha256(one);
  INFO("sha256 " << sum);
  CHECK(sum.size() == 64);
  CHECK(sum == sha256(t.path / "dist2.zip"));
  // The copy in the site is the same zip.
  CHECK(read(one) == read(t.path / "een/richtinggevend-kader-2024.03.zip"));
  // unzip (Info-ZIP) agrees: one top folder with index.html.
  REQUIRE(sh("unzip -Z1 '" + one.string() + "'", out) == 0);
  CHECK(out.find("richtinggevend-kader-2024.03/index.html\n") != std::string::npos);
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(line.rfind("richtinggevend-kader-2024.03/", 0) == 0);
  }
}

TEST_CASE(
    "zip cli - with base_url: sitemap.xml, canonical links and Open Graph tags in the real theme") {
  TempDir t{"zip"};
  const fs::path src = fs::current_path();
  std::string config = read(src / "site-config.toml");
  const std::string content = fs::relative(src / "content", t.path).generic_string();
  const auto at = config.find("content_dir = \"content\"");
  REQUIRE(at != std::string::npos);
  config.replace(at, 23,
                 "content_dir = \"" + content + "\"\ntoegestane_mappen = [\"" + content +
                     "\"]\nbase_url = \"https://kader.example.nl/\"");
  std::ofstream(t.path / "site-config.toml") << config;
  std::string out;
  REQUIRE(sh("'" WEGWIJZER_BINARY "' build --quiet --config '" +
                 (t.path / "site-config.toml").string() + "'",
             out) == 0);
  INFO(out);
  const fs::path pub = t.path / "public";
  const std::string sitemap = read(pub / "sitemap.xml");
  CHECK(sitemap.find("<loc>https://kader.example.nl/basiskenmerken/05-brede-blik.html</loc>") !=
        std::string::npos);
  CHECK(read(pub / "robots.txt").find("Sitemap: https://kader.example.nl/sitemap.xml") !=
        std::string::npos);
  const std::string page = read(pub / "basiskenmerken/05-brede-blik.html");
  CHECK(page.find("<link rel=\"canonical\" "
                  "href=\"https://kader.example.nl/basiskenmerken/05-brede-blik.html\">") !=
        std::string::npos);
  CHECK(page.find("<meta property=\"og:url\" "
                  "content=\"https://kader.example.nl/basiskenmerken/05-brede-blik.html\">") !=
        std::string::npos);
  CHECK(page.find("<meta property=\"og:title\" content=\"") != std::string::npos);
  CHECK(page.find("<meta name=\"dcterms.hasVersion\" content=\"2024.03\">") != std::string::npos);
  CHECK(page.find("<meta name=\"dcterms.modified\" content=\"2024-03-01\">") != std::string::npos);
  // The normal build (no base_url) has none of them.
  REQUIRE(sh("'" WEGWIJZER_BINARY "' build --quiet --out '" + (t.path / "zonder").string() + "'",
             out) == 0);
  CHECK_FALSE(fs::exists(t.path / "zonder/sitemap.xml"));
  CHECK(read(t.path / "zonder/basiskenmerken/05-brede-blik.html").find("rel=\"canonical\"") ==
        std::string::npos);
  CHECK(read(t.path / "zonder/index.html").find("Lees wat er veranderd is") != std::string::npos);
}
