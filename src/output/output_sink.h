#pragma once
/// Where the build writes its files: a folder on disk, or memory in tests. Thread-safe.
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace ww {

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  /// Writes `bytes` to `path` (relative to the output root, '/'-separated). Returns false on
  /// failure.
  virtual bool write(const std::string& path, std::string_view bytes) = 0;
  /// False for a sink that throws every file away (`wegwijzer check`): a stage may then leave
  /// out making a file, but only when making it cannot report a problem.
  [[nodiscard]] virtual bool keeps_output() const { return true; }
};

class MemoryOutput : public OutputSink {
 public:
  bool write(const std::string& path, std::string_view bytes) override;
  /// The files written so far, sorted by path.
  [[nodiscard]] std::map<std::string, std::string> files() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

class DiskOutput : public OutputSink {
 public:
  explicit DiskOutput(std::string root) : root_(std::move(root)) {}
  bool write(const std::string& path, std::string_view bytes) override;

 private:
  std::string root_;
};

/// Writes all of `bytes` to the open file `fd`, retrying short writes and EINTR; false on error.
bool write_all(int fd, std::string_view bytes);

}  // namespace ww
