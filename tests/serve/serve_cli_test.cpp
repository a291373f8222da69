// End-to-end tests of `wegwijzer serve`: the binary on a free loopback port, serving a temp copy
// of a fixture site. Bounded in time; robust on a loaded machine (generous start-up waits).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "serve/serve_client.h"

namespace fs = std::filesystem;
using namespace ww::test;
using Clock = std::chrono::steady_clock;

namespace {

// Every wait below ends on the event itself; this limit only stops a hung test (how fast serve
// reacts is measured in bench/serve_reload.py, not here).
constexpr auto kHang = std::chrono::seconds(60);

struct TempSite {
  fs::path path;
  explicit TempSite(const std::string& fixture = "valid-basic") {
    std::random_device rd;
    path = fs::temp_directory_path() /
           ("wegwijzer-serve-" + std::to_string(rd()) + std::to_string(::getpid()));
    fs::copy(fs::path(WEGWIJZER_SOURCE_DIR) / "tests/fixtures" / fixture, path,
             fs::copy_options::recursive);
  }
  ~TempSite() { fs::remove_all(path); }
};

const char* kPage =
    "+++\ntitle = \"Eén\"\nweight = 1\nkort = \"Het eerste deel.\"\n+++\n## Waarom één?\n\n%s\n\n"
    "Zie [twee](twee.md#tweede-kop).\n";

std::string page_with(const std::string& sentence) {
  std::string s = kPage;
  return s.replace(s.find("%s"), 2, sentence);
}

std::string get_body(int port, const std::string& target) {
  auto r = http_request(port, target);
  return r ? r->body : std::string();
}

}  // namespace

TEST_CASE(
    "serve - pages, MIME types, folders, 404, and the live-reload script only in serve mode") {
  TempSite site;
  write_file(site.path / "content/kader/een.md", page_with("Eerste versie van de zin."));
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  CHECK(serve.out().find("http://127.0.0.1:" + std::to_string(port) + "/") != std::string::npos);

  auto home = http_request(port, "/");
  REQUIRE(home);
  CHECK(home->status == 200);
  CHECK(home->header("content-type") == "text/html; charset=utf-8");
  CHECK(home->header("cache-control") == "no-store");
  CHECK(home->body.find("<script src=\"__wegwijzer/livereload.js\"></script>") !=
        std::string::npos);
  CHECK_FALSE(served_version(*home).empty());

  auto page = http_request(port, "/kader/een.html");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("Eerste versie van de zin.") != std::string::npos);
  CHECK(page->body.find("<script src=\"../__wegwijzer/livereload.js\"></script>") !=
        std::string::npos);

  auto css = http_request(port, "/css/wegwijzer.css");
  REQUIRE(css);
  CHECK(css->status == 200);
  CHECK(css->header("content-type") == "text/css; charset=utf-8");
  auto js = http_request(port, "/__wegwijzer/livereload.js");
  REQUIRE(js);
  CHECK(js->status == 200);
  CHECK(js->header("content-type") == "text/javascript; charset=utf-8");
  CHECK(js->body.find("EventSource") != std::string::npos);
  auto svg = http_request(port, "/favicon.svg");
  REQUIRE(svg);
  CHECK(svg->header("content-type") == "image/svg+xml; charset=utf-8");

  // Folders are never listed: a folder URL goes to its section page (every page is .html).
  auto folder = http_request(port, "/kader/");
  REQUIRE(folder);
  CHECK(folder->status == 302);
  CHECK(folder->header("location") == "/kader.html");
  auto bare = http_request(port, "/kader");
  REQUIRE(bare);
  CHECK(bare->status == 302);
  auto css_dir = http_request(port, "/css/");
  REQUIRE(css_dir);
  CHECK(css_dir->status == 404);
  CHECK(css_dir->body.find("wegwijzer.css") == std::string::npos);

  auto missing = http_request(port, "/kader/bestaat-niet.html");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(missing->header("content-type") == "text/html; charset=utf-8");
  CHECK(missing->body.find("niet gevonden") != std::string::npos);

  auto head = http_request(port, "/kader/een.html", "HEAD");
  REQUIRE(head);
  CHECK(head->status == 200);
  CHECK(head->body.empty());
  auto post = http_request(port, "/kader/een.html", "POST");
  REQUIRE(post);
  CHECK(post->status == 405);
  // DNS rebinding: another host name pointing at 127.0.0.1 gets nothing.
  auto rebound =
      http_request(port, "/kader/een.html", "GET", "evil.example:" + std::to_string(port));
  REQUIRE(rebound);
  CHECK(rebound->status == 403);

  // A normal build of the same site has no trace of the live-reload script.
  std::string cmd =
      "cd '" + site.path.string() + "' && '" WEGWIJZER_BINARY "' build --quiet --out gewoon";
  REQUIRE(std::system(cmd.c_str()) == 0);
  for (const auto& e : fs::recursive_directory_iterator(site.path / "gewoon")) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    INFO(e.path());
    CHECK(text.find("__wegwijzer") == std::string::npos);
    CHECK(text.find("livereload") == std::string::npos);
  }
  CHECK(serve.stop(SIGINT, kHang) == 0);
}

