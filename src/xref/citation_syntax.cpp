#include "xref/citation_syntax.h"

namespace ww {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool is_key_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_key_inner(char c) {
  return is_key_start(c) || c == '-' || c == ':' || c == '.' || c == '/';
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  std::string out;
  bool space = false;
  for (std::size_t i = b; i < e; ++i) {
    if (is_space(s[i])) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

/// Parses one part "prefix @key locator" at [b, e) of `text`; false when it is not one.
bool parse_item(std::string_view text, std::size_t b, std::size_t e, CitationItem& item) {
  std::size_t at = std::string_view::npos;
  for (std::size_t i = b; i < e; ++i) {
    if (text[i] != '@') continue;
    if (i > b && !is_space(text[i - 1])) continue;  // an e-mail address, not a key
    if (i + 1 >= e || !is_key_start(text[i + 1])) continue;
    if (at != std::string_view::npos) return false;  // two keys in one part
    at = i;
  }
  if (at == std::string_view::npos) return false;
  std::size_t k = at + 1;
  while (k < e && is_key_inner(text[k])) ++k;
  while (k > at + 2 && !is_key_start(text[k - 1])) --k;  // "@a." ends the key at 'a'
  item.prefix = trim(text.substr(b, at - b));
  item.key = std::string(text.substr(at + 1, k - at - 1));
  item.locator = trim(text.substr(k, e - k));
  item.key_offset = at;
  return true;
}

/// "eindnoot xlii" at [b, e): the kader's endnote number (roman, lower case), or empty.
std::string parse_eindnoot(std::string_view text, std::size_t b, std::size_t e) {
  const std::string part = trim(text.substr(b, e - b));
  constexpr std::string_view kWord = "eindnoot ";
  if (part.size() <= kWord.size() || part.compare(0, kWord.size(), kWord) != 0) return {};
  const std::string number = part.substr(kWord.size());
  if (number.find_first_not_of("ivxlc") != std::string::npos) return {};
  return number;
}

}  // namespace

std::vector<Citation> find_citations(std::string_view text) {
  std::vector<Citation> out;
  std::size_t i = 0;
  while ((i = text.find('[', i)) != std::string_view::npos) {
    std::size_t close = text.find(']', i + 1);
    std::size_t nested = text.find('[', i + 1);
    if (close == std::string_view::npos) break;
    if (nested < close) {  // the innermost bracket is the candidate
      i = nested;
      continue;
    }
    const bool escaped = i > 0 && text[i - 1] == '\\';
    const bool link = close + 1 < text.size() && (text[close + 1] == '(' || text[close + 1] == '[');
    Citation c;
    c.begin = i;
    c.end = close + 1;
    bool ok = !escaped && !link && text.find('@', i) < close;
    std::size_t part = i + 1;
    while (ok && part <= close) {
      std::size_t semi = text.find(';', part);
      std::size_t part_end = (semi == std::string_view::npos || semi > close) ? close : semi;
      CitationItem item;
      if (part_end == close && !c.items.empty() &&
          !(c.eindnoot = parse_eindnoot(text, part, part_end)).empty())
        break;  // the last part names the kader's endnote
      ok = parse_item(text, part, part_end, item);
      if (ok) c.items.push_back(std::move(item));
      part = part_end + 1;
    }
    if (ok && !c.items.empty()) {
      out.push_back(std::move(c));
      i = close + 1;
    } else {
      i = i + 1;
    }
  }
  return out;
}

std::string citation_text(const Citation& c) {
  std::string s;
  for (const auto& item : c.items) {
    if (!s.empty()) s += "; ";
    if (!item.prefix.empty()) s += item.prefix + " ";
    s += "@" + item.key;
    if (!item.locator.empty()) s += " " + item.locator;
  }
  if (!c.eindnoot.empty()) s += "; eindnoot " + c.eindnoot;
  return s;
}

}  // namespace ww
