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

/// The highest `--threads` accepted (more threads than this only cost memory).
inline constexpr unsigned kMaxThreads = 1024;

struct CommandSpec {
  std::string name;
  std::vector<std::string> flags;       ///< options without a value
  std::vector<std::string> with_value;  ///< options that take a value
  std::size_t max_positional = 0;
};

/// Parses argv; on a usage error returns nullopt and sets `error` (Dutch).
std::optional<Args> parse_args(const std::vector<std::string>& argv,
                               const std::vector<CommandSpec>& specs, std::string& error);

/// Reads option `name` as a whole number from `min` to `max` into `out` (left alone when the
/// option is absent). Only decimal digits count: "abc", "", "-1", "3x" and " 3" are usage
/// errors; then it returns false and sets `error` (Dutch).
bool number_option(const Args& args, const std::string& name, unsigned min, unsigned max,
                   unsigned& out, std::string& error);

}  // namespace ww
