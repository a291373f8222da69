#include "output/output_sink.h"

#include <filesystem>
#include <fstream>

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

bool DiskOutput::write(const std::string& path, std::string_view bytes) {
  std::filesystem::path full = std::filesystem::path(root_) / path;
  std::error_code ec;
  std::filesystem::create_directories(full.parent_path(), ec);
  std::ofstream out(full, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace ww
