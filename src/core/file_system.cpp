#include "core/file_system.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace ww {

std::string path_join(const std::string& a, const std::string& b) {
  if (a.empty() || (!b.empty() && b.front() == '/')) return b;
  if (b.empty()) return a;
  if (a.back() == '/') return a + b;
  return a + "/" + b;
}

std::string path_dir(const std::string& p) {
  auto pos = p.rfind('/');
  return pos == std::string::npos ? std::string{} : p.substr(0, pos);
}

std::string path_file(const std::string& p) {
  auto pos = p.rfind('/');
  return pos == std::string::npos ? p : p.substr(pos + 1);
}

std::string path_stem(const std::string& p) {
  std::string f = path_file(p);
  auto pos = f.rfind('.');
  return pos == std::string::npos || pos == 0 ? f : f.substr(0, pos);
}

std::optional<std::string> path_normalize(const std::string& p) {
  // The parts between slashes, without a stream: links are resolved by the thousand.
  std::vector<std::string_view> parts;
  const std::string_view all(p);
  for (std::size_t start = 0; start < all.size();) {
    std::size_t slash = all.find('/', start);
    if (slash == std::string_view::npos) slash = all.size();
    const std::string_view part = all.substr(start, slash - start);
    start = slash + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else {
      parts.push_back(part);
    }
  }
  std::string out;
  out.reserve(p.size());
  for (const auto& s : parts) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

std::string root_prefix(const std::string& from_file) {
  std::string out;
  for (char c : from_file)
    if (c == '/') out += "../";
  return out;
}

}  // namespace ww

namespace ww {

bool path_within(const std::string& inner, const std::string& outer) {
  if (outer == "/") return !inner.empty() && inner.front() == '/';
  return inner.starts_with(outer) && (inner.size() == outer.size() || inner[outer.size()] == '/');
}

bool path_within_any(const std::string& inner, const std::vector<std::string>& roots) {
  return std::any_of(roots.begin(), roots.end(),
                     [&](const std::string& r) { return path_within(inner, r); });
}

std::optional<std::string> FileSystem::read_within(const std::string& path,
                                                   const std::vector<std::string>& roots) const {
  auto real = real_path(path);
  if (!real || !path_within_any(*real, roots)) return std::nullopt;
  return read(path);
}

ConfinedFileSystem::ConfinedFileSystem(const FileSystem& inner,
                                       const std::vector<std::string>& roots)
    : inner_(inner) {
  for (const auto& r : roots)
    if (auto real = inner.real_path(r)) roots_.push_back(*real);
}

bool ConfinedFileSystem::allows(const std::string& path) const {
  auto real = inner_.real_path(path);
  return real && path_within_any(*real, roots_);
}

std::optional<std::string> ConfinedFileSystem::read(const std::string& path) const {
  return inner_.read_within(path, roots_);
}

std::vector<std::string> ConfinedFileSystem::list_files(const std::string& dir,
                                                        std::vector<std::string>& problems) const {
  if (!inner_.is_dir(dir)) return {};
  if (!allows(dir)) {
    problems.push_back(dir + ": map ligt buiten het project; overgeslagen");
    return {};
  }
  return inner_.list_files_within(dir, roots_, problems);
}

}  // namespace ww
