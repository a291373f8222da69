#include "serve/serve.h"

#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <thread>

#include "check/lint.h"
#include "config/site_config.h"
#include "core/file_system.h"
#include "core/worker_pool.h"
#include "serve/error_page.h"
#include "serve/http_server.h"
#include "serve/site_state.h"
#include "templates/theme.h"

namespace ww {

namespace {

using Clock = std::chrono::steady_clock;

long ms_since(Clock::time_point start) {
  return static_cast<long>(
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
}

/// Builds in memory and publishes the outcome; prints a one-line summary and the findings.
void rebuild(const BuildOptions& options, SiteState& state, const std::string& url) {
  auto start = Clock::now();
  DiskFileSystem fs;
  MemoryOutput sink;
  Diagnostics diags;
  BuildStats stats;
  BuildOptions with_lint = options;
  // The lint rules of `wegwijzer check`, per page as the build parses it, shown but never
  // blocking the preview: errors become warnings (an image without alt text is an error in check).
  LintRun lint;
  with_lint.inspect.begin = [&](const ParsedSite& site, const Theme&) { lint = lint_begin(site); };
  with_lint.inspect.page = [&](const ParsedSite& site, std::size_t i) { lint_page(site, i, lint); };
  with_lint.inspect.end = [&](const ParsedSite& site, const Theme&, Diagnostics& out) {
    Diagnostics found;
    lint_end(site, lint, found);
    for (Diagnostic& d : found.items) {
      if (d.severity == Severity::error) d.severity = Severity::warning;
      out.items.push_back(std::move(d));
    }
  };
  bool ok = build_site(fs, sink, with_lint, diags, stats);
  sort_diagnostics(diags.items);
  for (const auto& d : diags.items) std::cerr << format_diagnostic(d) << '\n';
  if (ok) {
    std::vector<Diagnostic> notices;
    for (auto& d : diags.items)
      if (d.severity == Severity::warning) notices.push_back(std::move(d));
    const std::size_t n = notices.size();
    bool changed = state.publish_site(sink.files(), std::move(notices));
    if (n > 0)
      std::cout << n << (n == 1 ? " melding" : " meldingen")
                << " (de voorvertoning werkt wel): " << url << kServePrefix.substr(1)
                << "fouten.html" << std::endl;
    std::cout << stats.pages << (stats.pages == 1 ? " pagina" : " pagina's") << " gebouwd in "
              << ms_since(start) << " ms" << (changed ? "" : " (niets veranderd)") << std::endl;
  } else {
    std::size_t n = diags.count(Severity::error);
    state.publish_errors(std::move(diags.items));
    std::cout << n << (n == 1 ? " fout" : " fouten")
              << ": de voorvertoning toont de laatste goede versie. Zie " << url
              << kServePrefix.substr(1) << "fouten.html" << std::endl;
  }
}

std::string url_for(const std::string& host, int port) {
  std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return "http://" + h + ":" + std::to_string(port) + "/";
}

/// Binds the requested port, or 1313 and the next ones when none was asked for.
int bind_port(PreviewServer& server, const ServeOptions& options) {
  if (options.port) return server.bind(options.host, *options.port);
  for (int p = kDefaultPort; p < kDefaultPort + kPortAttempts; ++p)
    if (server.bind(options.host, p) >= 0) return p;
  return -1;
}

std::string instance_id() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
}

bool same_targets(const std::vector<WatchTarget>& a, const std::vector<WatchTarget>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].path != b[i].path || a[i].recursive != b[i].recursive) return false;
  return true;
}

}  // namespace

std::vector<WatchTarget> watch_targets(const BuildOptions& options) {
  DiskFileSystem fs;
  Diagnostics ignored;
  SiteConfig c = load_site_config(fs, options.config_path, ignored);
  std::vector<WatchTarget> targets = {{options.config_path, false}};
  if (c.base_dir.empty() && c.file.empty()) return targets;
  for (const auto& o : c.overlays) targets.push_back({c.resolve(o), true});
  targets.push_back({c.resolve(c.content_dir), true});
  for (const char* dir : {"assets", "static", "templates"})
    targets.push_back({c.resolve(dir), true});
  Diagnostics theme_diags;
  Theme theme = load_theme(fs, c, theme_diags, options.theme_dirs);
  if (fs.is_dir(theme.dir))
    targets.push_back({theme.dir, true});
  else
    targets.push_back({c.resolve("themes"), true});  // the theme may still be created
  if (!c.thema.tokens.empty()) targets.push_back({c.resolve(c.thema.tokens), false});
  if (!c.gemeente.logo.empty()) targets.push_back({c.resolve(c.gemeente.logo), false});
  return targets;
}

