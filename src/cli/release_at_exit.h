#pragma once
/// The end of a command that ends the process right after its build or check.
#include <memory>

#include "pipeline/build.h"

namespace ww {

/// Lets the end of the process free what a build left (BuildLeftovers): the command ends right
/// after, and the kernel takes the process's memory back at once, where joining the worker
/// threads (mimalloc gives each ending thread's heap back) and freeing the site object by object
/// took about 4% of a 40-page build (bench/RESULTS.md). In the sanitizer build
/// (WEGWIJZER_SANITIZE, .ci/test) it is freed here as before, so LeakSanitizer still finds a
/// leak anywhere in the build and AddressSanitizer checks the destructors.
inline void release_at_exit(std::unique_ptr<BuildLeftovers> kept) {
#if defined(WEGWIJZER_FREE_AT_EXIT) || defined(__SANITIZE_ADDRESS__)
  kept.reset();
#else
  static_cast<void>(kept.release());
#endif
}

}  // namespace ww
