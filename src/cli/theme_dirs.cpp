#include "cli/theme_dirs.h"

#include <cstdlib>
#include <filesystem>

namespace ww {

std::vector<std::string> builtin_theme_dirs(const std::string& exe, const char* env) {
  std::vector<std::string> dirs;
  if (env && *env) dirs.emplace_back(env);
  if (!exe.empty()) {
    const std::filesystem::path prefix = std::filesystem::path(exe).parent_path().parent_path();
    dirs.push_back((prefix / "share/wegwijzer/themes").string());
    dirs.push_back((prefix / "themes").string());
  }
  return dirs;
}

std::vector<std::string> builtin_theme_dirs() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return builtin_theme_dirs(ec ? std::string{} : exe.string(), std::getenv("WEGWIJZER_THEMES"));
}

}  // namespace ww
