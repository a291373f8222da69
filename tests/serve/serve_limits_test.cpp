// `wegwijzer serve` as a browser and an attacker meet it: compressed event streams, many open
// tabs, a client that sends its request head byte by byte, the security headers. No wall-clock
// assertions: every wait has a generous overall bound and fails only when nothing happens.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <random>
#include <thread>

#include "serve/serve_client.h"

namespace fs = std::filesystem;
using namespace ww::test;
using Clock = std::chrono::steady_clock;

namespace {

struct TempSite {
  fs::path path;
  TempSite() {
    std::random_device rd;
    path = fs::temp_directory_path() /
           ("wegwijzer-serve-limits-" + std::to_string(rd()) + std::to_string(::getpid()));
    fs::copy(fs::path(WEGWIJZER_SOURCE_DIR) / "tests/fixtures/valid-basic", path,
             fs::copy_options::recursive);
  }
  ~TempSite() { fs::remove_all(path); }
};

const char* kChromiumHeaders =
    "Accept: text/event-stream\r\nAccept-Encoding: gzip, deflate, br\r\nCache-Control: "
    "no-cache\r\n";

}  // namespace

TEST_CASE("serve - the event stream is not compressed for a browser that accepts br and gzip") {
  TempSite site;
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  for (const char* encoding : {"br", "gzip", "gzip, deflate, br"}) {
    INFO("Accept-Encoding: " << encoding);
    auto page = http_request(port, "/kader/een.html");
    REQUIRE(page);
    EventStream events(
        port, "/__wegwijzer/events?versie=" + served_version(*page),
        std::string("Accept: text/event-stream\r\nAccept-Encoding: ") + encoding + "\r\n");
    REQUIRE(events.wait_for("retry:", 20s) != std::string::npos);
    CHECK(events.received().find("Content-Encoding") == std::string::npos);
    CHECK(events.received().find("Content-Type: text/event-stream") != std::string::npos);
    // A stream opened with an outdated version hears at once that its page is stale.
    EventStream stale(port, "/__wegwijzer/events?versie=oud",
                      std::string("Accept-Encoding: ") + encoding + "\r\n");
    CHECK(stale.wait_for("event: reload", 20s) != std::string::npos);
  }
  // An edit reaches a stream opened with a browser's headers.
  auto page = http_request(port, "/kader/een.html");
  REQUIRE(page);
  EventStream events(port, "/__wegwijzer/events?versie=" + served_version(*page), kChromiumHeaders);
  REQUIRE(events.wait_for("retry:", 20s) != std::string::npos);
  write_file(site.path / "content/kader/een.md",
             "+++\ntitle = \"Eén\"\nweight = 1\nkort = \"Het eerste deel.\"\n+++\n## Waarom "
             "één?\n\nNieuwe tekst.\n");
  const bool reloaded = events.wait_for("event: reload", 30s) != std::string::npos;
  INFO(serve.out() << serve.err() << "\nreceived: " << events.received());
  CHECK(reloaded);
  // One save of one file is reported as one change.
  CHECK(serve.wait_for_output("Gewijzigd: ", 1, 30s));
  CHECK(serve.out().find("Gewijzigd: content/kader/een.md\n") != std::string::npos);
  CHECK(serve.stop(SIGINT, 10s) == 0);
}

TEST_CASE("serve - 40 open event streams do not stop the server from answering pages") {
  TempSite site;
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  auto page = http_request(port, "/kader/een.html");
  REQUIRE(page);
  const std::string target = "/__wegwijzer/events?versie=" + served_version(*page);
  std::vector<std::unique_ptr<EventStream>> streams;
  for (int i = 0; i < 40; ++i) {
    streams.push_back(std::make_unique<EventStream>(port, target, kChromiumHeaders));
    REQUIRE(streams.back()->connected());
  }
  // Each stream gets its answer: open (retry: 1000) or "try again later" (a longer retry).
  int open = 0;
  for (auto& s : streams) {
    REQUIRE(s->wait_for("retry:", 30s) != std::string::npos);
    if (s->received().find("retry: 1000\n") != std::string::npos) ++open;
  }
  CHECK(open >= 16);
  auto more = http_request(port, "/kader/twee.html");
  REQUIRE(more);
  CHECK(more->status == 200);
  auto again = http_request(port, "/kader/een.html");
  REQUIRE(again);
  CHECK(again->status == 200);
  CHECK(serve.stop(SIGINT, 10s) == 0);
}

TEST_CASE("serve - a client that sends its request head very slowly is disconnected") {
  TempSite site;
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  // One byte a second never trips a per-read timeout; the server must still give up on the head.
  const std::string head =
      "GET /kader/een.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Langzaam: " + std::string(200, 'a');
  bool closed = false;
  auto give_up = Clock::now() + std::chrono::seconds(120);
  for (std::size_t i = 0; i < head.size() && Clock::now() < give_up && !closed; ++i) {
    if (send(fd, head.data() + i, 1, MSG_NOSIGNAL) != 1) {
      closed = true;
      break;
    }
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 1000) > 0) {
      char buf[512];
      if (recv(fd, buf, sizeof buf, 0) <= 0)
        closed = true;  // EOF or reset: the server hung up
      else
        closed = true;  // an answer (e.g. 408) before the head was complete also ends it
    }
  }
  close(fd);
  CHECK(closed);
  CHECK(http_request(port, "/kader/een.html"));
  CHECK(serve.stop(SIGINT, 10s) == 0);
}

TEST_CASE("serve - pages and the server's own files carry the security headers") {
  TempSite site;
  ServeProcess serve(site.path, {"--port", "0"});
  const int port = serve.wait_for_port();
  INFO(serve.out() << serve.err());
  REQUIRE(port > 0);
  for (const char* target : {"/kader/een.html", "/__wegwijzer/fouten.html",
                             "/__wegwijzer/livereload.js", "/bestaat-niet.html"}) {
    INFO(target);
    auto r = http_request(port, target);
    REQUIRE(r);
    const std::string csp = r->header("content-security-policy");
    CHECK(csp.find("default-src 'self'") != std::string::npos);
    CHECK(csp.find("script-src 'self'") != std::string::npos);
    CHECK(csp.find("object-src 'none'") != std::string::npos);
    CHECK(csp.find("frame-ancestors 'none'") != std::string::npos);
    CHECK(csp.find("unsafe-inline") == std::string::npos);
    CHECK(r->header("x-content-type-options") == "nosniff");
    CHECK(r->header("referrer-policy") == "no-referrer");
  }
  CHECK(serve.stop(SIGINT, 10s) == 0);
}
