#pragma once
// Runs the real `wegwijzer build` on a bad site inside a folder that already holds a previous
// public/, and checks what a user would see: the exit code, the messages (file:line:col), no
// crash, and the previous public/ left as it was when the build fails.
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace ww::bad {

/// What a case expects, read from its verwacht.txt:
///   exit N                       the exit code (0: the input must simply work)
///   meldt TEXT                   a diagnostic line that starts with TEXT (a hint line: "hint: …")
///   zonder-positie TEXT          an error containing TEXT may name a file or folder only
///   bestand PATH                 PATH exists in the new public/ (exit 0 only)
///   bevat PATH :: TEXT           the new public/PATH contains TEXT (exit 0 only)
/// Lines starting with '#' are comments; any other line is an error (a case cannot be parked).
struct Expectation {
  int exit_code = 1;
  std::vector<std::string> messages;
  std::vector<std::string> without_position;
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> contains;
};

Expectation parse_expectation(const std::string& text);

struct Outcome {
  int exit_code = -1;
  bool signaled = false;
  std::string output;  ///< stdout and stderr
  std::vector<std::string>
      problems;  ///< every expectation that was not met; empty: the case passes
};

/// A temporary folder, removed at the end.
using ww::test::TempDir;

/// Copies tests/bad/base into `site`, builds it (the previous public/), lays `case_dir` over it
/// (if not empty), runs `prepare` (to generate files), builds again and checks `expect`.
Outcome run_case(const std::filesystem::path& site, const std::filesystem::path& case_dir,
                 const Expectation& expect,
                 const std::function<void(const std::filesystem::path&)>& prepare = {});

/// Every case folder under tests/bad/cases, sorted.
std::vector<std::filesystem::path> case_dirs();

std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& text);

}  // namespace ww::bad
