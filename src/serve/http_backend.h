#pragma once
/// The HTTP server under `wegwijzer serve`, as plain data: what the preview (http_server.cpp)
/// needs from a request and gives back as an answer. The implementation with cpp-httplib is
/// the HTTP module (httplib_backend.cpp, built as lib/wegwijzer/wegwijzer-http.so), loaded only
/// by `serve`, so that the binary does not load cpp-httplib, OpenSSL's libssl and brotli for
/// every command (core/module.h).
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ww {

struct HttpRequest {
  std::string method;                              ///< "GET", "HEAD", ...
  std::string target;                              ///< as sent: "/a/b.html?versie=1"
  std::optional<std::string> host;                 ///< the Host header, when sent
  std::multimap<std::string, std::string> params;  ///< the query string, decoded
  std::string remote_addr;
  int remote_port = 0;
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string content_type;  ///< with `body`, or the stream's type
  std::string body;
  std::string redirect;  ///< set: a redirect (302) to this path instead of a body
  /// Set: the body is a stream (server-sent events), sent without compression only when the
  /// content type is exactly "text/event-stream". `next_chunk` is called on the connection's
  /// thread for each next piece until it returns false; `done` once when the stream ends.
  std::function<bool(std::string& chunk)> next_chunk;
  std::function<void()> done;
};

struct HttpHandlers {
  /// Answers every request (on the server's worker threads).
  std::function<void(const HttpRequest&, HttpResponse&)> handle;
  /// The answer to `addr`:`port` has been written.
  std::function<void(const std::string& addr, int port)> answered;
};

class HttpBackend {
 public:
  HttpBackend() = default;
  HttpBackend(const HttpBackend&) = delete;
  HttpBackend& operator=(const HttpBackend&) = delete;
  virtual ~HttpBackend() = default;

  /// Binds `host`:`port` (0: any free port). Returns the port, or -1 when it cannot be used.
  virtual int bind(const std::string& host, int port) = 0;
  /// Serves until stop(); call after a successful bind().
  virtual void listen() = 0;
  [[nodiscard]] virtual bool running() const = 0;
  virtual void stop() = 0;
};

/// The module's file name and the function it exports:
/// `HttpBackend* wegwijzer_http_backend(const HttpHandlers*)`, a new server (deleted by the
/// caller before unloading the module) that answers with a copy of the handlers.
inline constexpr const char* kHttpModuleFile = "wegwijzer-http.so";
inline constexpr const char* kHttpModuleEntry = "wegwijzer_http_backend";

}  // namespace ww
