#pragma once
/// Text units for the language check: the readable text of a Markdown tree or a template,
/// cut where a reader sees a new block (paragraph, heading, list item, table cell), with the
/// file position of every piece so a sentence can be reported at its line and column.
#include <cmark-gfm.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace ww {

/// From byte `offset` of the unit's text on, the text comes from line `line`, column `col` of
/// the unit's file number `file` (one column per code point).
struct PosMark {
  std::size_t offset = 0;
  int line = 0;
  int col = 0;
  std::uint32_t file = 0;  ///< index in TextUnit::files
};

struct TextUnit {
  std::string text;
  std::vector<PosMark> marks;      ///< sorted by offset
  std::vector<std::string> files;  ///< the files of the marks (nearly always one)
  bool heading = false;

  /// Appends text that starts at `pos`.
  void append(std::string_view s, SourcePos pos);
  /// The file position of byte `offset`.
  [[nodiscard]] SourcePos pos_at(std::size_t offset) const;
};

/// The units of a Markdown tree. `origin` is where line 1, column 1 of the Markdown text is
/// in its file (for a body: {file, body_line, 1}; for a TOML string: where its text starts,
/// Page::kort_origin). Code, HTML, images and footnote references are left out; citations
/// `[@key, p. 3]` too.
std::vector<TextUnit> units_from_markdown(cmark_node* doc, const SourcePos& origin);

/// The visible text of a Mustache/HTML template: text between tags, cut at block tags, plus
/// the values of alt, title, aria-label and placeholder attributes. Mustache tags, comments,
/// <script> and <style> are left out.
std::vector<TextUnit> units_from_template(std::string_view text, const std::string& file);

}  // namespace ww
