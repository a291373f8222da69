#pragma once
/// The one JSON string escaper: for JSON files and for JSON inside a <script> element.
#include <string>
#include <string_view>

namespace ww {

/// `s` (UTF-8) as a JSON string literal in double quotes. Escapes '"', '\\', every control
/// character and DEL (\n, \r and \t short, the rest \u00XX), '<', '>' and '&' (so "</script>"
/// or "<!--" cannot end or change a script element), and U+2028 and U+2029 (line ends in older
/// JavaScript). Other characters are copied as they are.
std::string json_string(std::string_view s);

}  // namespace ww
