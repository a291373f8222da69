#include "core/html.h"

#include <array>
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
/// The bytes url_encode_path keeps as they are: ASCII letters and digits and "/#.-_~%?=&:".
constexpr std::array<bool, 256> kUrlKeep = [] {
  std::array<bool, 256> keep{};
  for (int c = 'a'; c <= 'z'; ++c) keep[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) keep[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) keep[static_cast<std::size_t>(c)] = true;
  for (char c : std::string_view("/#.-_~%?=&:")) keep[static_cast<unsigned char>(c)] = true;
  return keep;
}();
}  // namespace

std::string url_encode_path(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    // The bytes kept as they are, a run at a time.
    std::size_t run = i;
    while (run < s.size() && kUrlKeep[static_cast<unsigned char>(s[run])]) ++run;
    out.append(s.data() + i, run - i);
    if (run == s.size()) break;
    const auto c = static_cast<unsigned char>(s[run]);
    const char escaped[3] = {'%', kHex[c >> 4], kHex[c & 15]};
    out.append(escaped, 3);
    i = run + 1;
  }
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
