#pragma once
/// The content model: plain data, filled by the loader and the later stages.
#include <toml++/toml.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace ww {

/// Fields of a basiskenmerk page (`basiskenmerken/`).
struct Basiskenmerk {
  int nummer = 0;
  std::string waarde;  ///< "dichtbij" | "integraal" | "mandaat"
  std::vector<int> zie_ook;
  SourcePos zie_ook_pos;    ///< where `zie_ook` is written (the page's first line when it is not)
  std::string gewone_taal;  ///< Markdown
  SourcePos gewone_taal_pos;
  SourcePos gewone_taal_origin;  ///< where its text starts (after the opening quotes)
};

/// Fields of a glossary page (`woordenlijst/`).
struct TermInfo {
  std::string term;
  SourcePos pos;  ///< where `term` is written
  std::vector<std::string> varianten;
  /// Phrases in which the term means something else ("de beschikking hebben over"): never linked.
  std::vector<std::string> uitzonderingen;
};

/// One check-vraag of the VIT.
struct VitVraag {
  std::string id;  ///< permanent, e.g. "5.2" or "KW-1"
  std::string tekst;
  std::string uitleg;
  SourcePos pos;
  bool lokaal = false;  ///< added by a gemeente overlay
  /// The previous edition ("2024.03") against which the text had only a wording fix (same meaning):
  /// then the id may stay (editions/vit_edition_check.h).
  std::string tekstcorrectie;
  SourcePos tekstcorrectie_pos;
  /// Set by the editions stage when the text changed since the previous edition: that text and
  /// edition, for the browser's "De uitspraak is veranderd sinds u antwoordde".
  std::string eerdere_tekst, eerdere_editie;
};

/// Fields of a VIT page (`vit/`).
struct VitInfo {
  int kenmerk = 0;        ///< 1-13; 0 when missing or invalid (already reported), or a local part
  SourcePos kenmerk_pos;  ///< where `kenmerk` is written (front matter copies lose TOML positions)
  std::vector<VitVraag> vragen;
  /// A gemeente's own VIT part (`lokaal = true`, in an overlay, no `kenmerk`): its questions are
  /// local, it comes after the 13 basiskenmerken and is kept apart in exports (docs/vit.md).
  bool lokaal = false;
  SourcePos lokaal_pos;  ///< where `lokaal` is written
  std::string deel;      ///< key of a local part: its file name without ".md" ("governance")
};

/// An entry of a page's table of contents (h2 and h3).
struct TocEntry {
  int level = 2;
  std::string id;
  std::string text;
};

/// A gemeente's addition to a base page (`<page>.aanvulling.md` in an overlay).
struct Aanvulling {
  std::string file;   ///< path for diagnostics: "lokaal/basiskenmerken/05-brede-blik.aanvulling.md"
  std::string title;  ///< heading; defaults to "Zo doen wij dit in <gemeente>"
  std::string body;   ///< Markdown
  int body_line = 1;
  /// `na_kop`: the heading (id or text) of the base page after whose section the aanvulling
  /// stands; empty: after the page's text (and its notes). Placed by xref/aanvulling_pass.h.
  std::string na_kop;
  SourcePos na_kop_pos;
  bool geplaatst = false;              ///< placed inside the text (na_kop found)
  int niveau = 2;                      ///< heading level of the aanvulling when placed
  std::size_t at = std::string::npos;  ///< where it goes in page.html when placed (render_site)
};

struct Page {
  std::string source;   ///< relative to the content root: "basiskenmerken/05-brede-blik.md"
  std::string file;     ///< path for diagnostics: "content/basiskenmerken/05-brede-blik.md"
  std::string section;  ///< top folder ("basiskenmerken"), "" for pages at the top
  std::string output;  ///< "basiskenmerken/05-brede-blik.html", "basiskenmerken.html", "index.html"
  bool is_index = false;  ///< an `_index.md`

