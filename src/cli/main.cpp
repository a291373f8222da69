#include <string>
#include <vector>

#include "cli/commands.h"

int main(int argc, char** argv) {
  // The binary allocates with mimalloc (linked in, CMakeLists.txt) with its default 4 KB pages.
  // Large (2 MB) OS pages were measured again after the page stream (bench/RESULTS.md, "Less
  // memory at the peak"): no faster at 40, 10,000 or 20,000 pages (the kernel spent the time
  // zeroing huge pages instead of on faults), and up to 10% more resident memory, as freed
  // memory in a huge page cannot be handed back. MIMALLOC_LARGE_OS_PAGES=1 turns them on.
  std::vector<std::string> args(argv + 1, argv + argc);
  return ww::run_cli(args);
}
