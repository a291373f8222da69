#pragma once
/// The theme: Mustache templates and static files, looked up site first, then theme.
#include <map>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/file_system.h"

namespace ww {

struct TemplateSource {
  std::string name;  ///< "page" for page.mustache
  std::string file;  ///< where it came from, for diagnostics
  std::string text;  ///< with partials ({{> name}}) already expanded
};

struct StaticFile {
  std::string output;  ///< path in the output: "css/wegwijzer.css"
  std::string file;    ///< where to read it
};

struct Theme {
  std::string name;
  std::string dir;  ///< themes/<name>
  std::map<std::string, TemplateSource> templates;
  std::vector<TemplateSource> files;  ///< every template and partial file as written, for checks
  /// The partials by name ("noten"), their own partials expanded: page parts render them.
  std::map<std::string, TemplateSource> partials;
  std::vector<StaticFile> statics;  ///< sorted by output path, overrides resolved
};

/// Loads `themes/<name>/templates/*.mustache` and `static/`, with the site's own
/// `templates/` and `static/` (and `assets/`) winning on the same path. Partials
/// (`{{> name}}`, from `partials/`) are expanded once here; an unknown partial or a
/// partial cycle is an error.
/// `fallback_dirs` are searched for `<name>/` after the site's own `themes/` (the generator's
/// built-in themes, so a gemeente folder elsewhere can use the standard theme).
Theme load_theme(const FileSystem& fs, const SiteConfig& config, Diagnostics& diags,
                 const std::vector<std::string>& fallback_dirs = {});

/// Expands `{{> name}}` tags using `partials`; reports unknown ones and cycles.
std::string expand_partials(
    const std::string& text, const std::string& file,
    const std::map<std::string, std::pair<std::string, std::string>>& partials, Diagnostics& diags,
    int depth = 0);

}  // namespace ww
