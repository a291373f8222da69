#pragma once
/// Checks of the VIT questions: permanent ids that match their basiskenmerk, never used
/// twice and never reused from `vit/vervallen.toml`, and no empty statements.
#include <string_view>

#include "markdown/parsed_site.h"

namespace ww {

/// True for a base id "<kenmerk>.<n>" ("5.2"), with `kenmerk` and `n` from 1 without leading zeros.
/// Sets `kenmerk` to the first number when it returns true.
bool is_base_vraag_id(std::string_view id, int& kenmerk);

/// True for a local id a gemeente's overlay adds: capitals and digits starting with a capital,
/// a hyphen and a number from 1 ("KW-1", "GEM2-14").
bool is_lokale_vraag_id(std::string_view id);

/// Reports, with file:line:col, every VIT problem across all VIT pages and vervallen.toml:
/// a kenmerk used by two VIT pages (its range 1-13 is checked by the loader), an id that does not
/// fit its page's kenmerk (or, for a local question, the local pattern), an id used twice, an id
/// reused from vervallen.toml, a blank statement. Missing keys are reported by the loader.
void validate_vit(const ParsedSite& site, Diagnostics& diags);

}  // namespace ww
