#pragma once
/// Lint rule `afkorting-niet-uitgeschreven`: the texts the site writes itself (every `kort`, the
/// "In gewone taal" of the basiskenmerken, the glossary's short explanations) are B1, so they
/// spell an abbreviation out in the sentence. The kader's own text is never touched (the build
/// explains its abbreviations next to the words instead), so only these texts are checked.
#include "core/diagnostics.h"
#include "markdown/parsed_site.h"

namespace ww {

/// Reports, per site-written text, the first use of each abbreviation of afkortingen.toml when
/// the text does not also hold what it stands for (the `voluit`, letter case and accents aside).
void check_abbreviations_spelled_out(const ParsedSite& site, Diagnostics& diags);

}  // namespace ww
