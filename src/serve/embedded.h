#pragma once
/// The server's own browser files (livereload.js, serve.css), compiled into the binary from
/// src/serve/ so `wegwijzer serve` needs no files next to it.
#include <string_view>

namespace ww {

std::string_view livereload_js();
std::string_view serve_css();

}  // namespace ww
