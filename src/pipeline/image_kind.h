#pragma once
/// Whether the bytes of a file are the image its name promises (magic bytes, or an <svg> root
/// element), so a text file named logo.svg is not published as the gemeente's logo.
#include <optional>
#include <string>

namespace ww {

/// nullopt when `bytes` is an image of the kind `extension` (".svg", ".png", ".jpg", ".jpeg",
/// ".webp", ".gif") names; otherwise a Dutch description of what the file is instead.
std::optional<std::string> image_content_problem(const std::string& extension,
                                                 const std::string& bytes);

}  // namespace ww
