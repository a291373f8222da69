#pragma once
/// The theme's CSS is published without its comments: they document the theme for its authors
/// (themes/<name>/static/css/*.css keeps them) but cost every reader bytes on every page, and
/// the CSS of a page has a budget of 40 KB (tests/browser/tests/theme-html.test.mjs).
#include <string>
#include <string_view>

namespace ww {

/// `css` without its /* ... */ comments. Text inside quoted strings ("/*" in a content value) is
/// kept as it is; a comment that fills whole lines takes its line break with it. An unclosed
/// comment runs to the end, as in a browser.
std::string strip_css_comments(std::string_view css);

}  // namespace ww
