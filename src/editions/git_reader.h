#pragma once
/// Reading a git repository, for an edition from a git ref (`vorige_ref` in [edities]). The
/// stage sees only this interface; the implementation with libgit2 lives in the git module
/// (git_libgit2.cpp, built as lib/wegwijzer/wegwijzer-git.so) so that the binary does not load
/// libgit2 and its libraries for every command (core/module.h). ModuleGitReader
/// (editions/git_module.h) loads it when a command first reads git.
#include <optional>
#include <string>
#include <vector>

namespace ww {

/// A file of a git tree: its path below the folder read, and its bytes.
struct GitFile {
  std::string path;
  std::string bytes;
};

class GitReader {
 public:
  GitReader() = default;
  GitReader(const GitReader&) = delete;
  GitReader& operator=(const GitReader&) = delete;
  virtual ~GitReader() = default;

  /// Why git cannot be read at all (the git module is missing or broken), in Dutch; empty when
  /// it can.
  virtual std::string unavailable() = 0;
  /// The top of the working tree of the repository that holds the existing folder `start`, or
  /// nullopt when it is in none.
  virtual std::optional<std::string> working_tree(const std::string& start) = 0;
  /// Every file below `dir` (relative to the repository's top; empty: all) at git `ref` of the
  /// repository that holds `start`, in tree order. Returns an empty string on success, else a
  /// Dutch reason.
  virtual std::string read_tree(const std::string& start, const std::string& ref,
                                const std::string& dir, std::vector<GitFile>& out) = 0;
};

}  // namespace ww
