#pragma once
/// The commands of the `wegwijzer` binary. Each returns the process exit code:
/// 0 success, 1 content or template errors, 2 usage errors.
#include <string>
#include <vector>

namespace ww {

int run_cli(const std::vector<std::string>& argv);

}  // namespace ww
