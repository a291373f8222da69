#include "serve/request_path.h"

#include <catch2/catch.hpp>
#include <set>

using namespace ww;

TEST_CASE("request path - plain paths are decoded once, query and fragment dropped") {
  CHECK(clean_request_path("/") == std::optional<std::string>(""));
  CHECK(clean_request_path("/kader/een.html") == std::optional<std::string>("kader/een.html"));
  CHECK(clean_request_path("/kader/een.html?x=1#y") ==
        std::optional<std::string>("kader/een.html"));
  CHECK(clean_request_path("/kader/") == std::optional<std::string>("kader/"));
  CHECK(clean_request_path("/assets/logo%20groot.png") ==
        std::optional<std::string>("assets/logo groot.png"));
  CHECK(clean_request_path("/woordenlijst/%C3%A9%C3%A9n.html") ==
        std::optional<std::string>("woordenlijst/\xC3\xA9\xC3\xA9n.html"));
}

TEST_CASE("request path - traversal, encoded traversal and double encoding are refused") {
  for (const char* bad : {"/../site-config.toml",
                          "/kader/../../x",
                          "/%2e%2e/x",
                          "/%2E%2E/x",
                          "/.%2e/x",
                          "/%2e%2e%2fx",
                          "/kader/..%2f..%2fx",
                          "/%252e%252e/x",
                          "/%252fx",
                          "/..%5cx",
                          "/..\\x",
                          "/./index.html",
                          "/%2e/index.html",
                          "//etc/passwd",
                          "/a//b",
                          "/%00",
                          "/a%0a.html",
                          "/%",
                          "/%2",
                          "/%zz",
                          "x",
                          "",
                          "*",
                          "http://evil/",
                          "/kader/.."}) {
    INFO(bad);
    CHECK_FALSE(clean_request_path(bad));
  }
}

TEST_CASE("request path - resolving: files, root, folders redirect to their page, no listing") {
  std::set<std::string> files = {"index.html", "kader.html", "kader/een.html", "css/wegwijzer.css"};
  auto exists = [&](const std::string& p) { return files.count(p) > 0; };
  auto r = resolve_site_path("", exists);
  CHECK(r.kind == ResolveKind::file);
  CHECK(r.path == "index.html");
  r = resolve_site_path("kader/een.html", exists);
  CHECK(r.kind == ResolveKind::file);
  CHECK(r.path == "kader/een.html");
  r = resolve_site_path("kader/", exists);
  CHECK(r.kind == ResolveKind::redirect);
  CHECK(r.path == "/kader.html");
  r = resolve_site_path("kader", exists);
  CHECK(r.kind == ResolveKind::redirect);
  CHECK(r.path == "/kader.html");
  CHECK(resolve_site_path("css/", exists).kind == ResolveKind::not_found);
  CHECK(resolve_site_path("css", exists).kind == ResolveKind::not_found);
  CHECK(resolve_site_path("kader/twee.html", exists).kind == ResolveKind::not_found);
  CHECK(resolve_site_path("kader/index.html", exists).kind == ResolveKind::not_found);
  CHECK(resolve_site_path("kader.html/", exists).kind == ResolveKind::not_found);
}

TEST_CASE("request path - MIME types with charset for text") {
  CHECK(mime_type_for("index.html") == "text/html; charset=utf-8");
  CHECK(mime_type_for("css/wegwijzer.css") == "text/css; charset=utf-8");
  CHECK(mime_type_for("js/zoek.js") == "text/javascript; charset=utf-8");
  CHECK(mime_type_for("zoekindex.json") == "application/json; charset=utf-8");
  CHECK(mime_type_for("favicon.svg") == "image/svg+xml; charset=utf-8");
  CHECK(mime_type_for("assets/LOGO.PNG") == "image/png");
  CHECK(mime_type_for("foto.jpeg") == "image/jpeg");
  CHECK(mime_type_for("kader.zip") == "application/zip");
  CHECK(mime_type_for("font.woff2") == "font/woff2");
  CHECK(mime_type_for("sitemap.xml") == "application/xml; charset=utf-8");
  CHECK(mime_type_for("README") == "application/octet-stream");
  CHECK(mime_type_for("x.exe") == "application/octet-stream");
}
