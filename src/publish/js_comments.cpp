#include "publish/js_comments.h"

namespace ww {

std::string strip_js_comment_lines(std::string_view js) {
  if (js.find('`') != std::string_view::npos) return std::string(js);
  std::string out;
  out.reserve(js.size());
  std::size_t i = 0;
  while (i < js.size()) {
    std::size_t end = js.find('\n', i);
    const std::size_t next = end == std::string_view::npos ? js.size() : end + 1;
    const std::string_view line =
        js.substr(i, (end == std::string_view::npos ? js.size() : end) - i);
    if (!line.empty() && (line.back() == '\\' || (line.back() == '\r' && line.size() > 1 &&
                                                  line[line.size() - 2] == '\\')))
      return std::string(js);  // a string continued on the next line: leave the text alone
    const std::size_t first = line.find_first_not_of(" \t");
    const bool comment = first != std::string_view::npos && line.substr(first, 2) == "//" &&
                         line.find("*/") == std::string_view::npos;
    if (!comment) {  // the indentation goes too: no line can start inside a literal (see above)
      const std::size_t from = first == std::string_view::npos ? line.size() : first;
      out.append(js.substr(i + from, next - i - from));
    }
    i = next;
  }
  return out;
}

}  // namespace ww
