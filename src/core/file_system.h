#pragma once
/// File access behind a small interface, so most tests run on an in-memory fake.
/// Paths use '/' and are relative to the process's working folder (or absolute).
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ww {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// The whole file, or nullopt if it cannot be read.
  [[nodiscard]] virtual std::optional<std::string> read(const std::string& path) const = 0;
  [[nodiscard]] virtual bool is_file(const std::string& path) const = 0;
  [[nodiscard]] virtual bool is_dir(const std::string& path) const = 0;
  /// Every regular file below `dir`, recursively, as paths relative to `dir`, sorted bytewise.
  /// Problems (unreadable folders, symlink loops) are appended to `problems` as
  /// "path: reason" and the walk goes on.
  [[nodiscard]] virtual std::vector<std::string> list_files(
      const std::string& dir, std::vector<std::string>& problems) const = 0;
  /// Like list_files, but a symbolic link whose target lies outside every folder in `roots`
  /// (real paths, see real_path) is not followed: it is reported in `problems` and skipped.
  [[nodiscard]] virtual std::vector<std::string> list_files_within(
      const std::string& dir, const std::vector<std::string>& roots,
      std::vector<std::string>& problems) const {
    (void)roots;
    return list_files(dir, problems);
  }
  /// The absolute path with every symbolic link, "." and ".." resolved (the part that does not
  /// exist yet is resolved lexically); nullopt when it cannot be worked out.
  [[nodiscard]] virtual std::optional<std::string> real_path(const std::string& path) const = 0;
  /// The whole file, or nullopt if it cannot be read or its real path (see real_path) lies
  /// outside every folder in `roots` (real paths). The default asks real_path, then reads.
  [[nodiscard]] virtual std::optional<std::string> read_within(
      const std::string& path, const std::vector<std::string>& roots) const;
};

/// True when the absolute path `inner` is `outer` or lies below it.
bool path_within(const std::string& inner, const std::string& outer);
/// True when `inner` lies within one of `roots` (see path_within).
bool path_within_any(const std::string& inner, const std::vector<std::string>& roots);

/// A view of another file system that reads only below `roots` (the project, see
/// docs/configuration.md): a file whose real path lies outside reads as missing, and a symbolic
/// link out of the project is skipped by list_files and reported as a problem.
class ConfinedFileSystem : public FileSystem {
 public:
  /// `roots` are paths as the inner file system sees them; they are resolved with real_path.
  ConfinedFileSystem(const FileSystem& inner, const std::vector<std::string>& roots);
  /// True when `path` (or what it links to) lies inside one of the roots.
  [[nodiscard]] bool allows(const std::string& path) const;
  [[nodiscard]] std::optional<std::string> read(const std::string& path) const override;
  [[nodiscard]] bool is_file(const std::string& path) const override {
    return inner_.is_file(path);
  }
  [[nodiscard]] bool is_dir(const std::string& path) const override { return inner_.is_dir(path); }
  [[nodiscard]] std::vector<std::string> list_files(
      const std::string& dir, std::vector<std::string>& problems) const override;
  [[nodiscard]] std::optional<std::string> real_path(const std::string& path) const override {
    return inner_.real_path(path);
  }

 private:
  const FileSystem& inner_;
  std::vector<std::string> roots_;
};

/// An in-memory file system for tests. Folders exist implicitly.
class MemoryFileSystem : public FileSystem {
 public:
  MemoryFileSystem() = default;
  explicit MemoryFileSystem(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  void add(const std::string& path, std::string content);
  [[nodiscard]] std::optional<std::string> read(const std::string& path) const override;
  [[nodiscard]] bool is_file(const std::string& path) const override;
  [[nodiscard]] bool is_dir(const std::string& path) const override;
  [[nodiscard]] std::vector<std::string> list_files(
      const std::string& dir, std::vector<std::string>& problems) const override;
  /// Lexical: relative paths lie below "/memory".
  [[nodiscard]] std::optional<std::string> real_path(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

/// The real disk.
class DiskFileSystem : public FileSystem {
 public:
  [[nodiscard]] std::vector<std::string> list_files_within(
      const std::string& dir, const std::vector<std::string>& roots,
      std::vector<std::string>& problems) const override;
  [[nodiscard]] std::optional<std::string> real_path(const std::string& path) const override;
  [[nodiscard]] std::optional<std::string> read(const std::string& path) const override;
  /// Opens the file once without reading it (O_PATH: no side effects of opening a device or a
  /// FIFO), asks the kernel where that open file really is (/proc/self/fd), and reads it through
  /// the same descriptor: a few system calls instead of one per folder of the path, and no
  /// window between the check and the read. Without /proc it falls back to real_path.
  [[nodiscard]] std::optional<std::string> read_within(
      const std::string& path, const std::vector<std::string>& roots) const override;
  [[nodiscard]] bool is_file(const std::string& path) const override;
  [[nodiscard]] bool is_dir(const std::string& path) const override;
  [[nodiscard]] std::vector<std::string> list_files(
      const std::string& dir, std::vector<std::string>& problems) const override;
};

/// "a/b" + "c" -> "a/b/c"; an empty side is dropped; an absolute `b` wins.
std::string path_join(const std::string& a, const std::string& b);
/// "a/b/c.md" -> "a/b"; "c.md" -> "".
std::string path_dir(const std::string& p);
/// "a/b/c.md" -> "c.md".
std::string path_file(const std::string& p);
/// "c.md" -> "c"; "x.aanvulling.md" -> "x.aanvulling".
std::string path_stem(const std::string& p);
/// Resolves "." and ".." lexically. Returns nullopt when ".." would leave the top.
std::optional<std::string> path_normalize(const std::string& p);
/// The relative prefix from a file at `from_file` (relative to the site root) to the root:
/// "index.html" -> "", "a/b.html" -> "../", "a/b/c.html" -> "../../".
std::string root_prefix(const std::string& from_file);

}  // namespace ww
