#include "core/toml_util.h"

#include <algorithm>

#include "core/suggest.h"
#include "core/toml_messages.h"
#include "core/utf8.h"

namespace ww {

SourcePos toml_pos(const std::string& file, const toml::source_region& r, int line_offset) {
  return {file, static_cast<int>(r.begin.line) + line_offset, static_cast<int>(r.begin.column)};
}

std::optional<toml::table> parse_toml(std::string_view text, const std::string& file,
                                      int line_offset, Diagnostics& diags) {
  try {
    return toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    std::string original;
    std::string message = toml_error_dutch(e.description(), original);
    diags.error(toml_pos(file, e.source(), line_offset), message,
                original.empty() ? std::string() : "melding van de TOML-lezer: " + original,
                "toml");
    return std::nullopt;
  }
}

std::string toml_type_name(toml::node_type t) {
  switch (t) {
    case toml::node_type::string:
      return "tekst";
    case toml::node_type::integer:
      return "geheel getal";
    case toml::node_type::floating_point:
      return "kommagetal";
    case toml::node_type::boolean:
      return "true/false";
    case toml::node_type::array:
      return "lijst";
    case toml::node_type::table:
      return "tabel";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time:
      return "datum";
    default:
      return "onbekend";
  }
}

void check_known_keys(const toml::table& table, const std::vector<std::string>& allowed,
                      const std::string& file, int line_offset, const std::string& where,
                      Diagnostics& diags) {
  for (const auto& [key, node] : table) {
    std::string k(key.str());
    if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
    diags.error(toml_pos(file, key.source(), line_offset),
                "onbekende sleutel '" + k + "' in " + where, did_you_mean(k, allowed),
                "onbekende-sleutel");
  }
}

SourcePos toml_string_origin(std::string_view text, const SourcePos& value_pos) {
  SourcePos origin = value_pos;
  std::size_t off = 0;
  for (int line = 1; line < value_pos.line && off != std::string_view::npos; ++line) {
    off = text.find('\n', off);
    if (off != std::string_view::npos) ++off;
  }
  if (off == std::string_view::npos) return origin;
  for (int col = 1; col < value_pos.col && off < text.size(); ++col) decode_utf8(text, off);
  const std::string_view rest = text.substr(std::min(off, text.size()));
  if (rest.substr(0, 3) == "\"\"\"" || rest.substr(0, 3) == "'''") {
    if (rest.size() > 3 && rest[3] == '\n') return {value_pos.file, value_pos.line + 1, 1};
    if (rest.size() > 4 && rest[3] == '\r' && rest[4] == '\n')
      return {value_pos.file, value_pos.line + 1, 1};
    origin.col += 3;
  } else if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'')) {
    origin.col += 1;
  }
  return origin;
}

}  // namespace ww
