#include "pipeline/output_guard.h"

#include <filesystem>
#include <vector>

#include "core/file_system.h"

namespace fs = std::filesystem;

namespace ww {

namespace {

fs::path absolute_path(const std::string& p) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(p.empty() ? "." : p), ec);
  if (ec) abs = fs::absolute(p.empty() ? "." : p).lexically_normal();
  // "a/b/" and "a/b" must compare equal.
  std::string s = abs.generic_string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return fs::path(s);
}

/// True when `inner` is `outer` or lies below it.
bool is_within(const fs::path& inner, const fs::path& outer) {
  auto [a, b] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return a == outer.end();
}

}  // namespace

bool check_output_dir(const SiteConfig& config, const std::string& out_dir, bool from_option, Diagnostics& diags) {
  const fs::path out = absolute_path(out_dir);
  struct Protected {
    std::string what;
    fs::path path;
    bool no_output_inside;  ///< output inside this folder would be read back as content
  };
  std::vector<Protected> protect = {
      {"de sitemap", absolute_path(config.base_dir), false},
      {"het configuratiebestand", absolute_path(config.file), false},
      {"de contentmap", absolute_path(config.resolve(config.content_dir)), true},
      {"de themamap", absolute_path(config.resolve("themes")), false},
      {"de templatemap", absolute_path(config.resolve("templates")), false},
      {"de map static", absolute_path(config.resolve("static")), false},
      {"de map assets", absolute_path(config.resolve("assets")), true},
  };
  for (const auto& o : config.overlays) {
    // An overlay outside the site folder is an error of its own (content/overlays.cpp); guarding
    // it here would report the output folder instead.
    auto norm = path_normalize(o);
    if (o.empty() || o.front() == '/' || !norm || norm->empty()) continue;
    protect.push_back({"overlay '" + o + "'", absolute_path(config.resolve(*norm)), true});
  }
  for (const auto& p : protect) {
    const bool replaces = is_within(p.path, out);  // the build would remove this folder
    const bool inside = p.no_output_inside && is_within(out, p.path);
    if (!replaces && !inside) continue;
    SourcePos pos = from_option || config.output_dir_pos.line == 0 ? SourcePos{from_option ? "--out" : config.file, 0, 0}
                                                                    : config.output_dir_pos;
    diags.error(pos,
                "uitvoermap '" + out_dir + "' " + (replaces ? "zou " + p.what + " vervangen" : "ligt in " + p.what) +
                    ": een build vervangt de uitvoermap helemaal",
                "kies een aparte map, bijvoorbeeld output_dir = \"public\"", "uitvoermap");
    return false;
  }
  return true;
}

}  // namespace ww
