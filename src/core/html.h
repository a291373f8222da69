#pragma once
/// HTML escaping for text and attribute values.
#include <string>
#include <string_view>

namespace ww {

/// Escapes & < > " ' (as &amp; &lt; &gt; &quot; &#39;) for use in text and in quoted attribute
/// values: the one HTML escaper of the generator, for the passes' HTML, the page templates and
/// the page parts alike, so a value is written the same way wherever it appears.
std::string html_escape(std::string_view s);

/// Percent-encodes the characters of a relative URL that may not appear raw
/// (spaces, non-ASCII, quotes); keeps '/', '#', '.', '-', '_', '~' and ASCII letters/digits.
std::string url_encode_path(std::string_view s);
/// The same; a path with nothing to encode is given back without a copy.
std::string url_encode_path(std::string&& s);

/// True for URLs with a scheme ("https:", "mailto:") or protocol-relative ("//host").
bool is_external_url(std::string_view url);

/// True for schemes that must never come from content: javascript:, vbscript:, data: (but
/// data:image).
bool is_dangerous_url(std::string_view url);

}  // namespace ww
