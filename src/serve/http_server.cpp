#include "serve/http_server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>

#include "serve/connection_guard.h"
#include "serve/embedded.h"
#include "serve/error_page.h"
#include "serve/request_path.h"

namespace ww {

namespace {

constexpr std::chrono::seconds kPingInterval{15};

/// Worker threads, and how many of them event streams may hold at most: the rest always
/// answers page requests (each visible tab holds one stream; a reload briefly holds two).
constexpr std::size_t kWorkerThreads = 64;
constexpr int kMaxEventStreams = 32;

/// The theme's <meta> policy plus what the preview itself needs (its script and event stream are
/// same-origin). base-uri 'self': the 404 page gets <base href="/">. frame-ancestors only works
/// as a header.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src "
    "'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

std::string strip_port(const std::string& host) {
  if (!host.empty() && host.front() == '[') return host.substr(1, host.find(']') - 1);
  if (std::count(host.begin(), host.end(), ':') == 1) return host.substr(0, host.find(':'));
  return host;
}

void set_common_headers(httplib::Response& res) {
  res.set_header("Cache-Control", "no-store");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Content-Security-Policy", kContentSecurityPolicy);
  res.set_header("X-Frame-Options", "DENY");
}

void set_text(httplib::Response& res, int status, const std::string& text) {
  res.status = status;
  res.set_content(text + "\n", "text/plain; charset=utf-8");
}

/// Pages carry the token of the site state they came from and the number of notices of that
/// build (read by livereload.js).
void set_page(httplib::Response& res, int status, const std::string& html,
              const SiteSnapshot& snap) {
  res.status = status;
  res.set_header("Server-Timing",
                 "wegwijzer;desc=\"" + snap.token + "\", wegwijzer-meldingen;desc=\"" +
                     std::to_string(snap.errors ? 0 : snap.notices->size()) + "\"");
  res.set_content(html, "text/html; charset=utf-8");
}

std::string event_for(const SiteSnapshot& snap) {
  if (snap.errors)
    return "event: fouten\ndata: " + diagnostics_json(*snap.errors, snap.token) + "\n\n";
  return "event: reload\ndata: " + snap.token + "\n\n";
}

void serve_events(SiteState& state, std::atomic<int>& open_streams, const httplib::Request& req,
                  httplib::Response& res) {
  // Exactly "text/event-stream": cpp-httplib compresses every other text/ type when the browser
  // accepts br or gzip, and the small events would then wait in the compressor forever.
  constexpr const char* kEventStreamType = "text/event-stream";
  if (open_streams.fetch_add(1) >= kMaxEventStreams) {
    // Too many open tabs: this one tries again later (the browser reconnects after `retry`).
    open_streams.fetch_sub(1);
    res.set_content("retry: 10000\n\n", kEventStreamType);
    return;
  }
  struct Stream {
    std::string seen;
    bool first = true;
  };
  auto stream = std::make_shared<Stream>();
  stream->seen = req.get_param_value("versie");
  res.set_header("X-Accel-Buffering", "no");
  res.set_chunked_content_provider(
      kEventStreamType,
      [&state, stream](std::size_t, httplib::DataSink& sink) {
        std::string out;
        SiteSnapshot snap;
        if (stream->first) {
          stream->first = false;
          snap = state.current();
          if (snap.stopping) return false;
          out = "retry: 1000\n\n";
          // A page built before the current state (or any page while the build is broken) hears at
          // once.
          if (snap.errors || (!stream->seen.empty() && stream->seen != snap.token))
            out += event_for(snap);
        } else {
          snap = state.wait_for_change(stream->seen, kPingInterval);
          if (snap.stopping) return false;
          out = snap.token == stream->seen ? ": ping\n\n" : event_for(snap);
        }
        stream->seen = snap.token;
        return sink.write(out.data(), out.size());
      },
      [&open_streams](bool) { open_streams.fetch_sub(1); });
}

void serve_own(SiteState& state, std::atomic<int>& open_streams, const std::string& name,
               const httplib::Request& req, httplib::Response& res) {
  if (name == "livereload.js") {
    res.set_content(std::string(livereload_js()), "text/javascript; charset=utf-8");
  } else if (name == "serve.css") {
    res.set_content(std::string(serve_css()), "text/css; charset=utf-8");
  } else if (name == "events") {
    serve_events(state, open_streams, req, res);
  } else if (name == "fouten.html") {
    SiteSnapshot snap = state.current();
    static const std::vector<Diagnostic> kNone;
    set_page(res, 200,
             error_page_html(snap.errors ? *snap.errors : kNone, !snap.files->empty(), snap.token,
                             *snap.notices),
             snap);
  } else {
    set_text(res, 404, "Niet gevonden.");
  }
}

void serve_site(SiteState& state, const std::string& path, httplib::Response& res) {
  SiteSnapshot snap = state.current();
  const SiteFiles& files = *snap.files;
  if (files.empty()) {
    // No good build yet: every request gets the error page, which reloads once the site builds.
    static const std::vector<Diagnostic> kNone;
    set_page(res, 500, error_page_html(snap.errors ? *snap.errors : kNone, false, snap.token),
             snap);
    return;
  }
  Resolved r = resolve_site_path(path, [&](const std::string& p) { return files.count(p) > 0; });
  switch (r.kind) {
    case ResolveKind::file: {
      const std::string type = mime_type_for(r.path);
      if (type.starts_with("text/html"))
        set_page(res, 200, files.at(r.path), snap);
      else
        res.set_content(files.at(r.path), type);
      return;
    }
    case ResolveKind::redirect:
      res.set_redirect(r.path, 302);
      return;
    case ResolveKind::not_found:
      if (auto it = files.find("404.html"); it != files.end())
        set_page(res, 404, with_root_base(it->second), snap);
      else
        set_page(res, 404, not_found_html("/" + path), snap);
      return;
  }
}

}  // namespace

bool is_loopback_host(const std::string& host) {
  const std::string h = strip_port(host);
  const bool ipv4_literal = !h.empty() && h.find_first_not_of("0123456789.") == std::string::npos;
  return h == "localhost" || h == "::1" || (ipv4_literal && h.starts_with("127."));
}

struct PreviewServer::Impl {
  httplib::Server server;
  std::atomic<int> open_streams{0};
  ConnectionGuard guard;
  int port = 0;
};

PreviewServer::PreviewServer(SiteState& state, bool loopback_only)
    : impl_(std::make_unique<Impl>()) {
  auto& svr = impl_->server;
  // Each open tab holds one event stream (only while visible); serve_events() leaves room for
  // pages.
  svr.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
  // An idle connection is closed after 1 s, a silent one after 5 s; the guard closes connections
  // that send their request head too slowly.
  svr.set_keep_alive_timeout(1);
  svr.set_read_timeout(5);
  svr.set_write_timeout(5);
  ConnectionGuard& guard = impl_->guard;
  svr.set_logger([&guard](const httplib::Request& req, const httplib::Response&) {
    guard.answered(req.remote_addr, req.remote_port);
  });
  svr.set_pre_routing_handler([&state, loopback_only, &guard, &open_streams = impl_->open_streams](
                                  const httplib::Request& req, httplib::Response& res) {
    guard.head_received(req.remote_addr, req.remote_port);
    set_common_headers(res);
    if (req.method != "GET" && req.method != "HEAD") {
      res.set_header("Allow", "GET, HEAD");
      set_text(res, 405, "Alleen GET en HEAD.");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (loopback_only && req.has_header("Host") &&
        !is_loopback_host(req.get_header_value("Host"))) {
      set_text(res, 403, "Onbekende host.");
      return httplib::Server::HandlerResponse::Handled;
    }
    auto path = clean_request_path(req.target);
    if (!path) {
      set_text(res, 400, "Ongeldig pad.");
      return httplib::Server::HandlerResponse::Handled;
    }
    const std::string own = std::string(kServePrefix).substr(1);
    if (path->starts_with(own))
      serve_own(state, open_streams, path->substr(own.size()), req, res);
    else
      serve_site(state, *path, res);
    return httplib::Server::HandlerResponse::Handled;
  });
}

PreviewServer::~PreviewServer() = default;

int PreviewServer::bind(const std::string& host, int port) {
  if (port == 0)
    impl_->port = impl_->server.bind_to_any_port(host);
  else
    impl_->port = impl_->server.bind_to_port(host, port) ? port : -1;
  return impl_->port;
}

void PreviewServer::run() {
  impl_->guard.start(impl_->port);
  impl_->server.listen_after_bind();
  impl_->guard.stop();
}

bool PreviewServer::running() const { return impl_->server.is_running(); }

void PreviewServer::stop() { impl_->server.stop(); }

}  // namespace ww
