// basis.lock: writing, reading back, bad files, and a small gemeente copy in memory against it.
#include "editions/base_lock.h"

#include <catch2/catch.hpp>

#include "config/site_config.h"
#include "content/loader.h"
#include "editions/base_lock_check.h"
#include "editions/update_report.h"
#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

BaseLock sample() {
  BaseLock l;
  l.editie = "2024.03";
  l.paginas.push_back({"kader/b.md", "verborgen", "site-config.toml", "B", "bbb", "", {}});
  l.paginas.push_back({"kader/a.md",
                       "aanvulling",
                       "lokaal/kader/a.aanvulling.md",
                       "Titel met \"aanhalingstekens\"",
                       "aaa",
                       "Eerste regel\n\nMet een \\ backslash, \"\"\" drie quotes,\teen tab,\r"
                       " een \x01 stuurteken en één cliënt.\n",
                       {}});
  l.vragen.push_back({"5.3", "Tekst \"5.3\"", {}});
  l.vragen.push_back({"2.2", "Tekst 2.2", {}});
  l.begrippen.push_back({"sociale basis",
                         {"sociale basissen"},
                         "Uitleg.",
                         {"lokaal/b.md", "lokaal/a.md", "lokaal/a.md"},
                         {}});
  l.afkortingen.push_back({"Wmo", {}, "Wet maatschappelijke ondersteuning", {"lokaal/a.md"}, {}});
  return l;
}

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& i : d.items) out += format_diagnostic(i) + "\n";
  return out;
}

}  // namespace

TEST_CASE("basis.lock - written in a fixed order, read back to the same lock and bytes") {
  const std::string text = write_base_lock(sample());
  BaseLock shuffled = sample();
  std::swap(shuffled.paginas[0], shuffled.paginas[1]);
  std::swap(shuffled.vragen[0], shuffled.vragen[1]);
  CHECK(write_base_lock(shuffled) == text);
  CHECK(text.find("[[pagina]]\nbron = \"kader/a.md\"") < text.find("bron = \"kader/b.md\""));
  CHECK(text.find("id = \"2.2\"") < text.find("id = \"5.3\""));
  CHECK(text.find("gebruikt_in = [\"lokaal/a.md\", \"lokaal/b.md\"]") != std::string::npos);

  Diagnostics diags;
  BaseLock back = read_base_lock(text, "basis.lock", diags);
  INFO(messages(diags));
  REQUIRE(diags.items.empty());
  CHECK(back.editie == "2024.03");
  REQUIRE(back.paginas.size() == 2);
  CHECK(back.paginas[0].tekst == sample().paginas[1].tekst);  // every special character survives
  CHECK(back.paginas[0].titel == "Titel met \"aanhalingstekens\"");
  CHECK(back.paginas[0].pos.line > 0);
  CHECK(back.paginas[1].tekst.empty());
  CHECK(back.vragen[1].tekst == "Tekst \"5.3\"");
  CHECK(back.begrippen[0].varianten == std::vector<std::string>{"sociale basissen"});
  CHECK(write_base_lock(back) == text);
}