TEST_CASE("serve - traversal with .., encoded and double-encoded, is refused") {
  TempSite site;
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  const std::vector<std::string> attacks = {
      "/../site-config.toml",
      "/kader/../../site-config.toml",
      "/%2e%2e/site-config.toml",
      "/%2E%2E/site-config.toml",
      "/%2e%2e%2fsite-config.toml",
      "/kader/..%2f..%2fsite-config.toml",
      "/kader/%2e%2e%2f%2e%2e%2fsite-config.toml",
      "/%252e%252e/site-config.toml",
      "/%252e%252e%252fsite-config.toml",
      "/..%5csite-config.toml",
      "/..\\site-config.toml",
      "/.%2e/site-config.toml",
      "/%2e/kader.html",
      "//etc/passwd",
      "/%00index.html",
      "/kader.html%00",
      "site-config.toml",
      "/content/kader/een.md",
      "/../../../../etc/passwd",
      "/__wegwijzer/../site-config.toml",
  };
  for (const auto& target : attacks) {
    auto r = http_request(port, target);
    INFO(target);
    if (!r) continue;  // a refused connection is also a refusal
    CHECK((r->status == 400 || r->status == 403 || r->status == 404));
    CHECK(r->body.find("leesvolgorde") == std::string::npos);
    CHECK(r->body.find("root:") == std::string::npos);
  }
  CHECK(serve.stop(SIGTERM, kHang) == 0);
}

TEST_CASE("serve - an edit rebuilds and open pages get a reload event") {
  TempSite site;
  write_file(site.path / "content/kader/een.md", page_with("Eerste versie van de zin."));
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  auto page = http_request(port, "/kader/een.html");
  REQUIRE(page);
  const std::string version = served_version(*page);
  REQUIRE_FALSE(version.empty());

  EventStream events(port, "/__wegwijzer/events?versie=" + version);
  REQUIRE(events.connected());
  REQUIRE(events.wait_for("retry:", kHang) != std::string::npos);  // the stream is open
  CHECK(events.received().find("event:") == std::string::npos);    // the page is current

  write_file(site.path / "content/kader/een.md", page_with("Tweede versie van de zin."));
  CHECK(events.wait_for("event: reload", kHang) != std::string::npos);
  CHECK(get_body(port, "/kader/een.html").find("Tweede versie van de zin.") != std::string::npos);

  // A stream opened with an old version hears at once that its page is stale.
  EventStream late(port, "/__wegwijzer/events?versie=" + version);
  CHECK(late.wait_for("event: reload", kHang) != std::string::npos);

  // New folders are watched too, also when the file lands right after the folder (as with cp -r):
  // a file that comes before the watch on the new folder is in the rebuild that the folder starts.
  fs::create_directories(site.path / "content/nieuw");
  write_file(site.path / "content/nieuw/pagina.md",
             "+++\ntitle = \"Nieuw\"\n+++\nNieuwe pagina.\n");
  auto deadline = Clock::now() + kHang;
  while (Clock::now() < deadline &&
         get_body(port, "/nieuw/pagina.html").find("Nieuwe pagina.") == std::string::npos)
    std::this_thread::sleep_for(20ms);
  CHECK(get_body(port, "/nieuw/pagina.html").find("Nieuwe pagina.") != std::string::npos);
  CHECK(serve.stop(SIGINT, kHang) == 0);
}

