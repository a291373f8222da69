#include "pipeline/output_guard.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <vector>

#include "core/file_system.h"
#include "output/output_sink.h"
#include "output/staging.h"
#include "publish/download.h"
#include "publish/zip_writer.h"

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

struct Protected {
  std::string what;
  fs::path path;
  bool no_output_inside;  ///< output inside this folder would be read back as content
};

/// The site's sources: what a build must never replace or write into.
std::vector<Protected> protected_paths(const SiteConfig& config) {
  std::vector<Protected> protect = {
      {"de sitemap", absolute_path(config.base_dir), false},
      {"het configuratiebestand", absolute_path(config.file), false},
      {"de contentmap", absolute_path(config.resolve(config.content_dir)), true},
      {"de themamap", absolute_path(config.resolve("themes")), true},
      {"de templatemap", absolute_path(config.resolve("templates")), true},
      {"de map static", absolute_path(config.resolve("static")), true},
      {"de map assets", absolute_path(config.resolve("assets")), true},
  };
  for (const auto& o : config.overlays) {
    // An overlay outside the site folder is an error of its own (content/overlays.cpp); guarding
    // it here would report the output folder instead.
    auto norm = path_normalize(o);
    if (o.empty() || o.front() == '/' || !norm || norm->empty()) continue;
    protect.push_back({"overlay '" + o + "'", absolute_path(config.resolve(*norm)), true});
  }
  for (const auto& m : config.toegestane_mappen)
    protect.push_back({"toegestane map '" + m + "'", absolute_path(config.resolve(m)), true});
  return protect;
}

}  // namespace

namespace {
bool check_dir(const SiteConfig& config, const std::string& out_dir, const SourcePos& pos,
               Diagnostics& diags) {
  const fs::path out = absolute_path(out_dir);
  for (const auto& p : protected_paths(config)) {
    const bool replaces = is_within(p.path, out);  // the build would remove this folder
    const bool inside = p.no_output_inside && is_within(out, p.path);
    if (!replaces && !inside) continue;
    diags.error(pos,
                "uitvoermap '" + out_dir + "' " +
                    (replaces ? "zou " + p.what + " vervangen" : "ligt in " + p.what) +
                    ": een build vervangt de uitvoermap helemaal",
                "kies een aparte map, bijvoorbeeld output_dir = \"public\"", "uitvoermap");
    return false;
  }
  const Staging s = staging_for(out_dir);
  for (const std::string& dir : {s.final_dir, s.staging_dir, s.final_dir + ".oud"}) {
    auto why = replace_refusal(dir);
    if (!why) continue;
    const bool own = dir == s.final_dir;
    const bool unmarked = why->find(kOutputMarker) != std::string::npos;
    diags.error(pos,
                std::string(own ? "uitvoermap '" : "werkmap '") + dir + "' " + *why +
                    (own ? "" : " (de build gebruikt die naam naast de uitvoermap)"),
                unmarked ? "kies een andere uitvoermap; is '" + dir +
                               "' de uitvoer van een oudere versie van wegwijzer (zonder " +
                               std::string(kOutputMarker) +
                               "), verwijder die map dan zelf, bijvoorbeeld met rm -r '" + dir + "'"
                         : "kies een andere uitvoermap",
                "uitvoermap");
    return false;
  }
  return true;
}
}  // namespace

bool check_output_dir(const SiteConfig& config, const std::string& out_dir, bool from_option,
                      Diagnostics& diags) {
  const SourcePos pos = from_option || config.output_dir_pos.line == 0
                            ? SourcePos{from_option ? "--out" : config.file, 0, 0}
                            : config.output_dir_pos;
  return check_dir(config, out_dir, pos, diags);
}

bool check_option_dir(const SiteConfig& config, const std::string& dir, const std::string& option,
                      Diagnostics& diags) {
  return check_dir(config, dir, SourcePos{option, 0, 0}, diags);
}

bool check_zip_target(const SiteConfig& config, const std::string& zip_path,
                      const std::string& out_dir, Diagnostics& diags) {
  const SourcePos pos{zip_path, 0, 0};
  const fs::path target = absolute_path(zip_path);
  const Staging s = staging_for(out_dir);
  std::vector<Protected> protect = protected_paths(config);
  protect.push_back({"de uitvoermap", absolute_path(s.final_dir), true});
  protect.push_back({"de werkmap van de build", absolute_path(s.staging_dir), true});
  protect.push_back({"de werkmap van de build", absolute_path(s.final_dir + ".oud"), true});
  for (const auto& p : protect) {
    if (!p.no_output_inside || !is_within(target, p.path)) continue;
    std::string hint = p.what == "de uitvoermap"
                           ? "de site bevat het zip-bestand al; kies een map buiten de uitvoer"
                           : "kies een map buiten de bronnen, bijvoorbeeld --zip dist/";
    const std::string why =
        p.what == "de uitvoermap" ? "die bij elke build vervangen wordt" : "bij de bronnen";
    diags.error(pos, "zip-bestand '" + zip_path + "' ligt in " + p.what + ", " + why, hint,
                "zip-doel");
    return false;
  }
  if (target == absolute_path(config.file)) {
    diags.error(pos, "zip-bestand '" + zip_path + "' zou het configuratiebestand vervangen", {},
                "zip-doel");
    return false;
  }
  std::error_code ec;
  const fs::file_status st = fs::symlink_status(zip_path, ec);
  if (st.type() == fs::file_type::not_found) return true;
  std::string why;
  if (fs::is_symlink(st)) {
    why = "is een symbolische link";
  } else if (!fs::is_regular_file(st)) {
    why = "is geen gewoon bestand";
  } else {
    std::ifstream in(zip_path, std::ios::binary | std::ios::ate);
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    std::optional<std::string> comment;
    if (size > 0) {
      const std::streamoff want = std::min<std::streamoff>(size, 65557);  // EOCD + longest comment
      std::string tail(static_cast<std::size_t>(want), '\0');
      in.seekg(size - want);
      if (in.read(tail.data(), want)) comment = zip_archive_comment(tail);
    }
    if (!comment || *comment != zip_comment(config))
      why = "is geen eerder zip-bestand van deze site (de zip-opmerking '" + zip_comment(config) +
            "' ontbreekt)";
  }
  if (why.empty()) return true;
  diags.error(
      pos, "zip-bestand '" + zip_path + "' bestaat al en " + why + ": de build vervangt het niet",
      "kies een andere naam of map, of verwijder het bestand zelf", "zip-doel");
  return false;
}

bool write_file_atomically(const std::string& path, const std::string& bytes) {
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  std::string tmp = path + ".tmp-XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return false;
  bool ok = write_all(fd, bytes);
  ok = ok && ::fchmod(fd, 0644) == 0 && ::fsync(fd) == 0;
  ok = ::close(fd) == 0 && ok;
  if (ok) ok = ::rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) ::unlink(tmp.c_str());
  return ok;
}

}  // namespace ww
