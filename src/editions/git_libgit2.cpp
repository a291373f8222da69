// The git module (lib/wegwijzer/wegwijzer-git.so): GitReader with libgit2, no shelling out.
// Built as a shared module, not into the binary (editions/git_reader.h, core/module.h). Only the
// two symbols at the end are exported; the rest is compiled with hidden visibility.
#include <git2.h>

#include "editions/git_reader.h"

namespace ww {

namespace {

std::string git_message(const char* what) {
  const git_error* e = git_error_last();
  return std::string(what) + (e && e->message ? std::string(": ") + e->message : std::string());
}

struct GitLib {
  GitLib() { git_libgit2_init(); }
  ~GitLib() { git_libgit2_shutdown(); }
  GitLib(const GitLib&) = delete;
  GitLib& operator=(const GitLib&) = delete;
};

template <typename T, void (*Free)(T*)>
struct GitPtr {
  T* p = nullptr;
  GitPtr() = default;
  GitPtr(const GitPtr&) = delete;
  GitPtr& operator=(const GitPtr&) = delete;
  ~GitPtr() {
    if (p) Free(p);
  }
};

struct WalkState {
  git_repository* repo;
  std::vector<GitFile>* out;
  std::string error;
};

int walk_entry(const char* root, const git_tree_entry* entry, void* payload) {
  auto* st = static_cast<WalkState*>(payload);
  if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
  GitPtr<git_blob, git_blob_free> blob;
  if (git_blob_lookup(&blob.p, st->repo, git_tree_entry_id(entry)) != 0) {
    st->error = git_message("bestand kan niet gelezen worden");
    return -1;
  }
  const auto* bytes = static_cast<const char*>(git_blob_rawcontent(blob.p));
  st->out->push_back({std::string(root) + git_tree_entry_name(entry),
                      std::string(bytes, static_cast<std::size_t>(git_blob_rawsize(blob.p)))});
  return 0;
}

class Libgit2Reader final : public GitReader {
 public:
  std::string unavailable() override { return {}; }

  std::optional<std::string> working_tree(const std::string& start) override {
    GitLib lib;
    GitPtr<git_repository, git_repository_free> repo;
    if (git_repository_open_ext(&repo.p, start.c_str(), 0, nullptr) != 0) return std::nullopt;
    const char* workdir = git_repository_workdir(repo.p);
    if (!workdir) return std::nullopt;
    return std::string(workdir);
  }

  std::string read_tree(const std::string& start, const std::string& ref, const std::string& dir,
                        std::vector<GitFile>& out) override {
    GitLib lib;
    GitPtr<git_repository, git_repository_free> repo;
    if (git_repository_open_ext(&repo.p, start.empty() ? "." : start.c_str(), 0, nullptr) != 0)
      return "geen git-repository gevonden bij " + (start.empty() ? std::string(".") : start);
    GitPtr<git_object, git_object_free> tree_obj;
    std::string spec = ref + "^{tree}";
    if (git_revparse_single(&tree_obj.p, repo.p, spec.c_str()) != 0)
      return "git kent '" + ref + "' niet";
    git_tree* tree = reinterpret_cast<git_tree*>(tree_obj.p);
    GitPtr<git_tree_entry, git_tree_entry_free> sub_entry;
    GitPtr<git_tree, git_tree_free> sub_tree;
    if (!dir.empty()) {
      if (git_tree_entry_bypath(&sub_entry.p, tree, dir.c_str()) != 0 ||
          git_tree_entry_type(sub_entry.p) != GIT_OBJECT_TREE)
        return "de map " + dir + " bestaat niet in '" + ref + "'";
      if (git_tree_lookup(&sub_tree.p, repo.p, git_tree_entry_id(sub_entry.p)) != 0)
        return git_message("de map kan niet gelezen worden");
      tree = sub_tree.p;
    }
    WalkState st{repo.p, &out, {}};
    if (git_tree_walk(tree, GIT_TREEWALK_PRE, walk_entry, &st) != 0)
      return st.error.empty() ? git_message("git-boom kan niet gelezen worden") : st.error;
    return {};
  }
};

}  // namespace

}  // namespace ww

// The module's interface (core/module.h, editions/git_module.h).
extern "C" __attribute__((visibility("default"))) const char wegwijzer_module_build[] =
    WEGWIJZER_MODULE_BUILD;
extern "C" __attribute__((visibility("default"))) ww::GitReader* wegwijzer_git_reader() {
  return new ww::Libgit2Reader();
}