int run_serve(const ServeOptions& options) {
  // SIGINT/SIGTERM are read from a signalfd by the watch loop; every thread started from here
  // inherits the blocked mask, so no handler runs on a server thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigset_t old_mask;
  pthread_sigmask(SIG_BLOCK, &stop_signals, &old_mask);
  signal(SIGPIPE, SIG_IGN);  // a browser closing a connection must not end the server
  const int stop_fd = signalfd(-1, &stop_signals, SFD_CLOEXEC | SFD_NONBLOCK);
  if (stop_fd < 0) {
    std::cerr << "wegwijzer: signalen kunnen niet opgevangen worden\n";
    return 1;
  }

  BuildOptions build = options.build;
  build.serve_mode = true;
  // One pool of worker threads for every rebuild, started with the stop signals blocked.
  WorkerPool workers(thread_count(build));
  build.workers = &workers;
  const bool loopback = is_loopback_host(options.host);
  if (!loopback)
    std::cerr
        << "waarschuwing: de voorvertoning luistert op " << options.host
        << ": ook andere apparaten in het netwerk kunnen haar zien. Laat --host weg om alleen deze "
           "computer toe te laten.\n";

  std::vector<std::string> problems;
  auto targets = watch_targets(build);
  auto watcher = std::make_unique<Watcher>(targets, problems);
  for (const auto& p : problems) std::cerr << "waarschuwing: kan niet volgen: " << p << '\n';

  SiteState state(instance_id());
  std::string problem;
  std::unique_ptr<PreviewServer> made =
      PreviewServer::create(state, loopback, options.module_dirs, problem);
  if (!made) {
    std::cerr << "wegwijzer: de voorvertoning kan niet starten: " << problem << '\n';
    close(stop_fd);
    pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
    return 1;
  }
  PreviewServer& server = *made;
  const int port = bind_port(server, options);
  if (port < 0) {
    std::cerr << "wegwijzer: kan niet luisteren op " << options.host;
    if (options.port)
      std::cerr << " poort " << *options.port << " (bezet of ongeldig)\n";
    else
      std::cerr << " poort " << kDefaultPort << " tot " << kDefaultPort + kPortAttempts - 1
                << " (alle bezet)\n";
    close(stop_fd);
    pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
    return 1;
  }
  const std::string url = url_for(options.host, port);
  rebuild(build, state, url);
  std::thread http([&server] { server.run(); });
  while (!server.running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  std::cout << "Voorvertoning: " << url << "\nStoppen met Ctrl-C." << std::endl;

  while (true) {
    std::vector<std::string> changed;
    if (wait_for_changes(*watcher, stop_fd, std::chrono::milliseconds(50), changed) ==
        WaitResult::stopped)
      break;
    std::cout << "Gewijzigd: " << changed.front();
    if (changed.size() > 1) std::cout << " (en " << changed.size() - 1 << " meer)";
    std::cout << std::endl;
    // The config may name other folders now (overlays, theme): follow them before building.
    auto now = watch_targets(build);
    if (!same_targets(now, targets)) {
      targets = std::move(now);
      problems.clear();
      watcher = std::make_unique<Watcher>(targets, problems);
      for (const auto& p : problems) std::cerr << "waarschuwing: kan niet volgen: " << p << '\n';
    }
    rebuild(build, state, url);
  }

  // Take the signal that stopped us off the queue: restoring the mask below would deliver it.
  signalfd_siginfo info;
  while (read(stop_fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
  }
  state.stop();  // ends the event streams first: they hold server threads
  server.stop();
  http.join();
  close(stop_fd);
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
  std::cout << "Gestopt." << std::endl;
  return 0;
}

}  // namespace ww
