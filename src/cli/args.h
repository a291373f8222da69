#pragma once
/// Command-line parsing: `wegwijzer <command> [options]`.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ww {

struct Args {
  std::string command;  ///< "build", "check", "serve", "init", "help", "version"
  std::map<std::string, std::string> options;  ///< "--out" -> "dir"; flags map to ""
  std::vector<std::string> positional;
};

struct CommandSpec {
  std::string name;
  std::vector<std::string> flags;       ///< options without a value
  std::vector<std::string> with_value;  ///< options that take a value
  std::size_t max_positional = 0;
};

/// Parses argv; on a usage error returns nullopt and sets `error` (Dutch).
std::optional<Args> parse_args(const std::vector<std::string>& argv,
                               const std::vector<CommandSpec>& specs, std::string& error);

}  // namespace ww
