// run_check on small sites held in memory: every validation of the build plus lint and the
// B1 check, each finding at its file:line:col, and the exit code.
#include "check/check.h"

#include <catch2/catch.hpp>
#include <map>
#include <mutex>

#include "support/mini_site.h"

using namespace ww;

namespace {
constexpr const char* kConfig = R"(-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
kort = "U vindt hier alles over de toegang."
+++
Welkom.
)";

CheckResult check(const std::string& spec) {
  MemoryFileSystem fs = test::mini_site(kConfig + spec);
  CheckOptions o;
  o.build.threads = 1;
  return run_check(fs, o);
}

std::string messages(const CheckResult& r) {
  std::string out;
  for (const auto& d : r.diags.items) out += format_diagnostic(d) + '\n';
  return out;
}
}  // namespace

TEST_CASE("check - a clean site passes") {
  CheckResult r = check(R"(-- content/kader/a.md --
+++
title = "Pagina a"
kort = "Een korte tekst. Die is goed te lezen."
+++
Zie de [home](../_index.md).
)");
  INFO(messages(r));
  CHECK(r.language_ran);
  CHECK(r.pages == 2);
  CHECK(r.diags.count(Severity::error) == 0);
  CHECK(check_exit_code(r.diags, false) == 0);
  CHECK(check_exit_code(r.diags, true) == (r.diags.count(Severity::warning) ? 1 : 0));
  REQUIRE(r.texts.size() >= 4);  // two korts, two bodies
  CHECK(r.texts[0].file == "content/_index.md");
  CHECK(r.texts[0].kind == TextKind::kort);
}

TEST_CASE("check - a dead link, at its line and column") {
  CheckResult r = check(R"(-- content/kader/a.md --
+++
title = "Pagina a"
kort = "Een korte tekst."
+++
Eerst wat tekst.

Zie de [brede blik](../basiskenmerken/05-brede-blik.md).
)");
  INFO(messages(r));
  CHECK(messages(r).find("content/kader/a.md:7:8: fout: ") != std::string::npos);
  CHECK(check_exit_code(r.diags, false) == 1);
}

TEST_CASE("check - an unknown source, at its line and column") {
  CheckResult r = check(R"(-- content/bronnen.toml --
[bekende-bron]
titel = "Een bron"
-- content/kader/a.md --
+++
title = "Pagina a"
kort = "Een korte tekst."
+++
Zie [@bekende-bron] en [@onbekende-bron, p. 3].
)");
  INFO(messages(r));
  CHECK(messages(r).find("content/kader/a.md:5:") != std::string::npos);
  CHECK(messages(r).find("onbekende-bron") != std::string::npos);
  CHECK(check_exit_code(r.diags, false) == 1);
}

TEST_CASE("check - a duplicate VIT id, at its line and column") {
  CheckResult r = check(R"(-- content/vit/_index.md --
+++
title = "VIT"
kort = "Een lijst met vragen."
+++
-- content/vit/05-brede-blik.md --
+++
title = "Brede blik"
kort = "Vragen over breed kijken."
kenmerk = 5

[[vraag]]
id = "5.1"
tekst = "Eerste."

[[vraag]]
id = "5.1"
tekst = "Tweede met dezelfde id."
+++
)");
  INFO(messages(r));
  CHECK(messages(r).find("content/vit/05-brede-blik.md:11:6: fout: ") != std::string::npos);
  CHECK(check_exit_code(r.diags, false) == 1);
}

TEST_CASE("check - a kort that is not B1, at the line and column of the long sentence") {
  CheckResult r = check(R"(-- content/kader/a.md --
+++
title = "Pagina a"
kort = """
Het kader.
Deze samenvatting beschrijft op hoofdlijnen de gemeenschappelijke uitgangspunten, de randvoorwaarden en de basiskenmerken van een toegankelijke, integrale en samenhangende toegang tot ondersteuning.
"""
+++
Tekst.
)");
  const std::string out = messages(r);
  INFO(out);
  CHECK(out.find("content/kader/a.md:5:1: fout: zin van 22 woorden in 'kort' (B1: hoogstens 20)") !=
        std::string::npos);
  CHECK(out.find("[b1-zinslengte]") != std::string::npos);
  CHECK(out.find("[b1-flesch-douma]") != std::string::npos);
  CHECK(out.find("moeilijk woord") != std::string::npos);
  CHECK(check_exit_code(r.diags, false) == 1);
}

