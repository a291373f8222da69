#pragma once
/// Lint rule `afkorting-niet-uitgeschreven`: the texts the site writes itself (every `kort`, the
/// "In gewone taal" of the basiskenmerken, the glossary's short explanations) are B1, so they
/// spell an abbreviation out in the sentence. The kader's own text is never touched (the build
/// explains its abbreviations next to the words instead), so only these texts are checked.
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "language/units.h"
#include "markdown/parsed_site.h"
#include "xref/term_matcher.h"

namespace ww {

/// What the rule looks for, made once per site; afterwards only read, so threads may share it.
struct AbbreviationRules {
  TermMatcher matcher{false};              ///< the abbreviations that need explaining
  std::vector<std::string> folded_voluit;  ///< per afkorting: what it stands for, folded
};
AbbreviationRules abbreviation_rules(const ParsedSite& site);

/// The rule on one site-written text (the units of a kort or a gewone taal).
void check_abbreviations_in(const std::vector<TextUnit>& units, const ParsedSite& site,
                            const AbbreviationRules& rules, Diagnostics& diags);
/// The rule on page i's kort and gewone taal (reads record i's trees, writes `diags` only).
void check_abbreviations_on_page(const ParsedSite& site, std::size_t i,
                                 const AbbreviationRules& rules, Diagnostics& diags);

/// Reports, per site-written text, the first use of each abbreviation of afkortingen.toml when
/// the text does not also hold what it stands for (the `voluit`, letter case and accents aside).
void check_abbreviations_spelled_out(const ParsedSite& site, Diagnostics& diags);

}  // namespace ww
