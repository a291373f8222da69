#pragma once
/// Atomic output: the build writes into a sibling folder and swaps it in only on success,
/// so a failed build leaves the previous site untouched.
#include <optional>
#include <string>

#include "core/diagnostics.h"

namespace ww {

struct Staging {
  std::string final_dir;    ///< "public"
  std::string staging_dir;  ///< "public.nieuw"
};

/// Creates an empty staging folder next to `final_dir` (removing a leftover one).
std::optional<Staging> begin_staging(const std::string& final_dir, Diagnostics& diags);

/// Moves the staging folder into place; the old output is moved aside first and then removed.
bool commit_staging(const Staging& staging, Diagnostics& diags);

/// Removes the staging folder; the final folder is not touched.
void abort_staging(const Staging& staging);

}  // namespace ww
