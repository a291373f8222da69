// Rule afkorting-niet-uitgeschreven: a text the site writes itself (kort, "In gewone taal")
// spells an abbreviation out; the kader's own text is not checked.
#include "check/afkortingen.h"

#include <catch2/catch.hpp>

#include "content/loader.h"
#include "support/mini_site.h"

using namespace ww;

namespace {
std::string check(std::string_view spec) {
  MemoryFileSystem fs = test::mini_site(spec);
  Diagnostics diags;
  SiteConfig config = load_site_config(fs, "site-config.toml", diags);
  SiteContent content = load_content(fs, config, LoadOptions{}, diags);
  REQUIRE_FALSE(diags.has_errors());
  ParsedSite site =
      parse_site(std::move(content), {config.unsafe_html, config.smart_punctuation}, nullptr);
  Diagnostics found;
  check_abbreviations_spelled_out(site, found);
  sort_diagnostics(found.items);
  std::string out;
  for (const auto& d : found.items) out += format_diagnostic(d) + '\n';
  return out;
}

const char* const kSite = R"x(-- site-config.toml --
title = "Test"
-- content/afkortingen.toml --
Wmo = "Wet maatschappelijke ondersteuning"
VIT = "Verkenningsinstrument Toegang"
ZJO = "Zorg, Jeugd en Onderwijs (commissie van de VNG)"
KPMG = "KPMG (accountants- en adviesbureau)"
)x";
}  // namespace

TEST_CASE(
    "afkortingen - an abbreviation in a kort or In gewone taal without its expansion, at line and "
    "column") {
  const std::string out = check(std::string(kSite) + R"(-- content/basiskenmerken/01-a.md --
+++
title = "A"
nummer = 1
waarde = "dichtbij"
kort = "De gemeente voert de Wmo uit. Ook de Wmo."
gewone_taal = """
Eerst een zin.
Met het VIT kijkt u waar u staat. KPMG en ZJO ook.
"""
+++
De Wmo en het VIT in de tekst van het kader.
)");
  INFO(out);
  CHECK(out.find("content/basiskenmerken/01-a.md:5:30: waarschuwing: de afkorting 'Wmo' staat in "
                 "een tekst van de "
                 "website zonder uitleg [afkorting-niet-uitgeschreven]") != std::string::npos);
  CHECK(out.find("hint: schrijf hem uit in de zin, bijvoorbeeld 'Wet maatschappelijke "
                 "ondersteuning (Wmo)'") != std::string::npos);
  CHECK(out.find("content/basiskenmerken/01-a.md:8:9: waarschuwing: de afkorting 'VIT'") !=
        std::string::npos);
  CHECK(out.find("'ZJO'") != std::string::npos);
  CHECK(out.find("'KPMG'") == std::string::npos);  // a name that is its own explanation
  // One report per abbreviation per text; the kader's text (line 11) is not checked.
  CHECK(out.find(":5:", out.find(":5:30:") + 1) == std::string::npos);
  CHECK(out.find(":11:") == std::string::npos);
}

TEST_CASE("afkortingen - spelled out anywhere in the same text is enough, case and accents aside") {
  const std::string out = check(std::string(kSite) + R"x(-- content/kader/a.md --
+++
title = "A"
kort = "Het Verkenningsinstrument Toegang (VIT) helpt. Met het VIT ziet u meer. De commissie zorg, jeugd en onderwijs (ZJO)."
+++
Tekst.
)x");
  INFO(out);
  CHECK(out.empty());
}
