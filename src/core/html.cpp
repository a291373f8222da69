#include "core/html.h"

#include <cctype>

namespace ww {

namespace {
bool needs_escape(char c) { return c == '&' || c == '<' || c == '>' || c == '"' || c == '\''; }
}  // namespace

std::string html_escape(std::string_view s) {
  std::size_t at = 0;
  while (at < s.size() && !needs_escape(s[at])) ++at;
  if (at == s.size()) return std::string(s);  // most text: one copy, no scan per character
  std::string out;
  out.reserve(s.size() + 16);
  std::size_t done = 0;  // s before `done` is in `out`
  for (; at < s.size(); ++at) {
    const char c = s[at];
    if (!needs_escape(c)) continue;
    out.append(s, done, at - done);
    done = at + 1;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += "&#39;";
        break;
    }
  }
  out.append(s, done, std::string_view::npos);
  return out;
}

namespace {
/// The characters url_encode_path keeps as they are: ASCII letters and digits (std::isalnum in
/// the "C" locale, the only one the program uses) and "/#.-_~%?=&:".
constexpr bool kept_in_url(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
         c == '#' || c == '.' || c == '-' || c == '_' || c == '~' || c == '%' || c == '?' ||
         c == '=' || c == '&' || c == ':';
}
struct UrlKeptTable {
  bool kept[256];
  constexpr UrlKeptTable() : kept() {
    for (int c = 0; c < 256; ++c) kept[c] = kept_in_url(static_cast<unsigned char>(c));
  }
};
constexpr UrlKeptTable kUrlKept;

/// The length of the start of `s` that url_encode_path keeps as it is.
std::size_t url_clean_prefix(std::string_view s) {
  std::size_t at = 0;
  while (at < s.size() && kUrlKept.kept[static_cast<unsigned char>(s[at])]) ++at;
  return at;
}

/// Appends s[from..] to `out`, percent-encoding what is not kept.
void append_url_encoded(std::string& out, std::string_view s, std::size_t from) {
  static const char* hex = "0123456789ABCDEF";
  for (std::size_t i = from; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (kUrlKept.kept[c]) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
}
}  // namespace

std::string url_encode_path(std::string_view s) {
  const std::size_t clean = url_clean_prefix(s);
  std::string out(s.substr(0, clean));  // most paths: one copy, nothing to encode
  if (clean < s.size()) append_url_encoded(out, s, clean);
  return out;
}

std::string url_encode_path(std::string&& s) {
  const std::size_t clean = url_clean_prefix(s);
  if (clean == s.size()) return std::move(s);
  std::string out(s, 0, clean);
  append_url_encoded(out, s, clean);
  return out;
}

bool is_external_url(std::string_view url) {
  if (url.starts_with("//")) return true;
  for (std::size_t i = 0; i < url.size(); ++i) {
    char c = url[i];
    if (c == ':') return i > 0;
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.'))
      return false;
  }
  return false;
}

bool is_dangerous_url(std::string_view url) {
  // Only the start matters: the longest prefix checked below has 11 characters.
  constexpr std::size_t kLongest = 11;
  std::string lower;
  for (char c : url) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;  // "java script:" tricks
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.size() == kLongest) break;
  }
  return lower.starts_with("javascript:") || lower.starts_with("vbscript:") ||
         (lower.starts_with("data:") && !lower.starts_with("data:image/"));
}

}  // namespace ww
