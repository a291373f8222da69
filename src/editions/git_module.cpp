#include "editions/git_module.h"

namespace ww {

GitReader* ModuleGitReader::reader() {
  if (!tried_) {
    tried_ = true;
    module_ = load_module(kGitModuleFile, "git te lezen", dirs_, problem_);
    if (module_) {
      using Entry = GitReader* (*)();
      auto entry = reinterpret_cast<Entry>(module_->symbol(kGitModuleEntry));
      if (entry)
        reader_.reset(entry());
      else
        problem_ = "de module " + module_->path() + " heeft geen " + kGitModuleEntry +
                   "; installeer wegwijzer opnieuw";
    }
  }
  return reader_.get();
}

std::string ModuleGitReader::unavailable() {
  GitReader* r = reader();
  return r ? r->unavailable() : problem_;
}

std::optional<std::string> ModuleGitReader::working_tree(const std::string& start) {
  GitReader* r = reader();
  return r ? r->working_tree(start) : std::nullopt;
}

std::string ModuleGitReader::read_tree(const std::string& start, const std::string& ref,
                                       const std::string& dir, std::vector<GitFile>& out) {
  GitReader* r = reader();
  return r ? r->read_tree(start, ref, dir, out) : problem_;
}

}  // namespace ww
