#include "serve/request_path.h"

#include <array>
#include <utility>

namespace ww {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    if (i + 2 >= s.size()) return std::nullopt;
    int hi = hex_value(s[i + 1]);
    int lo = hex_value(s[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::optional<std::string> clean_request_path(std::string_view target) {
  if (auto q = target.find_first_of("?#"); q != std::string_view::npos)
    target = target.substr(0, q);
  if (target.empty() || target.front() != '/') return std::nullopt;
  auto decoded = percent_decode(target.substr(1));
  if (!decoded) return std::nullopt;
  const std::string& p = *decoded;
  for (unsigned char c : p) {
    // '%' after one decoding means a double escape ("%252e"): never valid in our output paths.
    if (c < 0x20 || c == 0x7f || c == '\\' || c == '%') return std::nullopt;
  }
  std::size_t start = 0;
  while (start < p.size()) {
    std::size_t slash = p.find('/', start);
    std::size_t end = slash == std::string::npos ? p.size() : slash;
    std::string_view seg(p.data() + start, end - start);
    if (seg.empty() || seg == "." || seg == "..") return std::nullopt;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return p;
}

Resolved resolve_site_path(const std::string& path,
                           const std::function<bool(const std::string&)>& exists) {
  if (path.empty()) {
    if (exists("index.html")) return {ResolveKind::file, "index.html"};
    return {};
  }
  std::string stem = path;
  if (stem.back() == '/') {
    stem.pop_back();
  } else if (exists(path)) {
    return {ResolveKind::file, path};
  } else if (path.find('.', path.rfind('/') + 1) != std::string::npos) {
    return {};  // a file name with an extension that is not there
  }
  if (!stem.empty() && exists(stem + ".html")) return {ResolveKind::redirect, "/" + stem + ".html"};
  return {};
}

std::string mime_type_for(std::string_view path) {
  static const std::array<std::pair<std::string_view, std::string_view>, 24> kTypes{{
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".webmanifest", "application/manifest+json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".md", "text/markdown; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".xml", "application/xml; charset=utf-8"},
      {".svg", "image/svg+xml; charset=utf-8"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".avif", "image/avif"},
      {".ico", "image/x-icon"},
      {".pdf", "application/pdf"},
      {".zip", "application/zip"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
  }};
  std::string lower(path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/')));
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (const auto& [ext, type] : kTypes)
    if (ends_with(lower, ext)) return std::string(type);
  return "application/octet-stream";
}

}  // namespace ww
