// The reproducible zip writer: fixed order, timestamps, permissions, no extra fields.
#include "publish/zip_writer.h"

#include <catch2/catch.hpp>

#include "core/module.h"
#include "publish/zip_reader.h"

using namespace ww;
using namespace ww::test;

namespace {
std::string zip_or_fail(const std::map<std::string, std::string>& files, const ZipSettings& s) {
  std::string error;
  auto bytes = make_zip(files, s, module_dirs(WEGWIJZER_BINARY), error);
  INFO(error);
  REQUIRE(bytes);
  return *bytes;
}
}  // namespace

TEST_CASE("zip writer - dos timestamp from the publication date") {
  auto t = dos_timestamp("2024-03-01");
  CHECK(t.time == 0);
  CHECK(t.date == (((2024 - 1980) << 9) | (3 << 5) | 1));
  // Empty, malformed or before 1980: the zip format's first day.
  const std::uint16_t first = (0 << 9) | (1 << 5) | 1;
  CHECK(dos_timestamp("").date == first);
  CHECK(dos_timestamp("1970-01-01").date == first);
  CHECK(dos_timestamp("maart 2024").date == first);
  CHECK(dos_timestamp("2024-13-01").date == first);
}

TEST_CASE("zip writer - entries sorted under one top folder, fixed time and mode, no extras") {
  std::map<std::string, std::string> files = {
      {"index.html", "<!DOCTYPE html><title>x</title>" + std::string(2000, 'a')},
      {"css/site.css", "body{}"},
      {"img/logo.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(100, '\0')},
      {"a b/é.html", "utf-8 naam"},
  };
  const std::string bytes = zip_or_fail(files, {"kader-2024.03", "2024-03-01"});
  RawZip z = parse_zip(bytes);
  INFO(z.error);
  REQUIRE(z.ok);
  REQUIRE(z.entries.size() == 4);
  CHECK(z.entries[0].name == "kader-2024.03/a b/é.html");
  CHECK(z.entries[1].name == "kader-2024.03/css/site.css");
  CHECK(z.entries[2].name == "kader-2024.03/img/logo.png");
  CHECK(z.entries[3].name == "kader-2024.03/index.html");
  const auto date = dos_timestamp("2024-03-01").date;
  for (const auto& e : z.entries) {
    INFO(e.name);
    CHECK(e.dos_time == 0);
    CHECK(e.dos_date == date);
    CHECK(e.local_dos_time == 0);
    CHECK(e.local_dos_date == date);
    CHECK((e.made_by >> 8) == 3);                     // Unix
    CHECK((e.external_attributes >> 16) == 0100644);  // regular file rw-r--r--
    CHECK(e.central_extra_length == 0);               // no extended timestamps or uid/gid
    CHECK(e.local_extra_length == 0);
  }
  CHECK(z.entries[2].method == 0);  // png: stored
  CHECK(z.entries[3].method == 8);  // html: deflated
  CHECK(z.comment_length == 0);
  // The contents come back unchanged.
  auto back = unzip(bytes);
  REQUIRE(back.size() == 4);
  for (const auto& [path, content] : files) CHECK(back["kader-2024.03/" + path] == content);
}

TEST_CASE("zip writer - same files give the same bytes, a changed date or file does not") {
  std::map<std::string, std::string> files = {{"index.html", "hallo"}, {"b.html", "b"}};
  const std::string a = zip_or_fail(files, {"top", "2024-03-01"});
  const std::string b = zip_or_fail(files, {"top", "2024-03-01"});
  CHECK(a == b);
  CHECK(zip_or_fail(files, {"top", "2024-04-01"}) != a);
  files["b.html"] = "c";
  CHECK(zip_or_fail(files, {"top", "2024-03-01"}) != a);
}

TEST_CASE("zip writer - without a top folder entries are at the root, no files is an error") {
  const std::string bytes = zip_or_fail({{"index.html", "x"}}, {"", ""});
  RawZip z = parse_zip(bytes);
  REQUIRE(z.ok);
  REQUIRE(z.entries.size() == 1);
  CHECK(z.entries[0].name == "index.html");
  std::string error;
  CHECK_FALSE(make_zip({}, {"top", "2024-03-01"}, module_dirs(WEGWIJZER_BINARY), error));
  CHECK(error.find("geen bestanden") != std::string::npos);
}

TEST_CASE(
    "zip writer - every entry name is checked: no absolute path, '..', backslash or control "
    "character") {
  const std::vector<std::string> bad = {
      "/etc/passwd", "../buiten.html", "a/../../b", "a\\b.html",    std::string("a\0b", 3),
      "a/./b",       "a//b",           "map/",      "regel\neinde", ""};
  for (const auto& name : bad) {
    INFO(name);
    CHECK_FALSE(zip_entry_name_problem(name).empty());
    std::string error;
    CHECK_FALSE(make_zip({{name, "x"}}, {"", "2024-03-01"}, module_dirs(WEGWIJZER_BINARY), error));
    CHECK(error.find("ongeldige naam") != std::string::npos);
  }
  // A top folder made of an unchecked versie would put every entry outside the archive's folder.
  std::string error;
  CHECK_FALSE(make_zip({{"index.html", "x"}}, {"x/../../../tmp/evil", "2024-03-01"},
                       module_dirs(WEGWIJZER_BINARY), error));
  for (const char* ok : {"index.html", "a b/é.html", "kader-2024.03/css/site.css", ".wegwijzer"}) {
    INFO(ok);
    CHECK(zip_entry_name_problem(ok).empty());
  }
}

TEST_CASE("zip writer - the archive comment is written and read back") {
  const std::string bytes =
      zip_or_fail({{"index.html", "x"}}, {"top", "2024-03-01", "Wegwijzer-site kader"});
  CHECK(zip_archive_comment(bytes) == std::optional<std::string>("Wegwijzer-site kader"));
  CHECK(zip_archive_comment(zip_or_fail({{"index.html", "x"}}, {"top", "2024-03-01"})) ==
        std::optional<std::string>(""));
  CHECK_FALSE(zip_archive_comment("geen zip"));
  CHECK_FALSE(zip_archive_comment(""));
}

TEST_CASE("zip writer - without the zip module: a Dutch error that names it and where it looked") {
  const std::string empty = WEGWIJZER_BINARY + std::string(".geen-modules");
  std::string error;
  CHECK_FALSE(make_zip({{"index.html", "x"}}, {"", "2024-03-01"}, {empty}, error));
  CHECK(error.find("wegwijzer-zip.so") != std::string::npos);
  CHECK(error.find("het zip-bestand te maken") != std::string::npos);
  CHECK(error.find(empty) != std::string::npos);
}