TEST_CASE("serve - a broken build keeps the last good site, shows the error page, and recovers") {
  TempSite site;
  write_file(site.path / "content/kader/een.md", page_with("Goede versie."));
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  auto page = http_request(port, "/kader/een.html");
  REQUIRE(page);
  EventStream events(port, "/__wegwijzer/events?versie=" + served_version(*page));
  REQUIRE(events.wait_for("retry:", kHang) != std::string::npos);

  // Broken front matter (an unterminated string) and a dead link: both are listed.
  write_file(site.path / "content/kader/een.md",
             "+++\ntitle = \"Eén\nweight = 1\n+++\nKapotte versie.\n");
  write_file(site.path / "content/kader/twee.md",
             "+++\ntitle = \"Twee\"\n+++\n## Tweede kop\n\nNaar [weg](bestaat-niet.md).\n");
  auto at = events.wait_for("event: fouten", kHang);
  REQUIRE(at != std::string::npos);
  CHECK(events.received().find("content/kader/een.md:2:", at) != std::string::npos);
  CHECK(events.received().find("content/kader/twee.md:6:", at) != std::string::npos);

  auto errors = http_request(port, "/__wegwijzer/fouten.html");
  REQUIRE(errors);
  CHECK(errors->status == 200);
  CHECK(errors->body.find("De site kan niet gebouwd worden") != std::string::npos);
  CHECK(errors->body.find("content/kader/een.md:2:") != std::string::npos);
  CHECK(errors->body.find("content/kader/twee.md:6:") != std::string::npos);
  // The old pages still serve.
  auto old = http_request(port, "/kader/een.html");
  REQUIRE(old);
  CHECK(old->status == 200);
  CHECK(old->body.find("Goede versie.") != std::string::npos);
  CHECK(old->body.find("Kapotte versie.") == std::string::npos);
  // A page opened now hears about the errors at once (for the overlay).
  EventStream fresh(port, "/__wegwijzer/events?versie=" + served_version(*old));
  CHECK(fresh.wait_for("event: fouten", kHang) != std::string::npos);

  // Fixed: the open pages reload to the new site.
  const std::size_t before = events.received().size();
  write_file(site.path / "content/kader/twee.md",
             "+++\ntitle = \"Twee\"\n+++\n## Tweede kop\n\nTerug naar [één](een.md).\n");
  write_file(site.path / "content/kader/een.md", page_with("Herstelde versie."));
  CHECK(events.wait_for("event: reload", kHang, before) != std::string::npos);
  CHECK(get_body(port, "/kader/een.html").find("Herstelde versie.") != std::string::npos);
  CHECK(get_body(port, "/__wegwijzer/fouten.html").find("Geen fouten") != std::string::npos);
  CHECK(serve.stop(SIGINT, kHang) == 0);
}

TEST_CASE(
    "serve - a site that does not build at the start shows the error page everywhere until fixed") {
  TempSite site;
  write_file(site.path / "content/kader/een.md", "+++\ntitle = [\n+++\n");
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  auto r = http_request(port, "/kader/twee.html");
  REQUIRE(r);
  CHECK(r->status == 500);
  CHECK(r->body.find("content/kader/een.md:2:") != std::string::npos);
  CHECK(r->body.find("__wegwijzer/livereload.js") != std::string::npos);
  EventStream events(port, "/__wegwijzer/events?versie=" + served_version(*r));
  REQUIRE(events.wait_for("retry:", kHang) != std::string::npos);
  write_file(site.path / "content/kader/een.md", page_with("Nu goed."));
  CHECK(events.wait_for("event: reload", kHang) != std::string::npos);
  auto fixed = http_request(port, "/kader/een.html");
  REQUIRE(fixed);
  CHECK(fixed->status == 200);
  CHECK(fixed->body.find("Nu goed.") != std::string::npos);
  CHECK(serve.stop(SIGINT, kHang) == 0);
}

