#pragma once
/// The GitReader of the git module (lib/wegwijzer/wegwijzer-git.so, core/module.h), loaded the
/// first time a command asks for git and unloaded with this object. A command that may read git
/// (build, check, serve, basis) owns one and passes it down (BuildOptions::git); commands and
/// sites that never read git never load it. Not for use from two threads at once: a build reads
/// the previous edition on its own thread, and serve's rebuilds run one at a time.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/module.h"
#include "editions/git_reader.h"

namespace ww {

/// The module's file name and the function it exports: `GitReader* wegwijzer_git_reader()`,
/// a new reader that the caller deletes before unloading the module.
inline constexpr const char* kGitModuleFile = "wegwijzer-git.so";
inline constexpr const char* kGitModuleEntry = "wegwijzer_git_reader";

class ModuleGitReader final : public GitReader {
 public:
  /// `dirs`: where to look for the module (core/module.h, module_dirs()).
  explicit ModuleGitReader(std::vector<std::string> dirs) : dirs_(std::move(dirs)) {}

  std::string unavailable() override;
  std::optional<std::string> working_tree(const std::string& start) override;
  std::string read_tree(const std::string& start, const std::string& ref, const std::string& dir,
                        std::vector<GitFile>& out) override;

 private:
  GitReader* reader();  ///< loads the module on first use; nullptr when it cannot (problem_)

  std::vector<std::string> dirs_;
  bool tried_ = false;
  std::string problem_;
  std::optional<Module> module_;  ///< declared before reader_: unloaded after it is deleted
  std::unique_ptr<GitReader> reader_;
};

}  // namespace ww
