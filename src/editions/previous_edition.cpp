#include "editions/previous_edition.h"

#include <git2.h>

#include <filesystem>
#include <memory>

#include "content/loader.h"

namespace ww {

namespace {

std::string git_message(const char* what) {
  const git_error* e = git_error_last();
  return std::string(what) + (e && e->message ? std::string(": ") + e->message : std::string());
}

struct GitLib {
  GitLib() { git_libgit2_init(); }
  ~GitLib() { git_libgit2_shutdown(); }
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
  std::string prefix;
  MemoryFileSystem* out;
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
  std::string path = std::string(root) + git_tree_entry_name(entry);
  st->out->add(path_join(st->prefix, path),
               std::string(bytes, static_cast<std::size_t>(git_blob_rawsize(blob.p))));
  return 0;
}

}  // namespace

std::string read_git_tree(const std::string& start, const std::string& ref, const std::string& dir,
                          const std::string& prefix, MemoryFileSystem& out) {
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
  WalkState st{repo.p, prefix, &out, {}};
  if (git_tree_walk(tree, GIT_TREEWALK_PRE, walk_entry, &st) != 0)
    return st.error.empty() ? git_message("git-boom kan niet gelezen worden") : st.error;
  return {};
}

namespace {

/// The content folder's path inside the repository that holds it, or nullopt.
std::optional<std::pair<std::string, std::string>> repo_and_dir(const std::string& content_dir) {
  GitLib lib;
  GitPtr<git_repository, git_repository_free> repo;
  std::error_code ec;
  auto abs = std::filesystem::weakly_canonical(std::filesystem::absolute(content_dir, ec), ec);
  if (ec) return std::nullopt;
  // Open from the nearest existing folder (the content folder may be gone in the working tree).
  auto start = abs;
  while (!start.empty() && !std::filesystem::exists(start, ec)) start = start.parent_path();
  if (git_repository_open_ext(&repo.p, start.c_str(), 0, nullptr) != 0) return std::nullopt;
  const char* workdir = git_repository_workdir(repo.p);
  if (!workdir) return std::nullopt;
  auto top = std::filesystem::weakly_canonical(workdir, ec);
  auto rel = abs.lexically_relative(top).generic_string();
  if (rel == ".") rel.clear();
  if (rel.starts_with("..")) return std::nullopt;
  return std::make_pair(top.string(), rel);
}

}  // namespace

std::optional<PreviousEdition> load_previous_edition(const FileSystem& fs, const SiteConfig& config,
                                                     Diagnostics& diags) {
  const EditiesConfig& e = config.edities;
  if (!e.set()) return std::nullopt;
  SiteConfig prev = config;  // the previous edition's own content only: no overlays, nothing hidden
  prev.overlays.clear();
  prev.verberg.clear();
  prev.verberg_vragen.clear();
  PreviousEdition out;
  MemoryFileSystem git_files;
  const FileSystem* source = &fs;
  if (!e.vorige.empty()) {
    std::string dir = config.resolve(e.vorige);
    if (!fs.is_dir(dir)) {
      diags.error(
          e.vorige_pos, "de map met de vorige versie bestaat niet: " + dir,
          "geef in [edities] bij 'vorige' de map met de inhoud (content) van de vorige versie, "
          "of laat 'vorige' weg",
          "editie-vorige");
      return std::nullopt;
    }
    prev.content_dir = e.vorige;
    out.naam = e.naam.empty() ? path_file(dir.back() == '/' ? dir.substr(0, dir.size() - 1) : dir)
                              : e.naam;
  } else {
    auto where = repo_and_dir(config.resolve(config.content_dir));
    if (!where) {
      diags.error(
          e.vorige_ref_pos,
          "de map " + config.resolve(config.content_dir) + " staat niet in een git-repository",
          "gebruik 'vorige' met een map als u geen git gebruikt", "editie-vorige");
      return std::nullopt;
    }
    const std::string prefix = "(vorige " + e.vorige_ref + ")";
    std::string problem =
        read_git_tree(where->first, e.vorige_ref, where->second, prefix, git_files);
    if (!problem.empty()) {
      diags.error(
          e.vorige_ref_pos, "de vorige versie kan niet gelezen worden: " + problem,
          "geef bij 'vorige_ref' een tag, branch of commit die bestaat (git tag toont de tags)",
          "editie-vorige");
      return std::nullopt;
    }
    source = &git_files;
    prev.base_dir.clear();
    prev.content_dir = prefix;
    out.naam = e.naam.empty() ? e.vorige_ref : e.naam;
  }
  // Problems in the previous edition are not this edition's problems: they are left out.
  Diagnostics ignored;
  out.content = load_content(*source, prev, LoadOptions{}, ignored);
  if (out.content.pages.empty()) {
    diags.error(e.vorige.empty() ? e.vorige_ref_pos : e.vorige_pos,
                "de vorige versie heeft geen pagina's",
                "geef de map content van de vorige versie (met _index.md)", "editie-vorige");
    return std::nullopt;
  }
  return out;
}

}  // namespace ww
