#include "check/output.h"

#include <catch2/catch.hpp>

#include "json_value.h"
#include "support/mini_site.h"

using namespace ww;

namespace {
CheckResult sample() {
  MemoryFileSystem fs = test::mini_site(R"x(-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
kort = """
Deze samenvatting beschrijft op hoofdlijnen de gemeenschappelijke uitgangspunten, de randvoorwaarden en de basiskenmerken van een toegankelijke, integrale en samenhangende toegang voor inwoners.
"""
+++
Zie "de [brede blik](b.md)".

Lees [klik hier](../_index.md).
)x");
  CheckOptions o;
  o.build.threads = 1;
  return run_check(fs, o);
}
}  // namespace

TEST_CASE("output - text: one finding a line, compiler style, then the summary") {
  CheckResult r = sample();
  const std::string out = check_text(r);
  INFO(out);
  CHECK(out.find("content/_index.md:4:1: fout: zin van 22 woorden in 'kort'") != std::string::npos);
  CHECK(out.find("content/_index.md:7:9: fout: ") != std::string::npos);  // the dead link
  CHECK(out.find("\n  hint: ") != std::string::npos);
  const std::string last = out.substr(out.rfind('\n', out.size() - 2) + 1);
  CHECK(last.find(std::to_string(r.diags.count(Severity::error)) + " fouten, ") == 0);
  CHECK(last.find("in 1 pagina; taaltoets: ") != std::string::npos);
}

TEST_CASE("output - JSON: the same findings and the measures, in a fixed shape") {
  CheckResult r = sample();
  const test::Json j = test::parse_json(check_json(r, true));
  CHECK(j["version"].n == 1);
  const auto& summary = j["summary"];
  CHECK(summary["errors"].n == static_cast<double>(r.diags.count(Severity::error)));
  CHECK(summary["warnings"].n == static_cast<double>(r.diags.count(Severity::warning)));
  CHECK(summary["notes"].n == static_cast<double>(r.diags.count(Severity::note)));
  CHECK(summary["pages"].n == 1);
  CHECK(summary["strict"].b);
  CHECK(summary["exit_code"].n == 1);

  const auto& diags = j["diagnostics"];
  REQUIRE(diags.kind == test::Json::array);
  REQUIRE(diags.items.size() == r.diags.items.size());
  for (std::size_t i = 0; i < diags.items.size(); ++i) {
    const auto& d = diags[i];
    for (const char* key : {"file", "line", "column", "severity", "message", "hint", "rule"})
      CHECK(d.has(key));
    CHECK(d["file"].s == r.diags.items[i].pos.file);
    CHECK(d["line"].n == r.diags.items[i].pos.line);
    CHECK(d["message"].s == r.diags.items[i].message);
    const std::string sev = d["severity"].s;
    CHECK((sev == "error" || sev == "warning" || sev == "note"));
  }
  bool found_long = false;
  for (const auto& d : diags.items)
    if (d["rule"].s == "b1-zinslengte") {
      found_long = true;
      CHECK(d["file"].s == "content/_index.md");
      CHECK(d["line"].n == 4);
      CHECK(d["column"].n == 1);
      CHECK(d["severity"].s == "error");
    }
  CHECK(found_long);

  const auto& lang = j["language"];
  CHECK(lang["ran"].b);
  CHECK(lang["thresholds"]["max_woorden_per_zin"].n == 12);
  CHECK(lang["thresholds"]["max_zinslengte"].n == 20);
  CHECK(lang["thresholds"]["min_flesch_douma"].n == 65);
  CHECK(lang["thresholds"]["min_woorden_meting"].n == 100);
  REQUIRE(lang["groups"].items.size() >= 1);
  CHECK(lang["groups"][0]["group"].s == "kort");
  const auto& texts = lang["texts"];
  REQUIRE(texts.items.size() >= 2);
  const auto& kort = texts[0];
  CHECK(kort["kind"].s == "kort");
  CHECK(kort["b1"].b);
  CHECK_FALSE(kort["meets"].b);
  CHECK(kort["words"].n == 22);
  CHECK(kort["sentences"].n == 1);
  CHECK(kort["words_per_sentence"].n == 22);
  CHECK(kort["flesch_douma"].n == Approx(r.texts[0].analysis.metrics.flesch_douma).margin(0.001));
  REQUIRE(kort["long_sentences"].items.size() == 1);
  CHECK(kort["long_sentences"][0]["line"].n == 4);
  CHECK(kort["long_sentences"][0]["words"].n == 22);
  REQUIRE(kort["difficult_words"].items.size() >= 1);
  for (const auto& w : kort["difficult_words"].items) {
    CHECK(w.has("word"));
    CHECK(w.has("sentence"));
    CHECK((w["reason"].s == "long" || w["reason"].s == "compound"));
  }
  CHECK(texts[1]["kind"].s == "tekst");
  CHECK_FALSE(texts[1]["b1"].b);
}

TEST_CASE("output - JSON strings are escaped") {
  CHECK(json_string("a\"b\\c\nd\x01") == "\"a\\\"b\\\\c\\nd\\u0001\"");
  CHECK(test::parse_json(json_string("één \"x\"\t")).s == "één \"x\"\t");
}
