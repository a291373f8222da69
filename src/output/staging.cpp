#include "output/staging.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace ww {

std::optional<Staging> begin_staging(const std::string& final_dir, Diagnostics& diags) {
  std::string dir = final_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  Staging s{dir, dir + ".nieuw"};
  std::error_code ec;
  fs::remove_all(s.staging_dir, ec);
  fs::create_directories(s.staging_dir, ec);
  if (ec) {
    diags.error({s.staging_dir, 0, 0}, "uitvoermap kan niet gemaakt worden: " + ec.message(), {}, "uitvoer");
    return std::nullopt;
  }
  return s;
}

bool commit_staging(const Staging& s, Diagnostics& diags) {
  std::error_code ec;
  const std::string old = s.final_dir + ".oud";
  fs::remove_all(old, ec);
  bool had_old = fs::exists(s.final_dir, ec);
  if (had_old) {
    fs::rename(s.final_dir, old, ec);
    if (ec) {
      diags.error({s.final_dir, 0, 0}, "oude uitvoer kan niet opzij gezet worden: " + ec.message(), {}, "uitvoer");
      return false;
    }
  }
  fs::rename(s.staging_dir, s.final_dir, ec);
  if (ec) {
    diags.error({s.final_dir, 0, 0}, "nieuwe uitvoer kan niet op zijn plaats gezet worden: " + ec.message(), {},
                "uitvoer");
    if (had_old) fs::rename(old, s.final_dir, ec);
    return false;
  }
  fs::remove_all(old, ec);
  return true;
}

void abort_staging(const Staging& s) {
  std::error_code ec;
  fs::remove_all(s.staging_dir, ec);
}

}  // namespace ww
