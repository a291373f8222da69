#include "pipeline/image_kind.h"

#include <cctype>

namespace ww {

namespace {

bool starts(const std::string& bytes, const std::string& magic) { return bytes.starts_with(magic); }

/// The kind the bytes show, or "" when no image kind matches.
std::string sniff(const std::string& b) {
  if (starts(b, "\x89PNG\r\n\x1a\n")) return ".png";
  if (starts(b, "\xff\xd8\xff")) return ".jpg";
  if (starts(b, "GIF87a") || starts(b, "GIF89a")) return ".gif";
  if (b.size() >= 12 && starts(b, "RIFF") && b.compare(8, 4, "WEBP") == 0) return ".webp";
  return {};
}

/// True when the first element of the document (after a BOM, the XML declaration, comments,
/// processing instructions and a DOCTYPE) is <svg ...> (optionally with a prefix: <svg:svg>).
bool svg_root(const std::string& b) {
  std::size_t i = starts(b, "\xef\xbb\xbf") ? 3 : 0;
  while (i < b.size()) {
    while (i < b.size() && std::isspace(static_cast<unsigned char>(b[i]))) ++i;
    if (i >= b.size() || b[i] != '<') return false;
    if (b.compare(i, 4, "<!--") == 0) {
      std::size_t e = b.find("-->", i + 4);
      if (e == std::string::npos) return false;
      i = e + 3;
    } else if (b.compare(i, 2, "<?") == 0) {
      std::size_t e = b.find("?>", i + 2);
      if (e == std::string::npos) return false;
      i = e + 2;
    } else if (b.compare(i, 2, "<!") == 0) {  // DOCTYPE, possibly with an internal subset
      int depth = 0;
      std::size_t e = i + 2;
      for (; e < b.size(); ++e) {
        if (b[e] == '[') ++depth;
        if (b[e] == ']') --depth;
        if (b[e] == '>' && depth <= 0) break;
      }
      if (e >= b.size()) return false;
      i = e + 1;
    } else {
      std::size_t e = i + 1;
      while (e < b.size() && !std::isspace(static_cast<unsigned char>(b[e])) && b[e] != '>' &&
             b[e] != '/')
        ++e;
      std::string name = b.substr(i + 1, e - i - 1);
      std::size_t colon = name.find(':');
      if (colon != std::string::npos) name = name.substr(colon + 1);
      return name == "svg";
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> image_content_problem(const std::string& extension,
                                                 const std::string& bytes) {
  if (bytes.empty()) return std::string("het bestand is leeg");
  std::string kind = sniff(bytes);
  if (extension == ".svg") {
    if (svg_root(bytes)) return std::nullopt;
    if (!kind.empty()) return "het bestand heet .svg maar is een " + kind.substr(1) + "-afbeelding";
    return std::string("het bestand is geen SVG: het begint niet met een <svg>-element");
  }
  std::string want = extension == ".jpeg" ? ".jpg" : extension;
  if (kind == want) return std::nullopt;
  if (!kind.empty())
    return "het bestand heet " + extension + " maar is een " + kind.substr(1) + "-afbeelding";
  if (svg_root(bytes)) return "het bestand heet " + extension + " maar is een SVG";
  return "het bestand is geen " + want.substr(1) + "-afbeelding (de eerste bytes passen niet)";
}

}  // namespace ww