  std::string title;
  std::string kort;
  std::string description;
  std::int64_t weight = 0;
  bool draft = false;
  /// Old addresses of the page (`aliassen`), output paths like "basiskenmerken/06-oud.html";
  /// the build writes a redirect page at each (publish/aliases.h).
  std::vector<std::pair<std::string, SourcePos>> aliassen;
  bool eigen = false;  ///< from a gemeente overlay: a local page, or one that replaces VNG's page
  bool vervangt = false;      ///< from an overlay, at the path of a VNG page it replaces
  std::string template_name;  ///< optional override of the layout template
  toml::table front;          ///< the whole front matter, for templates
  int front_line = 2;         ///< file line where the front matter text starts
  SourcePos kort_pos;
  SourcePos kort_origin;   ///< where the text of `kort` starts (after the opening quotes)
  SourcePos template_pos;  ///< where `template = ...` stands (the front table may lose its source
                           ///< positions when copied)

  std::string body;   ///< Markdown after the front matter
  int body_line = 1;  ///< file line of the body's first line

  std::optional<Basiskenmerk> kenmerk;
  std::optional<TermInfo> term;
  std::optional<VitInfo> vit;
  std::optional<Aanvulling> aanvulling;  ///< local addition from an overlay
  std::string aanvulling_html;           ///< rendered aanvulling (without its heading)
  std::string aanvulling_id;             ///< id of the aanvulling's heading
  /// A gemeente copy's afwijkingen.html: what differs from VNG's version, by kind
  /// (xref/afwijkingen_page.h; `page.afwijkingen` in docs/templates.md).
  toml::table afwijkingen;
  /// Data of the editions stage for the templates (`page.editie`, docs/templates.md): the link to
  /// the page's change view, a change view's word diff, or the overview on wijzigingen.html.
  toml::table editie;

  // Filled by the Markdown stage:
  std::vector<TocEntry> toc;
  /// Every id a link may point at (the build frees them once every link is checked).
  std::vector<std::string> anchors;
  /// Ids of all headings in document order (the build frees them with the page's tree).
  std::vector<std::string> heading_ids;
  std::string html;  ///< rendered body
};

/// A source from `bronnen.toml`.
struct Bron {
  std::string key;
  std::string titel, auteur, jaar, uitgever, url, notitie;
  SourcePos pos;
};

struct Afkorting {
  std::string afkorting;
  std::string voluit;
  SourcePos pos;
};

/// One of the kader's endnotes as the kader words it (`eindnoten.toml`): `iv = "…"`.
struct Eindnoot {
  std::string nummer;  ///< roman, as the kader numbers it: "iv"
  std::string tekst;   ///< the kader's words, inline Markdown
  SourcePos pos;
};

/// Everything loaded from the content folder(s) except the pages themselves: what the later
/// stages keep next to their page records (markdown/parsed_site.h).
struct SiteData {
  std::vector<Bron> bronnen;               ///< sorted by key
  std::vector<Afkorting> afkortingen;      ///< sorted by abbreviation
  std::vector<VitVraag> vervallen_vragen;  ///< retired VIT questions, ids reserved
  std::vector<Eindnoot> eindnoten;         ///< the kader's endnote texts, sorted by number
  std::vector<std::string> assets;         ///< non-Markdown files to copy, relative to a root
  std::map<std::string, std::string> asset_origin;  ///< asset -> file path to read it from
  /// Pages of `content/` replaced by an overlay page: (overlay file, base file), sorted.
  std::vector<std::pair<std::string, std::string>> replaced;
  /// Base pages hidden with `verberg` in the config (source paths); links to them become text.
  std::vector<std::string> hidden;
  /// Titles of the hidden pages (source path -> title), and the VIT page each question hidden with
  /// `verberg_vragen` stood on (id -> source path): afwijkingen.html names what was left out.
  std::map<std::string, std::string> hidden_titles;
  std::map<std::string, std::string> hidden_vragen;
  /// Pages with `draft = true` left out of this build (source paths); links to them become text.
  std::vector<std::string> drafts;
};

/// Everything loaded from the content folder(s).
struct SiteContent : SiteData {
  std::vector<Page> pages;  ///< sorted: section, index first, weight, file name

  [[nodiscard]] const Page* find(const std::string& source) const;
};

}  // namespace ww
