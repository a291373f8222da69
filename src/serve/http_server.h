#pragma once
/// The HTTP side of `wegwijzer serve`: the site from memory, the server's own files under
/// /__wegwijzer/ (livereload.js, serve.css, fouten.html, the event stream). What it answers is
/// decided here; the HTTP server itself (cpp-httplib) is the HTTP module (serve/http_backend.h),
/// loaded by create() and unloaded with the PreviewServer.
#include <memory>
#include <string>
#include <vector>

#include "serve/site_state.h"

namespace ww {

class PreviewServer {
 public:
  /// Loads the HTTP module from `module_dirs` (core/module.h) and makes the server; nullptr, with
  /// a Dutch `problem`, when the module cannot be found or loaded. `loopback_only`: refuse
  /// requests whose Host header is not a loopback name (so another web site cannot read the
  /// preview through DNS rebinding).
  static std::unique_ptr<PreviewServer> create(SiteState& state, bool loopback_only,
                                               const std::vector<std::string>& module_dirs,
                                               std::string& problem);
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  /// Binds `host`:`port` (0: any free port). Returns the port, or -1 when it cannot be used.
  int bind(const std::string& host, int port);
  /// Serves until stop(); call after a successful bind().
  void run();
  /// True once run() accepts connections.
  [[nodiscard]] bool running() const;
  /// Stops run() and the connections (call SiteState::stop() first to end event streams).
  void stop();

 private:
  struct Impl;
  explicit PreviewServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// True for "localhost", "127.x.x.x", "::1" and "[::1]", with or without ":port".
bool is_loopback_host(const std::string& host);

}  // namespace ww