TEST_CASE("check - warnings fail only with --strict") {
  CheckResult r = check(R"(-- content/kader/a.md --
+++
title = "Pagina a"
kort = "Een korte tekst."
+++
Lees [klik hier](../_index.md).
)");
  INFO(messages(r));
  CHECK(r.diags.count(Severity::error) == 0);
  CHECK(r.diags.count(Severity::warning) >= 1);
  CHECK(check_exit_code(r.diags, false) == 0);
  CHECK(check_exit_code(r.diags, true) == 1);
  Diagnostics notes;
  notes.note({"a.md", 1, 1}, "alleen een opmerking");
  CHECK(check_exit_code(notes, true) == 0);
}

TEST_CASE("check - a missing pattern file stops only the language check, with a hint") {
  MemoryFileSystem fs = test::mini_site(kConfig);
  CheckOptions o;
  o.build.threads = 1;
  o.hyphen_dic = "/nonexistent/hyph_nl_NL.dic";
  CheckResult r = run_check(fs, o);
  const std::string out = messages(r);
  INFO(out);
  CHECK_FALSE(r.language_ran);
  CHECK(out.find("site-config.toml: fout: ") != std::string::npos);
  CHECK(out.find("hyphen-nl") != std::string::npos);
  o.language = false;
  r = run_check(fs, o);
  CHECK(r.diags.count(Severity::error) == 0);
}

namespace {
/// Counts how often each file is read.
class CountingFileSystem : public FileSystem {
 public:
  explicit CountingFileSystem(const FileSystem& inner) : inner_(inner) {}
  std::optional<std::string> read(const std::string& path) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    ++reads[path];
    return inner_.read(path);
  }
  bool is_file(const std::string& path) const override { return inner_.is_file(path); }
  bool is_dir(const std::string& path) const override { return inner_.is_dir(path); }
  std::vector<std::string> list_files(const std::string& dir,
                                      std::vector<std::string>& problems) const override {
    return inner_.list_files(dir, problems);
  }
  std::optional<std::string> real_path(const std::string& path) const override {
    return inner_.real_path(path);
  }
  mutable std::map<std::string, int> reads;

 private:
  const FileSystem& inner_;
  mutable std::mutex mutex_;
};
}  // namespace

TEST_CASE("check - reads the config and every page once, and still finds B1 words at their place") {
  // The check used to load and parse the content a second time after the build, and the B1
  // check read the page files a third time to find where `kort` starts.
  MemoryFileSystem mem = test::mini_site(std::string(kConfig) + R"(-- content/kader/a.md --
+++
title = "A"
kort = """
Hier staat een echt onbegrijpelijke bestuursverantwoordelijkheidsverdeling."""
+++
Tekst.
)");
  CountingFileSystem fs(mem);
  CheckOptions o;
  o.build.threads = 2;
  CheckResult r = run_check(fs, o);
  const std::string out = messages(r);
  INFO(out);
  CHECK(r.language_ran);
  CHECK(r.pages == 2);
  CHECK(out.find("content/kader/a.md:4:37: waarschuwing: moeilijk woord "
                 "'bestuursverantwoordelijkheidsverdeling'") != std::string::npos);
  for (const char* file : {"site-config.toml", "content/_index.md", "content/kader/a.md"}) {
    INFO(file);
    CHECK(fs.reads[file] == 1);
  }
}

