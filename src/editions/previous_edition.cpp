#include "editions/previous_edition.h"

#include <filesystem>
#include <memory>

#include "content/loader.h"

namespace ww {

namespace {

/// The content folder's path inside the repository that holds it, or nullopt.
std::optional<std::pair<std::string, std::string>> repo_and_dir(GitReader& git,
                                                                const std::string& content_dir) {
  std::error_code ec;
  auto abs = std::filesystem::weakly_canonical(std::filesystem::absolute(content_dir, ec), ec);
  if (ec) return std::nullopt;
  // Open from the nearest existing folder (the content folder may be gone in the working tree).
  auto start = abs;
  while (!start.empty() && !std::filesystem::exists(start, ec)) start = start.parent_path();
  std::optional<std::string> workdir = git.working_tree(start.string());
  if (!workdir) return std::nullopt;
  auto top = std::filesystem::weakly_canonical(*workdir, ec);
  auto rel = abs.lexically_relative(top).generic_string();
  if (rel == ".") rel.clear();
  if (rel.starts_with("..")) return std::nullopt;
  return std::make_pair(top.string(), rel);
}

}  // namespace

std::optional<PreviousEdition> load_previous_edition(const FileSystem& fs, const SiteConfig& config,
                                                     GitReader* git, Diagnostics& diags) {
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
    const std::string why = git ? git->unavailable() : "dit programma kan geen git lezen";
    if (!why.empty()) {
      diags.error(e.vorige_ref_pos, "de vorige versie kan niet gelezen worden: " + why,
                  "gebruik 'vorige' met een map als git hier niet gelezen kan worden",
                  "editie-vorige");
      return std::nullopt;
    }
    auto where = repo_and_dir(*git, config.resolve(config.content_dir));
    if (!where) {
      diags.error(
          e.vorige_ref_pos,
          "de map " + config.resolve(config.content_dir) + " staat niet in een git-repository",
          "gebruik 'vorige' met een map als u geen git gebruikt", "editie-vorige");
      return std::nullopt;
    }
    const std::string prefix = "(vorige " + e.vorige_ref + ")";
    std::vector<GitFile> files;
    std::string problem = git->read_tree(where->first, e.vorige_ref, where->second, files);
    for (GitFile& f : files) git_files.add(path_join(prefix, f.path), std::move(f.bytes));
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
