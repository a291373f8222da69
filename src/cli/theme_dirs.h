#pragma once
/// Where the built-in themes are looked for (README, "Installing"), after the site's own themes/.
#include <string>
#include <vector>

namespace ww {

/// The built-in theme folders for a binary at `exe`, in lookup order:
///   1. $WEGWIJZER_THEMES when set (`env`), for a theme kept elsewhere;
///   2. <exe>/../share/wegwijzer/themes: the installed theme (Debian package, `cmake --install`);
///   3. <exe>/../themes: the source checkout, for developers (build/wegwijzer -> themes/).
/// An empty `exe` (not known) leaves out 2 and 3.
std::vector<std::string> builtin_theme_dirs(const std::string& exe, const char* env);

/// The same for this process: the binary's real path from /proc/self/exe (not the working
/// folder, so the installed tool works from any folder) and $WEGWIJZER_THEMES.
std::vector<std::string> builtin_theme_dirs();

}  // namespace ww
