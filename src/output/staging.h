#pragma once
/// Atomic output: the build writes into a sibling folder and swaps it in only on success,
/// so a failed build leaves the previous site untouched. Every output folder carries a marker
/// file, and only a folder with that marker (or an empty one) is ever replaced.
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "core/parallel.h"

namespace ww {

/// The marker file written into every output folder, and its fixed content.
inline constexpr std::string_view kOutputMarker = ".wegwijzer-uitvoer";
inline constexpr std::string_view kOutputMarkerText =
    "Deze map is gemaakt door 'wegwijzer build'. Een volgende build vervangt haar helemaal.\n";

/// Why `dir` may not be replaced by a build, or nullopt when it may: it does not exist, or it
/// is a real folder (not a symbolic link) that is empty or carries the marker.
std::optional<std::string> replace_refusal(const std::string& dir);

struct Staging {
  std::string final_dir;    ///< "public"
  std::string staging_dir;  ///< "public.nieuw"
};

/// "public/" -> {"public", "public.nieuw"}; nothing is touched.
Staging staging_for(const std::string& final_dir);

/// Creates an empty staging folder with the marker next to `final_dir` (removing a leftover
/// one). The caller has checked `final_dir`, "<final_dir>.nieuw" and ".oud" with replace_refusal.
std::optional<Staging> begin_staging(const std::string& final_dir, Diagnostics& diags);

/// Moves the staging folder into place; the old output is moved aside first and then removed,
/// its top-level entries on `workers` (null: the calling thread; a large site's sections are
/// thousands of files each).
bool commit_staging(const Staging& staging, Diagnostics& diags, WorkerPool* workers = nullptr);

/// Removes the staging folder; the final folder is not touched.
void abort_staging(const Staging& staging);

}  // namespace ww
