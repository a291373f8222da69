#include "output/staging.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;

namespace ww {

namespace {
bool has_marker(const fs::path& dir) {
  std::error_code ec;
  const fs::path marker = dir / std::string(kOutputMarker);
  if (!fs::is_regular_file(fs::symlink_status(marker, ec))) return false;
  std::ifstream in(marker, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str() == kOutputMarkerText;
}
}  // namespace

std::optional<std::string> replace_refusal(const std::string& dir) {
  std::error_code ec;
  const fs::file_status st = fs::symlink_status(dir, ec);
  if (st.type() == fs::file_type::not_found) return std::nullopt;
  if (ec) return "kan niet gelezen worden (" + ec.message() + ")";
  if (fs::is_symlink(st)) return "is een symbolische link; de build vervangt alleen een echte map";
  if (!fs::is_directory(st))
    return "is geen map maar een bestand; de build vervangt geen bestanden";
  if (fs::is_empty(dir, ec) && !ec) return std::nullopt;
  if (has_marker(dir)) return std::nullopt;
  return "is niet leeg en niet door wegwijzer gemaakt (het bestand " + std::string(kOutputMarker) +
         " ontbreekt); de build vervangt alleen een lege map of een eigen uitvoer";
}

Staging staging_for(const std::string& final_dir) {
  std::string dir = final_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  return Staging{dir, dir + ".nieuw"};
}

std::optional<Staging> begin_staging(const std::string& final_dir, Diagnostics& diags) {
  Staging s = staging_for(final_dir);
  std::error_code ec;
  fs::remove_all(s.staging_dir, ec);
  fs::create_directories(s.staging_dir, ec);
  if (!ec) {
    std::ofstream marker(fs::path(s.staging_dir) / std::string(kOutputMarker), std::ios::binary);
    marker << kOutputMarkerText;
    if (!marker.flush()) ec = std::make_error_code(std::errc::io_error);
  }
  if (ec) {
    diags.error({s.staging_dir, 0, 0}, "uitvoermap kan niet gemaakt worden: " + ec.message(), {},
                "uitvoer");
    return std::nullopt;
  }
  return s;
}

namespace {
/// Removes `dir` and everything below it (as fs::remove_all), its top-level entries on `workers`.
/// A `dir` that is no folder itself (a symbolic link to one included) is removed alone: the
/// folder a link points to is never entered, and nothing outside the output is touched.
void remove_tree(const fs::path& dir, WorkerPool* workers) {
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(dir, ec))) {
    fs::remove(dir, ec);
    return;
  }
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    entries.push_back(it->path());
  parallel_for(entries.size(), workers, [&](std::size_t i) {
    std::error_code entry_ec;
    fs::remove_all(entries[i], entry_ec);
  });
  fs::remove_all(dir, ec);  // what is left: the folder itself
}
}  // namespace

bool commit_staging(const Staging& s, Diagnostics& diags, WorkerPool* workers) {
  std::error_code ec;
  const std::string old = s.final_dir + ".oud";
  fs::remove_all(old, ec);
  bool had_old = fs::exists(fs::symlink_status(s.final_dir, ec));
  if (had_old) {
    fs::rename(s.final_dir, old, ec);
    if (ec) {
      diags.error({s.final_dir, 0, 0}, "oude uitvoer kan niet opzij gezet worden: " + ec.message(),
                  {}, "uitvoer");
      return false;
    }
  }
  fs::rename(s.staging_dir, s.final_dir, ec);
  if (ec) {
    diags.error({s.final_dir, 0, 0},
                "nieuwe uitvoer kan niet op zijn plaats gezet worden: " + ec.message(), {},
                "uitvoer");
    if (had_old) fs::rename(old, s.final_dir, ec);
    return false;
  }
  if (had_old) remove_tree(old, workers);
  return true;
}

void abort_staging(const Staging& s) {
  std::error_code ec;
  fs::remove_all(s.staging_dir, ec);
}

}  // namespace ww
