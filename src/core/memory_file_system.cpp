#include <filesystem>

#include "core/file_system.h"

namespace ww {

void MemoryFileSystem::add(const std::string& path, std::string content) {
  files_[path] = std::move(content);
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

bool MemoryFileSystem::is_file(const std::string& path) const { return files_.count(path) > 0; }

bool MemoryFileSystem::is_dir(const std::string& path) const {
  std::string prefix = path.empty() ? std::string{} : path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> MemoryFileSystem::list_files(
    const std::string& dir, std::vector<std::string>& /*problems*/) const {
  std::vector<std::string> out;
  std::string prefix = dir.empty() ? std::string{} : dir + "/";
  for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    out.push_back(it->first.substr(prefix.size()));
  }
  return out;  // std::map iterates sorted
}

}  // namespace ww

namespace ww {

std::optional<std::string> MemoryFileSystem::real_path(const std::string& path) const {
  std::filesystem::path p = path.empty() || path.front() != '/'
                                ? std::filesystem::path("/memory") / path
                                : std::filesystem::path(path);
  std::string s = p.lexically_normal().generic_string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace ww
