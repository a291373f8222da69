#pragma once
/// `wegwijzer serve`: builds the site in memory, serves it on loopback, watches the sources
/// and rebuilds; open pages reload by themselves. A failed build keeps the last good site
/// and shows its findings in an error page and an overlay.
#include <optional>
#include <string>
#include <vector>

#include "pipeline/build.h"
#include "serve/watcher.h"

namespace ww {

struct ServeOptions {
  BuildOptions build;  ///< config, drafts, theme folders; serve_mode is set by run_serve
  std::string host = "127.0.0.1";
  std::optional<int> port;  ///< nullopt: 1313 or the next free one; 0: any free port
  /// Where the HTTP module is looked for (core/module.h, module_dirs()).
  std::vector<std::string> module_dirs;
};

/// The default port, and how many after it are tried when it is taken.
inline constexpr int kDefaultPort = 1313;
inline constexpr int kPortAttempts = 20;

/// What a build reads: the config file, content and overlay folders, the theme folder,
/// assets/, static/, templates/ and the files the config names (token CSS, logo).
std::vector<WatchTarget> watch_targets(const BuildOptions& options);

/// Runs until SIGINT or SIGTERM. Returns the exit code: 0 after a clean stop, 1 when the
/// server cannot start (HTTP module missing, port taken, watcher unavailable).
int run_serve(const ServeOptions& options);

}  // namespace ww
