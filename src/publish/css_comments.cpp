#include "publish/css_comments.h"

namespace ww {

std::string strip_css_comments(std::string_view css) {
  std::string out;
  out.reserve(css.size());
  std::size_t i = 0;
  while (i < css.size()) {
    const char c = css[i];
    if (c == '"' || c == '\'') {  // a string: copied up to its closing quote, escapes included
      const std::size_t start = i++;
      while (i < css.size() && css[i] != c && css[i] != '\n')
        i += css[i] == '\\' && i + 1 < css.size() ? 2 : 1;
      if (i < css.size() && css[i] == c) ++i;
      out.append(css.substr(start, i - start));
      continue;
    }
    if (c == '/' && i + 1 < css.size() && css[i + 1] == '*') {
      const std::size_t end = css.find("*/", i + 2);
      i = end == std::string_view::npos ? css.size() : end + 2;
      // A comment on lines of its own leaves no empty line behind.
      std::size_t line_start = out.size();
      while (line_start > 0 && (out[line_start - 1] == ' ' || out[line_start - 1] == '\t'))
        --line_start;
      if ((line_start == 0 || out[line_start - 1] == '\n') && i < css.size() && css[i] == '\n') {
        out.resize(line_start);
        ++i;
      }
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace ww
