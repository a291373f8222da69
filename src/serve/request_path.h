#pragma once
/// Mapping request targets of `wegwijzer serve` to files of the built site, safely:
/// traversal ("..", encoded or double-encoded) is refused before any lookup.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ww {

/// The path of a request target ("/kader/een.html?x=1") as a site-relative path ("kader/een.html"),
/// percent-decoded once. Returns nullopt (refuse with 400) for: a target not starting with '/',
/// an invalid or double escape (a '%' left after decoding), NUL or control characters, a
/// backslash, an empty segment other than a trailing one, and any "." or ".." segment.
/// A trailing '/' is kept ("kader/"); the root is "".
std::optional<std::string> clean_request_path(std::string_view target);

enum class ResolveKind { file, redirect, not_found };

struct Resolved {
  ResolveKind kind = ResolveKind::not_found;
  std::string path;  ///< file: the site path; redirect: the absolute URL path to go to
};

/// Finds the file for a cleaned request path. "" serves "index.html". Folders are never listed:
/// "kader/" and "kader" redirect to "/kader.html" when that page exists (every page is a .html
/// file), else not_found.
Resolved resolve_site_path(const std::string& path,
                           const std::function<bool(const std::string&)>& exists);

/// The Content-Type for a file name, with "; charset=utf-8" for text types;
/// "application/octet-stream" when the extension is unknown.
std::string mime_type_for(std::string_view path);

}  // namespace ww