TEST_CASE("check - per page on several threads, the same findings and texts as on one") {
  // The lint rules, the abbreviation rule and the B1 measures run per page on the build's
  // worker threads and are merged in page order: every finding (also those only the merge can
  // make: an unused term, an unused source) and every measured text is there, in the same order.
  std::string pages;
  for (int i = 0; i < 12; ++i) {
    const std::string n = std::to_string(i);
    pages += "-- content/kader/p" + n + ".md --\n+++\ntitle = \"Pagina " + n +
             "\"\nkort = \"De Wmo helpt. Een bestuursverantwoordelijkheidsverdeling " + n +
             ".\"\n+++\n## Kop\n\n#### Te diep\n\n[klik hier](https://example.org)\n\n" +
             "Dit is een hele lange zin met veel te veel woorden die maar doorgaat en doorgaat "
             "zonder dat er ooit een punt komt op de plek waar die hoort " +
             (i == 11 ? "met casusregie [@gebruikt]" : "") + ".\n";
  }
  const std::string spec = std::string(kConfig) + R"(-- content/afkortingen.toml --
Wmo = "Wet maatschappelijke ondersteuning"
-- content/bronnen.toml --
[gebruikt]
titel = "Een bron"

[nergens]
titel = "Een bron die niemand noemt"
-- content/woordenlijst/casusregie.md --
+++
term = "casusregie"
kort = "Regie op een casus."
+++
Uitleg.
-- content/woordenlijst/vergeten.md --
+++
term = "vergeten term"
kort = "Niet gebruikt."
+++
Uitleg.
-- content/kader/zonder-kort.md --
+++
title = "Zonder kort"
+++
Tekst.
)" + pages;
  auto run = [&](unsigned threads) {
    MemoryFileSystem fs = test::mini_site(spec);
    CheckOptions o;
    o.build.threads = threads;
    return run_check(fs, o);
  };
  const CheckResult one = run(1);
  const CheckResult three = run(3);
  const std::string out = messages(one);
  INFO(out);
  CHECK(messages(three) == out);
  for (const char* rule :
       {"[kop-overgeslagen]", "[vage-linktekst]", "[kort-ontbreekt]",
        "[afkorting-niet-uitgeschreven]", "[moeilijk-woord]", "[taal-meting]", "[b1-flesch-douma]"})
    CHECK(out.find(rule) != std::string::npos);
  // An unused term is reported once: by the build's glossary pass, at the term's line, with its
  // hint (the lint rule that also reported it, at 1:1 and in other words, is gone).
  std::size_t unused = 0;
  for (std::size_t at = out.find("[term-ongebruikt]"); at != std::string::npos;
       at = out.find("[term-ongebruikt]", at + 1))
    ++unused;
  CHECK(unused == 1);
  CHECK(out.find("de term 'vergeten term' staat op geen enkele pagina [term-ongebruikt]") !=
        std::string::npos);
  CHECK(out.find("'casusregie' staat op geen") == std::string::npos);
  CHECK(out.find("de bron 'nergens' wordt nergens aangehaald") != std::string::npos);
  CHECK(out.find("de bron 'gebruikt'") == std::string::npos);
  // The difficult word of every kort, counted at every place across the pages.
  CHECK(out.find("12 keer") != std::string::npos);
  REQUIRE(three.texts.size() == one.texts.size());
  for (std::size_t i = 0; i < one.texts.size(); ++i) {
    INFO(one.texts[i].file);
    CHECK(three.texts[i].file == one.texts[i].file);
    CHECK(three.texts[i].kind == one.texts[i].kind);
    CHECK(three.texts[i].analysis.metrics.words == one.texts[i].analysis.metrics.words);
    CHECK(three.texts[i].analysis.metrics.syllables == one.texts[i].analysis.metrics.syllables);
  }
  CHECK(one.pages == 16);
}

namespace {
/// A page with a note and over.md with the heading the download block goes under: the build hands
/// them to the theme's partials `noten` and `download` (a slot in the body). The note's text holds
/// a section tag that is only text, unless a partial reads it as a template.
constexpr const char* kParts = R"(-- content/kader/a.md --
+++
title = "Pagina a"
kort = "Een korte tekst."
+++
Zie de wet.[^1]

[^1]: Schrijf `{{#open}}` zonder einde.
-- content/over.md --
+++
title = "Over"
kort = "Over deze site."
+++
Tekst.

## Downloaden
)";

