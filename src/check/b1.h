#pragma once
/// The B1 language check over a site: which texts must be B1, measuring them, and the
/// findings when they miss the thresholds of `[taal]`.
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/file_system.h"
#include "language/analysis.h"
#include "markdown/parsed_site.h"
#include "templates/theme.h"

namespace ww {

enum class TextKind {
  kort,         ///< a page's "In het kort" (for a glossary page: the one-line explanation)
  gewone_taal,  ///< a basiskenmerk's "In gewone taal"
  ui,           ///< the visible text of a theme template
  tekst,        ///< a page body: the kader's own text, measured but not held to B1
  aanvulling,   ///< a gemeente's aanvulling on a page: its own text, held to B1
};

/// "kort", "gewone taal", "tekst van het thema", "tekst".
const char* text_kind_name(TextKind k);
/// "kort", "gewone_taal", "ui", "tekst" (for JSON).
const char* text_kind_id(TextKind k);

struct MeasuredText {
  std::string file;   ///< page or template file
  std::string title;  ///< page title or template name
  std::string
      output;  ///< published page ("basiskenmerken/05-brede-blik.html"), empty for templates
  TextKind kind = TextKind::tekst;
  /// What the text is held to the thresholds with when it is short: "kort", "kort van de
  /// woordenlijst", "gewone taal", "tekst van het thema" (empty for the kader's own text).
  std::string group;
  bool b1 = false;  ///< must meet the thresholds
  SourcePos pos;    ///< where the text starts
  /// Its measures. Only long sentences keep their text and place; a text not held to B1 (in
  /// no group) keeps only its long sentences.
  TextAnalysis analysis;
  bool meets = true;  ///< every threshold met
};

/// A text of a page, found but not yet measured: everything of its MeasuredText but the
/// measures, and its words. It owns all it holds, so it can be measured after the page's trees
/// are freed and while the site changes.
struct PageText {
  MeasuredText text;  ///< without `analysis` and `meets`
  std::vector<TextUnit> units;
};

/// The texts of page i to measure (its kort, gewone taal, body and aanvulling, in that order;
/// none for a page the tool generated). Reads record i's trees and `Page` only, so the pages
/// can be read on several threads.
std::vector<PageText> page_texts(const ParsedSite& site, std::size_t i);
/// Measures one text of page_texts(); its units are used up.
MeasuredText measure_page_text(PageText& text, const LanguageTools& tools, const TaalConfig& taal,
                               WordCache* cache = nullptr);

/// page_texts(site, i) measured, each with measure_page_text.
std::vector<MeasuredText> measure_page_texts(const ParsedSite& site, std::size_t i,
                                             const LanguageTools& tools, const TaalConfig& taal,
                                             WordCache* cache = nullptr);
/// Measures the visible text of every template file of the theme (those with words).
std::vector<MeasuredText> measure_theme_texts(const Theme& theme, const LanguageTools& tools,
                                              const TaalConfig& taal, WordCache* cache = nullptr);

/// Measures every text of the site (measure_page_texts for every page, then the theme): per
/// page its kort, gewone taal and body, per template file its visible text. `site` is the parsed
/// site before the passes (a TOML string's text starts at Page::kort_origin,
/// Basiskenmerk::gewone_taal_origin: the files are not read again).
std::vector<MeasuredText> measure_site_texts(const ParsedSite& site, const Theme& theme,
                                             const LanguageTools& tools, const TaalConfig& taal);

/// The B1 texts of one group measured together.
struct TextPool {
  std::string group;
  std::size_t texts = 0;        ///< texts in the group
  std::size_t short_texts = 0;  ///< of which shorter than min_woorden_meting
  TextMetrics metrics;          ///< over every sentence of every text of the group
  bool meets = true;            ///< mean and Flesch-Douma of the group meet the thresholds
};

/// Findings for the measured texts. B1 texts: `fout` for every sentence over max_zinslengte
/// [b1-zinslengte]. A B1 text of at least min_woorden_meting words: `fout` for a mean over
/// max_woorden_per_zin [b1-woorden-per-zin] and a Flesch-Douma under min_flesch_douma
/// [b1-flesch-douma]. A shorter text is too small a sample for those two measures: it is
/// held to them together with the other texts of its group (a `fout` at the text that pulls
/// the group down most), and gets a `waarschuwing` of its own (not for theme texts, which are
/// mostly labels). `waarschuwing` for each difficult word [moeilijk-woord]. Other texts: one
/// `opmerking` per page that misses a threshold [taal-meting]. Sets `meets` on each text;
/// returns the groups.
std::vector<TextPool> report_texts(std::vector<MeasuredText>& texts, const TaalConfig& taal,
                                   Diagnostics& diags);

/// "12,5": one decimal with a decimal comma.
std::string dutch_number(double v, int decimals = 1);

}  // namespace ww
