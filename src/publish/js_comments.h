#pragma once
/// The theme's JavaScript is published without its whole-line `//` comments (they document the
/// code for its authors; the source in themes/<name>/static/js keeps them), for the same budget
/// as publish/css_comments.h: 40 KB of JavaScript per page.
#include <string>
#include <string_view>

namespace ww {

/// `js` without the lines whose first non-blank characters are `//`, without block comments that
/// start a line (`/** ... */`; code after the closing `*/` is kept), without blank lines and
/// without the indentation of each line. Safe without a JavaScript parser because a line can
/// only start inside a literal in a template literal (a backtick) or a string continued with a
/// backslash: a text with a backtick outside its comments, or a line ending in `\`, is returned
/// unchanged; a `//` line
/// that also holds `*/` is kept (it may close a block comment opened in the middle of a line).
std::string strip_js_comment_lines(std::string_view js);

}  // namespace ww
