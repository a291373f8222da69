#pragma once
/// `wegwijzer init gemeente --naam "Gemeente X" DIR`: scaffolds a gemeente's own copy.
#include <map>
#include <string>

namespace ww {

struct GemeenteScaffold {
  std::string naam;              ///< "Gemeente Krimpenerwaard"
  std::string content_dir;       ///< VNG's content, relative to the new folder ("vng-kader")
  std::string theme_class;       ///< "krimpenerwaard-theme"
  std::string kader_editie;      ///< the VNG edition named in the config ("2024.03")
  std::string wegwijzer_versie;  ///< the release whose .deb and kader the workflow fetch ("0.1.0")
  std::string wegwijzer_repo;    ///< GitHub "owner/name" of those releases; empty: the placeholder
                                 ///< "EIGENAAR/wegwijzer", which ophalen.sh refuses
};

/// The GitHub repository the workflow of a new gemeente folder downloads from when none is given.
inline constexpr const char* kRepoPlaceholder = "EIGENAAR/wegwijzer";

/// The files of a new gemeente repository (path relative to it -> text): a site-config.toml that
/// builds on the VNG kader in `content_dir`, an overlay `lokaal/` that publishes nothing yet, an
/// example aanvulling in `voorbeelden/` (outside the overlay, so its placeholder text is never
/// published), a logo placeholder, a token file, a README in Dutch, a .gitignore, a GitHub
/// Actions workflow that installs the released package, fetches and checks the kader edition,
/// builds and publishes to GitHub Pages, and a .gitlab-ci.yml that does the same on GitLab.
std::map<std::string, std::string> scaffold_gemeente(const GemeenteScaffold& g);

/// The repository files of that folder (cli/gemeente_repo.cpp): README.md, .gitignore,
/// scripts/ophalen.sh, .github/workflows/publiceren.yml and .gitlab-ci.yml.
std::map<std::string, std::string> gemeente_repo_files(const GemeenteScaffold& g);

}  // namespace ww
