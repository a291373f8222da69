#include "serve/site_state.h"

#include <catch2/catch.hpp>
#include <thread>

#include "serve/error_page.h"
#include "serve/http_server.h"

using namespace ww;
using namespace std::chrono_literals;

TEST_CASE(
    "site state - a good build replaces the site, a failed one keeps it and records the errors") {
  SiteState state("t");
  auto s0 = state.current();
  CHECK(s0.files->empty());
  CHECK_FALSE(s0.errors);
  CHECK(state.publish_site({{"index.html", "een"}}));
  auto s1 = state.current();
  CHECK(s1.files->at("index.html") == "een");
  CHECK(s1.token != s0.token);
  state.publish_errors({{Severity::error, {"content/a.md", 2, 3}, "kapot", {}, "x"}});
  auto s2 = state.current();
  CHECK(s2.files->at("index.html") == "een");  // the last good site stays
  REQUIRE(s2.errors);
  CHECK(s2.errors->size() == 1);
  CHECK(s2.token != s1.token);
  // The same files again after a failure: a new token (the overlay must go away).
  CHECK(state.publish_site({{"index.html", "een"}}));
  auto s3 = state.current();
  CHECK_FALSE(s3.errors);
  CHECK(s3.token != s2.token);
  // The same files after a good build: nothing to reload.
  CHECK_FALSE(state.publish_site({{"index.html", "een"}}));
  CHECK(state.current().token == s3.token);
}

TEST_CASE("site state - waiters wake on a change and on stop") {
  SiteState state("t");
  const std::string seen = state.current().token;
  std::thread builder([&] {
    std::this_thread::sleep_for(20ms);
    state.publish_site({{"index.html", "x"}});
  });
  auto changed = state.wait_for_change(seen, 300s);
  builder.join();
  CHECK(changed.token != seen);
  auto timed_out = state.wait_for_change(changed.token, 10ms);
  CHECK(timed_out.token == changed.token);
  CHECK_FALSE(timed_out.stopping);
  std::thread stopper([&] {
    std::this_thread::sleep_for(20ms);
    state.stop();
  });
  // The limit only stops a hang: a waiter that returned before it was woken by stop().
  auto start = std::chrono::steady_clock::now();
  auto stopped = state.wait_for_change(changed.token, 300s);
  stopper.join();
  CHECK(stopped.stopping);
  CHECK(std::chrono::steady_clock::now() - start < 300s);
}

TEST_CASE("error page - every diagnostic with file:line:col, escaped, JSON for the overlay") {
  std::vector<Diagnostic> diags = {
      {Severity::error,
       {"content/a.md", 2, 7},
       "onbekende <bron> 'x\"y'",
       "bedoelde u 'z'?",
       "bron"},
      {Severity::warning, {"content/b.md", 4, 0}, "lange zin", {}, {}},
      {Severity::error, {"site-config.toml", 0, 0}, "regel\nmet\tbreuk", {}, {}},
  };
  std::string html = error_page_html(diags, true, "1.2");
  CHECK(html.find("content/a.md:2:7") != std::string::npos);
  CHECK(html.find("content/b.md:4") != std::string::npos);
  CHECK(html.find("site-config.toml") != std::string::npos);
  CHECK(html.find("onbekende &lt;bron&gt; &#39;x&quot;y&#39;") != std::string::npos);
  CHECK(html.find("<bron>") == std::string::npos);
  CHECK(html.find("2 fouten") != std::string::npos);
  CHECK(html.find("bedoelde u") != std::string::npos);
  CHECK(html.find("data-wegwijzer-foutpagina=\"1.2\"") != std::string::npos);
  CHECK(html.find("<script src=\"/__wegwijzer/livereload.js\"></script>") != std::string::npos);
  CHECK(html.find("<script>") == std::string::npos);  // no inline script
  CHECK(error_page_html({}, true, "1.3").find("Geen fouten") != std::string::npos);

  std::string json = diagnostics_json(diags, "1.2");
  CHECK(json.find('\n') == std::string::npos);  // one SSE data line
  CHECK(json.rfind(
            "{\"versie\":\"1.2\",\"fouten\":[{\"plek\":\"content/a.md:2:7\",\"soort\":\"fout\"",
            0) == 0);
  CHECK(json.find("\\u003cbron\\u003e") != std::string::npos);
  CHECK(json.find("x\\\"y") != std::string::npos);
  CHECK(json.find("regel\\nmet\\tbreuk") != std::string::npos);
  CHECK(json.find("\"soort\":\"waarschuwing\"") != std::string::npos);
}

TEST_CASE("error page - a site's 404.html gets <base href=\"/\"> so it works at any depth") {
  CHECK(with_root_base("<html><head><title>x</title></head></html>") ==
        "<html><head>\n<base href=\"/\"><title>x</title></head></html>");
  CHECK(with_root_base("geen head") == "geen head");
  CHECK(not_found_html("/a<b>.html").find("/a&lt;b&gt;.html") != std::string::npos);
}

TEST_CASE("http server - loopback host names") {
  for (const char* h : {"localhost", "localhost:1313", "127.0.0.1", "127.0.0.1:80", "127.1.2.3",
                        "[::1]:1313", "::1"})
    CHECK(is_loopback_host(h));
  for (const char* h : {"0.0.0.0", "evil.example", "evil.example:1313", "192.168.1.2", "[::]:80",
                        "localhost.evil", "127.evil.example", "128.0.0.1"})
    CHECK_FALSE(is_loopback_host(h));
}
