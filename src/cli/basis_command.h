#pragma once
/// `wegwijzer basis`: the update report of a gemeente copy against its basis.lock, and with
/// `--vastleggen` the new base recorded in it (docs/edities.md).
#include <string>
#include <vector>

#include "cli/args.h"

namespace ww {

CommandSpec basis_command_spec();

/// Exit codes: 0 nothing to review (or the lock was written), 1 errors, 3 review needed.
int cmd_basis(const Args& a, const std::vector<std::string>& theme_dirs);

}  // namespace ww
