#include <string>
#include <vector>

#include "cli/commands.h"

#ifdef WEGWIJZER_USE_MIMALLOC
#include <mimalloc.h>

#include <cstdlib>
#endif

int main(int argc, char** argv) {
#ifdef WEGWIJZER_USE_MIMALLOC
  // Large (2 MB) OS pages where the kernel allows them: a big build keeps hundreds of MB of small
  // objects alive, and with 4 KB pages a quarter of its CPU time went to page faults and TLB
  // misses (bench/RESULTS.md). MIMALLOC_LARGE_OS_PAGES=0 in the environment turns it off.
  if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) mi_option_enable(mi_option_large_os_pages);
#endif
  std::vector<std::string> args(argv + 1, argv + argc);
  return ww::run_cli(args);
}
