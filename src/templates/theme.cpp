#include "templates/theme.h"

#include "core/utf8.h"

namespace ww {

namespace {
/// list_files problems ("path: reason") as errors: a skipped file must not go unnoticed.
void report(const std::vector<std::string>& problems, Diagnostics& diags) {
  for (const auto& p : problems)
    diags.error({p.substr(0, p.find(": ")), 0, 0}, p.substr(p.find(": ") + 2), {}, "bestand");
}
}  // namespace

std::string expand_partials(
    const std::string& text, const std::string& file,
    const std::map<std::string, std::pair<std::string, std::string>>& partials, Diagnostics& diags,
    int depth) {
  if (depth > 16) {
    diags.error({file, 1, 1}, "partials roepen elkaar in een kring aan (meer dan 16 niveaus)", {},
                "template");
    return {};
  }
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    std::size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    out.append(text, pos, open - pos);
    std::string name = text.substr(open + 3, close - open - 3);
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    auto it = partials.find(name);
    if (it == partials.end()) {
      auto [line, col] = line_col_at(text, open);
      diags.error({file, line, col}, "onbekende partial '" + name + "'",
                  "zet het bestand in templates/partials/" + name + ".mustache", "template");
    } else {
      out += expand_partials(it->second.second, it->second.first, partials, diags, depth + 1);
    }
    pos = close + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

Theme load_theme(const FileSystem& fs, const SiteConfig& config, Diagnostics& diags,
                 const std::vector<std::string>& fallback_dirs) {
  Theme theme;
  theme.name = config.theme;
  // Lookup order (README, "Installing"): the site's own themes/, then the built-in folders.
  std::vector<std::string> searched = {config.resolve("themes")};
  searched.insert(searched.end(), fallback_dirs.begin(), fallback_dirs.end());
  theme.dir.clear();
  for (const auto& dir : searched) {
    if (fs.is_dir(path_join(dir, config.theme))) {
      theme.dir = path_join(dir, config.theme);
      break;
    }
  }
  if (theme.dir.empty()) {
    std::string list;
    for (const auto& dir : searched)
      list += (list.empty() ? " " : ", ") + path_join(dir, config.theme);
    diags.error(
        config.theme_pos.line > 0 ? config.theme_pos : SourcePos{config.file, 0, 0},
        "thema '" + config.theme + "' niet gevonden; gezocht in:" + list,
        "controleer 'theme' in " + config.file +
            ", of installeer wegwijzer met het Debian-pakket of 'cmake --install': dan staat het "
            "standaardthema in <prefix>/share/wegwijzer/themes",
        "thema-ontbreekt");
    theme.dir = path_join(searched.front(), config.theme);
    return theme;
  }
  // Later roots win: theme first, then the site's own folders.
  const std::vector<std::string> template_roots = {path_join(theme.dir, "templates"),
                                                   config.resolve("templates")};
  std::map<std::string, std::pair<std::string, std::string>> raw;       // name -> (file, text)
  std::map<std::string, std::pair<std::string, std::string>> partials;  // name -> (file, text)
  for (const auto& root : template_roots) {
    std::vector<std::string> problems;
    for (const auto& rel : fs.list_files(root, problems)) {
      if (!rel.ends_with(".mustache")) continue;
      std::string file = path_join(root, rel);
      auto text = fs.read(file);
      if (!text) continue;
      std::string name = rel.substr(0, rel.size() - 9);
      if (name.starts_with("partials/"))
        partials[name.substr(9)] = {file, normalize_newlines(*text)};
      else
        raw[name] = {file, normalize_newlines(*text)};
    }
    report(problems, diags);
  }
  for (const auto& [name, ft] : raw) theme.files.push_back({name, ft.first, ft.second});
  Diagnostics again;  // a partial's problems are reported where a template includes it
  for (const auto& [name, ft] : partials) {
    theme.files.push_back({"partials/" + name, ft.first, ft.second});
    theme.partials[name] = {name, ft.first, expand_partials(ft.second, ft.first, partials, again)};
  }
  for (const auto& [name, ft] : raw)
    theme.templates[name] = {name, ft.first, expand_partials(ft.second, ft.first, partials, diags)};
  for (const char* required : {"base", "page"})
    if (!theme.templates.count(required))
      diags.error({theme.dir, 0, 0},
                  std::string("template '") + required + ".mustache' ontbreekt in het thema", {},
                  "template");

  std::map<std::string, std::string> statics;  // output -> file
  for (const auto& root : {path_join(theme.dir, "static"), config.resolve("static")}) {
    std::vector<std::string> problems;
    for (const auto& rel : fs.list_files(root, problems)) statics[rel] = path_join(root, rel);
    report(problems, diags);
  }
  std::vector<std::string> problems;
  for (const auto& rel : fs.list_files(config.resolve("assets"), problems))
    statics["assets/" + rel] = path_join(config.resolve("assets"), rel);
  report(problems, diags);
  for (const auto& [out, file] : statics) theme.statics.push_back({out, file});
  return theme;
}

}  // namespace ww
