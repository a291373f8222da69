#include "output/output_sink.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

namespace ww {

bool MemoryOutput::write(const std::string& path, std::string_view bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  files_[path] = std::string(bytes);
  return true;
}

std::map<std::string, std::string> MemoryOutput::files() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return files_;
}

namespace {
/// Opens `full` for writing; creates its folders only when the first open says they are missing
/// (a build writes thousands of files into a few folders: no stat per file).
int open_for_write(const std::string& full) {
  const int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  int fd = ::open(full.c_str(), flags, 0644);
  if (fd < 0 && errno == ENOENT) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(full).parent_path(), ec);
    fd = ::open(full.c_str(), flags, 0644);
  }
  return fd;
}
}  // namespace

bool DiskOutput::write(const std::string& path, std::string_view bytes) {
  std::string full = root_.empty() ? path : root_ + "/" + path;
  int fd = open_for_write(full);
  if (fd < 0) return false;
  const bool ok = write_all(fd, bytes);
  return ::close(fd) == 0 && ok;
}

bool write_all(int fd, std::string_view bytes) {
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace ww
