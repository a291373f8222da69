#include "publish/js_comments.h"

namespace ww {

std::string strip_js_comment_lines(std::string_view js) {
  std::string out;
  out.reserve(js.size());
  bool in_block = false;  // inside a /* */ comment that began at the start of a line
  std::size_t i = 0;
  while (i < js.size()) {
    std::size_t end = js.find('\n', i);
    const std::size_t next = end == std::string_view::npos ? js.size() : end + 1;
    std::string_view line = js.substr(i, (end == std::string_view::npos ? js.size() : end) - i);
    i = next;
    if (!line.empty() && (line.back() == '\\' || (line.back() == '\r' && line.size() > 1 &&
                                                  line[line.size() - 2] == '\\')))
      return std::string(js);  // a string continued on the next line: leave the text alone
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) continue;  // a blank line
    line.remove_prefix(first);  // the indentation: no line starts inside a literal (see above)
    if (in_block || line.substr(0, 2) == "/*") {
      // A block comment from the start of a line: dropped up to its */, the code after it kept.
      const std::size_t close = line.find("*/", in_block ? 0 : 2);
      in_block = close == std::string_view::npos;
      if (in_block) continue;
      line.remove_prefix(close + 2);
      const std::size_t rest = line.find_first_not_of(" \t\r");
      if (rest == std::string_view::npos) continue;
      line.remove_prefix(rest);
    }
    // A whole-line // comment, unless it also holds */ (it may close a block opened mid-line).
    if (line.substr(0, 2) == "//" && line.find("*/") == std::string_view::npos) continue;
    out.append(line);
    out += '\n';
  }
  // A backtick in the code (not only in comments) may open a template literal, in which a line
  // may start with // or spaces that are text: then nothing is changed. The first backtick of the
  // code stands on a line that is kept, since no line before it starts inside a literal.
  if (out.find('`') != std::string::npos) return std::string(js);
  return out;
}

}  // namespace ww
