#pragma once
/// `wegwijzer check [--config FILE] [--format text|json] [--strict] [--rapport DIR]`.
#include <string>
#include <vector>

#include "cli/args.h"

namespace ww {

/// Options of `check` for the argument parser.
CommandSpec check_command_spec();

/// Runs the check and prints its findings to stdout. Returns 0, 1 (errors, or warnings with
/// --strict) or 2 (wrong usage). `theme_dirs`: the built-in theme folders.
int cmd_check(const Args& args, const std::vector<std::string>& theme_dirs);

}  // namespace ww
