#pragma once
/// Places a gemeente's aanvulling next to the text it belongs to: an aanvulling with
/// `na_kop = "<heading>"` goes right after that heading's section instead of after the page's
/// text. Runs first, so notes, glossary links and search see the page in reading order.
#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

/// The heading id of a basiskenmerk page's kader text in the standard theme: `na_kop` may name
/// it to put the aanvulling right after the kader text, before its notes.
inline constexpr const char* kKadertekstKop = "tekst-van-het-kader";

/// Moves each aanvulling with `na_kop` after the section of that heading (an error with
/// "bedoelde u" when the page has no such heading) and puts the page's heading ids and table of
/// contents in the new reading order. Sets `aanvulling->geplaatst` and `niveau`.
void run_aanvulling_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

/// The same for page i only (the streaming build, on any thread: it changes only record i).
void place_aanvulling(ParsedSite& site, std::size_t i, Diagnostics& diags);

}  // namespace ww
