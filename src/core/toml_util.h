#pragma once
/// Helpers between toml++ and our diagnostics.
#include <toml++/toml.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace ww {

/// Source position of a toml++ node, shifted by `line_offset` lines (for front matter
/// that starts below line 1 of its file).
SourcePos toml_pos(const std::string& file, const toml::source_region& r, int line_offset = 0);

/// Where the text of a TOML string value starts in its file: the value starts at `value_pos`
/// (the opening quote) in `file_text`. For a multi-line string that starts with a newline,
/// the text starts on the next line.
SourcePos toml_string_origin(std::string_view file_text, const SourcePos& value_pos);

/// Parses TOML text; on a syntax error reports it (with file:line:col) and returns nullopt.
std::optional<toml::table> parse_toml(std::string_view text, const std::string& file,
                                      int line_offset, Diagnostics& diags);

/// A short Dutch name for a TOML value type ("tekst", "geheel getal", ...).
std::string toml_type_name(toml::node_type t);

/// Reports every key of `table` not in `allowed`, with a "did you mean" hint.
void check_known_keys(const toml::table& table, const std::vector<std::string>& allowed,
                      const std::string& file, int line_offset, const std::string& where,
                      Diagnostics& diags);

}  // namespace ww
