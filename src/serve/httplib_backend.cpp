// The HTTP module (lib/wegwijzer/wegwijzer-http.so): HttpBackend with cpp-httplib. Built as a
// shared module, not into the binary (serve/http_backend.h, core/module.h). Only the two symbols
// at the end are exported; the rest is compiled with hidden visibility.
#include <httplib.h>

#include "serve/http_backend.h"

namespace ww {

namespace {

/// Worker threads (each visible tab holds one event stream; the preview leaves room for pages).
constexpr std::size_t kWorkerThreads = 64;

class HttplibBackend final : public HttpBackend {
 public:
  explicit HttplibBackend(HttpHandlers handlers) : handlers_(std::move(handlers)) {
    server_.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
    // An idle connection is closed after 1 s, a silent one after 5 s; the preview's connection
    // guard closes connections that send their request head too slowly.
    server_.set_keep_alive_timeout(1);
    server_.set_read_timeout(5);
    server_.set_write_timeout(5);
    server_.set_logger([this](const httplib::Request& req, const httplib::Response&) {
      if (handlers_.answered) handlers_.answered(req.remote_addr, req.remote_port);
    });
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      answer(req, res);
      return httplib::Server::HandlerResponse::Handled;
    });
  }

  int bind(const std::string& host, int port) override {
    if (port == 0) return server_.bind_to_any_port(host);
    return server_.bind_to_port(host, port) ? port : -1;
  }
  void listen() override { server_.listen_after_bind(); }
  [[nodiscard]] bool running() const override { return server_.is_running(); }
  void stop() override { server_.stop(); }

 private:
  void answer(const httplib::Request& req, httplib::Response& res) {
    HttpRequest in;
    in.method = req.method;
    in.target = req.target;
    if (req.has_header("Host")) in.host = req.get_header_value("Host");
    in.params.insert(req.params.begin(), req.params.end());
    in.remote_addr = req.remote_addr;
    in.remote_port = req.remote_port;
    HttpResponse out;
    handlers_.handle(in, out);
    for (const auto& [name, value] : out.headers) res.set_header(name, value);
    if (!out.redirect.empty()) {
      res.set_redirect(out.redirect, out.status);
    } else if (out.next_chunk) {
      res.status = out.status;
      res.set_chunked_content_provider(
          out.content_type,
          [next = std::move(out.next_chunk)](std::size_t, httplib::DataSink& sink) {
            std::string chunk;
            if (!next(chunk)) return false;
            return sink.write(chunk.data(), chunk.size());
          },
          [done = std::move(out.done)](bool) {
            if (done) done();
          });
    } else {
      res.status = out.status;
      res.set_content(out.body, out.content_type);
    }
  }

  HttpHandlers handlers_;
  httplib::Server server_;
};

}  // namespace

}  // namespace ww

// The module's interface (core/module.h, serve/http_backend.h).
extern "C" __attribute__((visibility("default"))) const char wegwijzer_module_build[] =
    WEGWIJZER_MODULE_BUILD;
extern "C" __attribute__((visibility("default"))) ww::HttpBackend* wegwijzer_http_backend(
    const ww::HttpHandlers* handlers) {
  return new ww::HttplibBackend(*handlers);
}