TEST_CASE("serve - Ctrl-C stops cleanly, also with open event streams") {
  TempSite site;
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  EventStream a(port, "/__wegwijzer/events");
  EventStream b(port, "/__wegwijzer/events");
  REQUIRE(a.wait_for("retry:", kHang) != std::string::npos);
  REQUIRE(b.wait_for("retry:", kHang) != std::string::npos);
  CHECK(serve.stop(SIGINT, kHang) == 0);
  CHECK(serve.out().find("Gestopt.") != std::string::npos);
  CHECK_FALSE(http_request(port, "/"));
}

TEST_CASE("serve - without --port: 1313, or the next free port when it is taken") {
  // Hold 1313 ourselves (if someone else holds it, the server must skip it all the same).
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(1313);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool held = bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 && listen(fd, 1) == 0;
  TempSite site;
  ServeProcess serve(site.path, {});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  close(fd);
  REQUIRE(port > 0);
  CHECK(port > 1313);
  CHECK(port < 1313 + 20);
  INFO("1313 held by this test: " << held);
  CHECK(http_request(port, "/"));
  CHECK(serve.stop(SIGTERM, kHang) == 0);
}

TEST_CASE("serve - a taken port asked for explicitly and a bad --port are errors") {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = 0;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  REQUIRE(listen(fd, 1) == 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  TempSite site;
  {
    ServeProcess serve(site.path, {"--port", std::to_string(ntohs(addr.sin_port))});
    CHECK(serve.stop(0, kHang) == 1);  // signal 0: only wait for the exit
    CHECK(serve.err().find("kan niet luisteren") != std::string::npos);
  }
  close(fd);
  std::string cmd =
      "cd '" + site.path.string() + "' && '" WEGWIJZER_BINARY "' serve --port 70000 2>/dev/null";
  CHECK(WEXITSTATUS(std::system(cmd.c_str())) == 2);
}

TEST_CASE("serve - the check's lint findings are shown but do not block the preview") {
  TempSite site;
  // A heading that skips a level, an image without alt text, a "klik hier" link: the lint rules of
  // `wegwijzer check` (an image without alt text is even an error there).
  write_file(
      site.path / "content/kader/een.md",
      "+++\ntitle = \"Eén\"\nweight = 1\nkort = \"Het eerste deel.\"\n+++\n## Waarom één?\n\n"
      "#### Te diep\n\n![](plaatje.png)\n\nZie [klik hier](twee.md#tweede-kop).\n");
  write_file(site.path / "content/kader/plaatje.png", "\x89PNG\r\n");
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  auto page = http_request(port, "/kader/een.html");
  REQUIRE(page);
  CHECK(page->status == 200);  // the preview works
  CHECK(page->body.find("Te diep") != std::string::npos);
  CHECK(page->header("server-timing").find("wegwijzer-meldingen;desc=\"") != std::string::npos);
  CHECK(page->header("server-timing").find("wegwijzer-meldingen;desc=\"0\"") == std::string::npos);
  auto list = http_request(port, "/__wegwijzer/fouten.html");
  REQUIRE(list);
  CHECK(list->body.find("Geen fouten") != std::string::npos);
  CHECK(list->body.find("om te verbeteren") != std::string::npos);
  CHECK(list->body.find("content/kader/een.md:8:1") != std::string::npos);
  for (const char* rule : {"kop-overgeslagen", "afbeelding-zonder-alt", "vage-linktekst"}) {
    INFO(rule);
    CHECK(list->body.find(std::string("[") + rule + "]") != std::string::npos);
  }
  CHECK(serve.out().find("meldingen (de voorvertoning werkt wel)") != std::string::npos);
  CHECK(serve.stop(SIGINT, 10s) == 0);
}