/// The lines of `messages` with a template's finding (rules "template", "template-...").
std::string template_lines(const std::string& messages) {
  std::string out;
  std::size_t start = 0;
  while (start < messages.size()) {
    std::size_t end = messages.find('\n', start);
    if (end == std::string::npos) end = messages.size();
    const std::string line = messages.substr(start, end - start);
    if (line.find(" [template") != std::string::npos) out += line + '\n';
    start = end + 1;
  }
  return out;
}
}  // namespace

TEST_CASE("check - a page-part partial that fails is reported as by the build, without html") {
  // check makes no page html (its sink keeps nothing), but every part still goes to its partial:
  // a partial that does not compile is found as the build finds it; and with one that fails only
  // while rendering its data (here it reads the note's text, or the pages that use an
  // abbreviation, as a template) check makes the html and the parts' data as the build does.
  for (const char* partial : {
           "-- templates/partials/noten.mustache --\n{{#noten}}\n",
           "-- templates/partials/download.mustache --\n<p>{{#geen_zip}}Geen zip.</p>\n",
           "-- templates/partials/noten.mustache --\n{{=<% %>=}}<%#noten%><%> inhoud "
           "%><%/noten%>\n",
           // The afkortingen list reads the titles of the pages that use an abbreviation (the
           // abbreviations pass finds them) as templates.
           "-- content/afkortingen.toml --\nWmo = \"Wet maatschappelijke ondersteuning\"\n"
           "-- content/kader/b.md --\n+++\ntitle = \"Over {{#open}}\"\nkort = \"Kort.\"\n+++\n"
           "De Wmo geldt hier.\n"
           "-- templates/partials/afkortingen.mustache --\n{{=<% %>=}}<%#afkortingen%><%#gebruikt%>"
           "<%#paginas%><%> title %><%/paginas%><%/gebruikt%><%/afkortingen%>\n",
       }) {
    const std::string spec = std::string(kParts) + partial;
    INFO(partial);
    const test::BuildResult built = test::build_memory(test::mini_site(kConfig + spec));
    const std::string expected = template_lines(built.messages());
    INFO("build:\n" << built.messages());
    REQUIRE_FALSE(built.ok);
    REQUIRE(expected.find("templates/partials/") != std::string::npos);
    for (unsigned threads : {1u, 2u}) {
      MemoryFileSystem fs = test::mini_site(kConfig + spec);
      CheckOptions o;
      o.build.threads = threads;
      const CheckResult r = run_check(fs, o);
      INFO("threads " << threads << ", check:\n" << messages(r));
      CHECK(template_lines(messages(r)) == expected);
      CHECK(check_exit_code(r.diags, false) == 1);
    }
  }
}

TEST_CASE("check - leftovers: the same findings, the threads handed over to the process end") {
  // wegwijzer check leaves its pool's threads and its language thread to the end of the process
  // (BuildOptions::leftovers, cli/release_at_exit.h).
  const std::string spec =
      std::string(kConfig) + "-- content/a.md --\n+++\ntitle = \"A\"\n+++\nNaar [weg](weg.md).\n";
  for (unsigned threads : {1u, 2u}) {
    INFO("threads " << threads);
    MemoryFileSystem fs = test::mini_site(spec);
    CheckOptions o;
    o.build.threads = threads;
    const CheckResult plain = run_check(fs, o);
    std::unique_ptr<BuildLeftovers> kept;
    o.build.leftovers = &kept;
    const CheckResult keeping = run_check(fs, o);
    CHECK(kept != nullptr);
    CHECK(messages(keeping) == messages(plain));
    CHECK(messages(plain).find("content/a.md:4:6: fout: dode link") != std::string::npos);
    CHECK(keeping.language_ran == plain.language_ran);
    kept.reset();  // the threads are joined here
  }
}
