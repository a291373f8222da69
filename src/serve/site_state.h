#pragma once
/// What `wegwijzer serve` serves: the last good site (in memory) and the outcome of the last
/// build. Shared between the builder and the HTTP threads; every method is thread-safe.
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace ww {

using SiteFiles = std::map<std::string, std::string>;  ///< output path -> bytes

/// One consistent view. `token` changes with every outcome a browser must react to
/// ("<instance>.<n>"); pages are served with it so a late event stream can tell it is stale.
struct SiteSnapshot {
  std::shared_ptr<const SiteFiles> files;  ///< the last good site; empty before the first
  std::shared_ptr<const std::vector<Diagnostic>>
      errors;  ///< the failed build's findings; null when good
  std::shared_ptr<const std::vector<Diagnostic>>
      notices;  ///< warnings of the last good build (never null)
  std::string token;
  bool stopping = false;
};

class SiteState {
 public:
  /// `instance` tells server runs apart (a restarted server starts counting again).
  explicit SiteState(std::string instance);

  /// After a successful build. Returns false (and changes nothing) when the files are the same
  /// as the site already served and the previous build was good too: no reload is needed.
  /// `notices`: the build's warnings (shown, but they do not stop the preview).
  bool publish_site(SiteFiles files, std::vector<Diagnostic> notices = {});
  /// After a failed build: the old site stays; `diags` is what the error page lists.
  void publish_errors(std::vector<Diagnostic> diags);

  [[nodiscard]] SiteSnapshot current() const;
  /// Blocks until the token differs from `seen`, stop() was called or `timeout` passed.
  [[nodiscard]] SiteSnapshot wait_for_change(const std::string& seen,
                                             std::chrono::milliseconds timeout) const;
  /// Wakes every waiter; later waits return at once with `stopping` set.
  void stop();

 private:
  SiteSnapshot snapshot_locked() const;
  std::string instance_;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::shared_ptr<const SiteFiles> files_;
  std::shared_ptr<const std::vector<Diagnostic>> errors_;
  std::shared_ptr<const std::vector<Diagnostic>> notices_;
  unsigned long counter_ = 0;
  bool stopping_ = false;
};

}  // namespace ww
