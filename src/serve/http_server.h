#pragma once
/// The HTTP side of `wegwijzer serve` (cpp-httplib): the site from memory, the server's own
/// files under /__wegwijzer/ (livereload.js, serve.css, fouten.html, the event stream).
#include <memory>
#include <string>

#include "serve/site_state.h"

namespace ww {

class PreviewServer {
 public:
  /// `loopback_only`: refuse requests whose Host header is not a loopback name (so another
  /// web site cannot read the preview through DNS rebinding).
  PreviewServer(SiteState& state, bool loopback_only);
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
  std::unique_ptr<Impl> impl_;
};

/// True for "localhost", "127.x.x.x", "::1" and "[::1]", with or without ":port".
bool is_loopback_host(const std::string& host);

}  // namespace ww