TEST_CASE("basis.lock - the hash is git's blob hash, from the hash module") {
  const BlobHasher sha1(module_dirs(WEGWIJZER_BINARY));
  INFO(sha1.problem());
  REQUIRE(sha1.ok());
  CHECK(sha1.content_hash("hello\n") == "ce013625030ba8dba906f756967f9e9ca394464a");
  CHECK(sha1.content_hash("") == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
  const BlobHasher missing({WEGWIJZER_BINARY + std::string(".geen-modules")});
  CHECK_FALSE(missing.ok());
  CHECK(missing.problem().find("wegwijzer-sha1.so") != std::string::npos);
  CHECK(missing.content_hash("hello\n").empty());
}

TEST_CASE("basis.lock - a bad file gives Dutch errors at their place") {
  Diagnostics d1;
  read_base_lock("formaat = 1\n[[pagina]\n", "g/basis.lock", d1);
  REQUIRE(d1.has_errors());
  CHECK(d1.items[0].pos.file == "g/basis.lock");
  CHECK(d1.items[0].pos.line == 2);
  CHECK(d1.items[0].message.starts_with("basis.lock is geen geldige TOML: "));
  CHECK(d1.items[0].rule == "basis-lock");

  Diagnostics d2;
  read_base_lock("formaat = 2\neditie = 3\nextra = true\n[[vraag]]\ntekst = \"x\"\n", "basis.lock",
                 d2);
  const std::string m = messages(d2);
  INFO(m);
  CHECK(
      m.find("basis.lock:1:11: fout: basis.lock heeft een formaat dat deze wegwijzer niet kent") !=
      std::string::npos);
  CHECK(m.find("basis.lock:2:10: fout: 'editie' moet tekst zijn, niet geheel getal [basis-lock]") !=
        std::string::npos);
  CHECK(m.find("basis.lock:3:1: fout: onbekende sleutel 'extra' in basis.lock [basis-lock]") !=
        std::string::npos);
  CHECK(m.find("fout: [[vraag]] mist 'id' [basis-lock]") != std::string::npos);
  CHECK(m.find("hint: maak het bestand opnieuw met: wegwijzer basis --vastleggen") !=
        std::string::npos);

  Diagnostics d3;
  read_base_lock("editie = \"x\"\n", "basis.lock", d3);
  CHECK(messages(d3).find("basis.lock:1:1: fout: basis.lock mist 'formaat = 1'") !=
        std::string::npos);
}

TEST_CASE("basis.lock - a replaced page and a hidden page against a new base, in memory") {
  const char* before = R"(
-- site-config.toml --
title = "Proef"
kader_editie = "1"
overlays = ["lokaal"]
verberg = ["b.md"]
-- content/_index.md --
+++
title = "Home"
+++
Welkom.
-- content/a.md --
+++
title = "Pagina A"
+++
De oude tekst van pagina A gaat over de toegang in de wijk en de teams die daar werken.
-- content/b.md --
+++
title = "Pagina B"
+++
Tekst B.
-- lokaal/a.md --
+++
title = "Onze pagina A"
+++
Eigen tekst. Wij gebruiken de Wmo.
-- content/afkortingen.toml --
Wmo = "Wet maatschappelijke ondersteuning"
)";
  MemoryFileSystem fs = mini_site(before);
  Diagnostics diags;
  SiteConfig config = load_site_config(fs, "site-config.toml", diags);
  SiteContent merged = load_content(fs, config, {}, diags);
  SiteContent base = load_base_content(fs, config, nullptr);
  const BlobHasher sha1(module_dirs(WEGWIJZER_BINARY));
  BaseLock lock = snapshot_base_lock(config, merged, base, sha1);
  REQUIRE(lock.paginas.size() == 2);
  CHECK(lock.paginas[0].soort == "vervangen");
  CHECK(lock.paginas[0].bestand == "lokaal/a.md");
  CHECK(lock.paginas[0].tekst.find("De oude tekst van pagina A") != std::string::npos);
  CHECK(lock.paginas[1].soort == "verborgen");
  CHECK(lock.paginas[1].tekst.empty());
  REQUIRE(lock.afkortingen.size() == 1);
  CHECK(lock.afkortingen[0].gebruikt_in == std::vector<std::string>{"lokaal/a.md"});
  CHECK(compare_base_lock(fs, lock, lock, config, merged, base, nullptr, sha1).empty());
  {
    // With the lock on disk, build and check read it with the hash module; without the module
    // that is an error at the lock (the build stops), never a silent pass.
    MemoryFileSystem with_lock = fs;
    with_lock.add(base_lock_path(config), write_base_lock(lock));
    Diagnostics ok;
    CHECK(check_base_lock(with_lock, config, merged, nullptr, nullptr,
                          module_dirs(WEGWIJZER_BINARY), ok));
    INFO(messages(ok));
    CHECK_FALSE(ok.has_errors());
    Diagnostics missing;
    const std::string nowhere = WEGWIJZER_BINARY + std::string(".geen-modules");
    CHECK(check_base_lock(with_lock, config, merged, nullptr, nullptr, {nowhere}, missing));
    INFO(messages(missing));
    CHECK(missing.has_errors());
    CHECK(messages(missing).find(base_lock_path(config) +
                                 ":1:1: fout: basis.lock kan niet nagekeken worden: de module "
                                 "wegwijzer-sha1.so") != std::string::npos);
  }

  // New base: a.md moved to nieuw-a.md (same words), b.md has other text, Wmo is gone.
  MemoryFileSystem after = mini_site(R"(
-- site-config.toml --
title = "Proef"
kader_editie = "2"
overlays = ["lokaal"]
verberg = ["b.md"]
-- content/_index.md --
+++
title = "Home"
+++
Welkom.
-- content/nieuw-a.md --
+++
title = "Pagina A"
+++
De oude tekst van pagina A gaat over de toegang in de wijk en de teams die daar werken.
-- content/b.md --
+++
title = "Pagina B"
+++
Een andere tekst B.
-- lokaal/a.md --
+++
title = "Onze pagina A"
+++
Eigen tekst. Wij gebruiken de Wmo.
)");
  Diagnostics d2;
  config = load_site_config(after, "site-config.toml", d2);
  merged = load_content(after, config, {}, d2);
  base = load_base_content(after, config, nullptr);
  BaseLock now = snapshot_base_lock(config, merged, base, sha1);
  auto findings = compare_base_lock(after, lock, now, config, merged, base, nullptr, sha1);
  report_base_findings(findings, d2);
  const std::string m = messages(d2);
  INFO(m);
  CHECK(m.find("lokaal/a.md:1:1: fout: deze pagina vervangt a.md van de VNG, maar die pagina "
               "bestaat niet meer [basis-verdwenen]") != std::string::npos);
  CHECK(m.find("waarschijnlijk nieuw-a.md (100% dezelfde woorden); zet uw pagina dan op de plaats "
               "van nieuw-a.md") != std::string::npos);
  CHECK(m.find("site-config.toml:4:11: opmerking: u verbergt b.md, maar de VNG heeft die pagina "
               "veranderd sinds versie 1 (basis.lock) [basis-verborgen-veranderd]") !=
        std::string::npos);
  CHECK(
      m.find("lokaal/a.md:4:31: waarschuwing: de VNG heeft de afkorting 'Wmo' weggehaald sinds "
             "versie 1 (basis.lock); nu krijgt hij geen uitleg meer [basis-afkorting-verdwenen]") !=
      std::string::npos);
  CHECK(m.find("hint: zet hem in afkortingen.toml van uw overlay: Wmo = \"Wet maatschappelijke "
               "ondersteuning\"") != std::string::npos);
}

TEST_CASE("update report - exit codes and word excerpts") {
  UpdateReport r;
  CHECK(update_report_exit_code(r) == 3);  // no lock yet: review needed
  r.has_lock = true;
  r.lock_current = true;
  CHECK(update_report_exit_code(r) == 0);
  r.lock_current = false;
  CHECK(update_report_exit_code(r) == 3);
  r.lock_current = true;
  r.findings.push_back({});
  CHECK(update_report_exit_code(r) == 3);
  r.findings.back().severity = Severity::error;
  CHECK(update_report_exit_code(r) == 1);

  auto parts = diff_excerpts("een twee drie vier vijf zes zeven acht negen tien elf twaalf",
                             "een twee drie vier vijf zes ZEVEN acht negen tien elf twaalf");
  REQUIRE(parts.size() == 1);
  CHECK(parts[0] == "een twee drie vier vijf zes [-zeven-] {+ZEVEN+} acht negen tien elf twaalf");
  CHECK(diff_excerpts("a b c", "a b c").empty());
}
