#include "serve/http_server.h"

#include <algorithm>
#include <atomic>
#include <chrono>

#include "core/module.h"
#include "serve/connection_guard.h"
#include "serve/embedded.h"
#include "serve/error_page.h"
#include "serve/http_backend.h"
#include "serve/request_path.h"

namespace ww {

namespace {

constexpr std::chrono::seconds kPingInterval{15};

/// How many of the HTTP module's 64 worker threads (httplib_backend.cpp) event streams may hold
/// at most: the rest always answers page requests (each visible tab holds one stream; a reload
/// briefly holds two).
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

void set_common_headers(HttpResponse& res) {
  res.headers.emplace_back("Cache-Control", "no-store");
  res.headers.emplace_back("X-Content-Type-Options", "nosniff");
  res.headers.emplace_back("Referrer-Policy", "no-referrer");
  res.headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
  res.headers.emplace_back("X-Frame-Options", "DENY");
}

void set_content(HttpResponse& res, std::string body, const std::string& type) {
  res.body = std::move(body);
  res.content_type = type;
}

void set_text(HttpResponse& res, int status, const std::string& text) {
  res.status = status;
  set_content(res, text + "\n", "text/plain; charset=utf-8");
}

/// Pages carry the token of the site state they came from and the number of notices of that
/// build (read by livereload.js).
void set_page(HttpResponse& res, int status, const std::string& html, const SiteSnapshot& snap) {
  res.status = status;
  res.headers.emplace_back("Server-Timing",
                           "wegwijzer;desc=\"" + snap.token + "\", wegwijzer-meldingen;desc=\"" +
                               std::to_string(snap.errors ? 0 : snap.notices->size()) + "\"");
  set_content(res, html, "text/html; charset=utf-8");
}

std::string event_for(const SiteSnapshot& snap) {
  if (snap.errors)
    return "event: fouten\ndata: " + diagnostics_json(*snap.errors, snap.token) + "\n\n";
  return "event: reload\ndata: " + snap.token + "\n\n";
}

void serve_events(SiteState& state, std::atomic<int>& open_streams, const HttpRequest& req,
                  HttpResponse& res) {
  // Exactly "text/event-stream": cpp-httplib compresses every other text/ type when the browser
  // accepts br or gzip, and the small events would then wait in the compressor forever.
  constexpr const char* kEventStreamType = "text/event-stream";
  if (open_streams.fetch_add(1) >= kMaxEventStreams) {
    // Too many open tabs: this one tries again later (the browser reconnects after `retry`).
    open_streams.fetch_sub(1);
    set_content(res, "retry: 10000\n\n", kEventStreamType);
    return;
  }
  struct Stream {
    std::string seen;
    bool first = true;
  };
  auto stream = std::make_shared<Stream>();
  if (auto it = req.params.find("versie"); it != req.params.end()) stream->seen = it->second;
  res.headers.emplace_back("X-Accel-Buffering", "no");
  res.content_type = kEventStreamType;
  res.next_chunk = [&state, stream](std::string& out) {
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
    return true;
  };
  res.done = [&open_streams] { open_streams.fetch_sub(1); };
}

void serve_own(SiteState& state, std::atomic<int>& open_streams, const std::string& name,
               const HttpRequest& req, HttpResponse& res) {
  if (name == "livereload.js") {
    set_content(res, std::string(livereload_js()), "text/javascript; charset=utf-8");
  } else if (name == "serve.css") {
    set_content(res, std::string(serve_css()), "text/css; charset=utf-8");
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

void serve_site(SiteState& state, const std::string& path, HttpResponse& res) {
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
        set_content(res, files.at(r.path), type);
      return;
    }
    case ResolveKind::redirect:
      res.status = 302;
      res.redirect = r.path;
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
  Module module;  ///< the HTTP module; unloaded last
  std::atomic<int> open_streams{0};
  ConnectionGuard guard;
  std::unique_ptr<HttpBackend> backend;  ///< stopped and deleted before the guard and module
  int port = 0;
};

PreviewServer::PreviewServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

std::unique_ptr<PreviewServer> PreviewServer::create(SiteState& state, bool loopback_only,
                                                     const std::vector<std::string>& module_dirs,
                                                     std::string& problem) {
  std::optional<Module> module =
      load_module(kHttpModuleFile, "de voorvertoning te tonen", module_dirs, problem);
  if (!module) return nullptr;
  using Entry = HttpBackend* (*)(const HttpHandlers*);
  auto entry = reinterpret_cast<Entry>(module->symbol(kHttpModuleEntry));
  if (!entry) {
    problem = "de module " + module->path() + " heeft geen " + kHttpModuleEntry +
              "; installeer wegwijzer opnieuw";
    return nullptr;
  }
  auto impl = std::unique_ptr<Impl>(new Impl{std::move(*module), {}, {}, nullptr, 0});
  ConnectionGuard& guard = impl->guard;
  HttpHandlers handlers;
  handlers.answered = [&guard](const std::string& addr, int port) { guard.answered(addr, port); };
  handlers.handle = [&state, loopback_only, &guard, &open_streams = impl->open_streams](
                        const HttpRequest& req, HttpResponse& res) {
    guard.head_received(req.remote_addr, req.remote_port);
    set_common_headers(res);
    if (req.method != "GET" && req.method != "HEAD") {
      res.headers.emplace_back("Allow", "GET, HEAD");
      set_text(res, 405, "Alleen GET en HEAD.");
      return;
    }
    if (loopback_only && req.host && !is_loopback_host(*req.host)) {
      set_text(res, 403, "Onbekende host.");
      return;
    }
    auto path = clean_request_path(req.target);
    if (!path) {
      set_text(res, 400, "Ongeldig pad.");
      return;
    }
    const std::string own = std::string(kServePrefix).substr(1);
    if (path->starts_with(own))
      serve_own(state, open_streams, path->substr(own.size()), req, res);
    else
      serve_site(state, *path, res);
  };
  impl->backend.reset(entry(&handlers));
  return std::unique_ptr<PreviewServer>(new PreviewServer(std::move(impl)));
}

PreviewServer::~PreviewServer() = default;

int PreviewServer::bind(const std::string& host, int port) {
  impl_->port = impl_->backend->bind(host, port);
  return impl_->port;
}

void PreviewServer::run() {
  impl_->guard.start(impl_->port);
  impl_->backend->listen();
  impl_->guard.stop();
}

bool PreviewServer::running() const { return impl_->backend->running(); }

void PreviewServer::stop() { impl_->backend->stop(); }

}  // namespace ww
