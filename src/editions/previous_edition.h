#pragma once
/// The previous edition named in `[edities]` of the config: a folder with its content, or a git ref
/// of the repository the config lives in (read with libgit2, no shelling out).
#include <optional>
#include <string>

#include "config/site_config.h"
#include "content/page.h"
#include "core/file_system.h"

namespace ww {

struct PreviousEdition {
  std::string naam;     ///< what readers see: "2024.03"
  SiteContent content;  ///< its pages, sources and retired questions (no overlays)
};

/// Loads the previous edition, or nullopt when `[edities]` is not set or it cannot be read (then an
/// error at the config key was added).
std::optional<PreviousEdition> load_previous_edition(const FileSystem& fs, const SiteConfig& config,
                                                     Diagnostics& diags);

/// Reads every file below `dir` (relative to the repository's top) at git `ref` of the repository
/// that holds `start` into `out` under `prefix`. Returns an empty string on success, else a Dutch
/// reason.
std::string read_git_tree(const std::string& start, const std::string& ref, const std::string& dir,
                          const std::string& prefix, MemoryFileSystem& out);

}  // namespace ww
