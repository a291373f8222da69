#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "core/file_system.h"

namespace fs = std::filesystem;

namespace ww {

namespace {

/// Reads the whole regular file open on `fd` (which it closes), or nullopt.
std::optional<std::string> read_and_close(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return std::nullopt;
  }
  std::string out;
  out.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  for (;;) {
    if (got == out.size()) out.resize(out.size() + 4096);  // the file grew since fstat
    ssize_t n = ::read(fd, out.data() + got, out.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  out.resize(got);
  return out;
}

}  // namespace

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
  // One open, one fstat and reads straight into the string: a build reads thousands of files.
  // O_NONBLOCK: a FIFO is refused by the fstat below instead of waiting for a writer.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return std::nullopt;
  return read_and_close(fd);
}

std::optional<std::string> DiskFileSystem::read_within(
    const std::string& path, const std::vector<std::string>& roots) const {
  // O_PATH finds the file (following links) without opening it for reading: a link to a FIFO
  // does not block and a link to a device does not wake it.
  const int where = ::open(path.c_str(), O_PATH | O_CLOEXEC);
  if (where < 0) return std::nullopt;
  struct stat st {};
  if (::fstat(where, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(where);
    return std::nullopt;
  }
  const std::string self = "/proc/self/fd/" + std::to_string(where);
  char buf[4096];
  const ssize_t n = ::readlink(self.c_str(), buf, sizeof buf);
  if (n <= 0 || static_cast<std::size_t>(n) >= sizeof buf || buf[0] != '/') {
    ::close(where);  // no /proc (or a path too long for it): resolve the path itself
    return FileSystem::read_within(path, roots);
  }
  if (!path_within_any(std::string(buf, static_cast<std::size_t>(n)), roots)) {
    ::close(where);
    return std::nullopt;
  }
  // Reopened through the descriptor, so the file read is the file checked.
  const int fd = ::open(self.c_str(), O_RDONLY | O_CLOEXEC);
  ::close(where);
  if (fd < 0) return std::nullopt;
  return read_and_close(fd);
}

bool DiskFileSystem::is_file(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool DiskFileSystem::is_dir(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

namespace {

bool within_any(const fs::path& p, const std::vector<std::string>* roots) {
  return !roots || path_within_any(p.string(), *roots);
}

void walk(const fs::path& root, const fs::path& dir, std::set<fs::path>& seen_dirs,
          std::vector<std::string>& out, std::vector<std::string>& problems,
          const std::vector<std::string>* roots) {
  std::error_code ec;
  fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    problems.push_back(dir.string() + ": map kan niet gelezen worden (" + ec.message() + ")");
    return;
  }
  if (!seen_dirs.insert(canonical).second) {
    problems.push_back(dir.string() + ": symbolische link vormt een lus; overgeslagen");
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    entries.push_back(*it);
  if (ec) {
    problems.push_back(dir.string() + ": map kan niet gelezen worden (" + ec.message() + ")");
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().native() < b.path().native(); });
  for (const auto& e : entries) {
    std::error_code sec;
    if (e.is_symlink(sec) && roots) {
      fs::path target = fs::canonical(e.path(), sec);
      if (!sec && !within_any(target, roots)) {
        problems.push_back(e.path().string() +
                           ": symbolische link wijst buiten het project (naar '" + target.string() +
                           "')");
        continue;
      }
      sec.clear();
    }
    if (e.is_directory(sec)) {
      walk(root, e.path(), seen_dirs, out, problems, roots);
    } else if (e.is_regular_file(sec)) {
      out.push_back(e.path().lexically_relative(root).generic_string());
    } else if (e.is_symlink(sec)) {
      problems.push_back(e.path().string() + ": symbolische link wijst naar niets; overgeslagen");
    }
  }
  seen_dirs.erase(canonical);
}

}  // namespace

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir,
                                                    std::vector<std::string>& problems) const {
  std::vector<std::string> out;
  std::set<fs::path> seen;
  if (!is_dir(dir)) return out;
  walk(fs::path(dir), fs::path(dir), seen, out, problems, nullptr);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> DiskFileSystem::list_files_within(
    const std::string& dir, const std::vector<std::string>& roots,
    std::vector<std::string>& problems) const {
  std::vector<std::string> out;
  std::set<fs::path> seen;
  if (!is_dir(dir)) return out;
  walk(fs::path(dir), fs::path(dir), seen, out, problems, &roots);
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::string> DiskFileSystem::real_path(const std::string& path) const {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path.empty() ? "." : path, ec), ec);
  if (ec) return std::nullopt;
  std::string s = p.string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace ww
