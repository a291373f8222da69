#include "config/project.h"

namespace ww {

std::vector<std::string> project_roots(const SiteConfig& config,
                                       const std::vector<std::string>& builtin_dirs) {
  std::vector<std::string> roots = {config.base_dir.empty() ? std::string(".") : config.base_dir};
  for (const auto& m : config.toegestane_mappen)
    if (!m.empty()) roots.push_back(config.resolve(m));
  roots.insert(roots.end(), builtin_dirs.begin(), builtin_dirs.end());
  return roots;
}

bool check_project_paths(const FileSystem& fs, const SiteConfig& config,
                         const std::vector<std::string>& roots, Diagnostics& diags) {
  const ConfinedFileSystem project(fs, roots);
  bool ok = true;
  auto where = [&](const SourcePos& pos) {
    return pos.line > 0 ? pos : SourcePos{config.file, 1, 1};
  };
  auto check = [&](const std::string& key, const std::string& value, const SourcePos& pos) {
    if (value.empty()) return;
    const std::string path = config.resolve(value);
    if (project.allows(path)) return;
    ok = false;
    diags.error(
        where(pos),
        "'" + key + "' wijst naar '" + fs.real_path(path).value_or(path) +
            "', buiten het project (de map van " + config.file + " en de toegestane_mappen)",
        "een site leest alleen bestanden uit haar eigen map; moet deze map erbij, zet haar dan in "
        "toegestane_mappen",
        "buiten-project");
  };
  for (const auto& m : config.toegestane_mappen) {
    if (m.empty() || !fs.is_dir(config.resolve(m))) {
      ok = false;
      diags.error(where(config.toegestane_mappen_pos),
                  "toegestane map '" + m + "' bestaat niet of is geen map", {}, "toegestane-map");
    } else if (fs.real_path(config.resolve(m)) == std::string("/")) {
      ok = false;
      diags.error(where(config.toegestane_mappen_pos),
                  "toegestane map '" + m + "' is de hele schijf", {}, "toegestane-map");
    }
  }
  check("content_dir", config.content_dir, config.content_dir_pos);
  for (const auto& o : config.overlays) {
    auto norm = path_normalize(o);
    if (o.empty() || o.front() == '/' || !norm || norm->empty())
      continue;  // content/overlays.cpp reports it
    check("overlays", o, config.overlays_pos);
  }
  check("[thema] tokens", config.thema.tokens, config.thema.tokens_pos);
  check("[gemeente] logo", config.gemeente.logo, config.gemeente.logo_pos);
  const std::string own_theme = path_join("themes", config.theme);
  if (fs.is_dir(config.resolve(own_theme))) check("theme", own_theme, config.theme_pos);
  for (const char* dir : {"themes", "templates", "static", "assets"}) {
    const std::string path = config.resolve(dir);
    if (!fs.is_dir(path) || project.allows(path)) continue;
    ok = false;
    diags.error({path, 0, 0},
                "map wijst buiten het project (naar '" + fs.real_path(path).value_or(path) + "')",
                "vervang de symbolische link door een echte map", "buiten-project");
  }
  return ok;
}

}  // namespace ww
