#pragma once
/// The previous edition named in `[edities]` of the config: a folder with its content, or a git ref
/// of the repository the config lives in (read through `GitReader`: libgit2 in the git module).
#include <optional>
#include <string>

#include "config/site_config.h"
#include "content/page.h"
#include "core/file_system.h"
#include "editions/git_reader.h"

namespace ww {

struct PreviousEdition {
  std::string naam;     ///< what readers see: "2024.03"
  SiteContent content;  ///< its pages, sources and retired questions (no overlays)
};

/// Loads the previous edition, or nullopt when `[edities]` is not set or it cannot be read (then an
/// error at the config key was added). `git` reads a `vorige_ref` (only then is it used); null:
/// this program cannot read git, which is such an error.
std::optional<PreviousEdition> load_previous_edition(const FileSystem& fs, const SiteConfig& config,
                                                     GitReader* git, Diagnostics& diags);

}  // namespace ww
