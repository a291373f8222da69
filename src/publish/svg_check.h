#pragma once
/// SVG files run script in the site's origin when opened on their own (and can then read the
/// VIT answers in localStorage). Before an SVG from content, static, assets, the theme or the
/// gemeente logo is published, it is parsed with a real XML parser (expat) and refused when it
/// can run script or load anything from elsewhere.
#include <optional>
#include <string>
#include <string_view>

namespace ww {

/// What is wrong with an SVG, and where (1-based line and column).
struct SvgProblem {
  int line = 1;
  int column = 1;
  std::string message;  ///< Dutch, e.g. "het SVG-bestand bevat <script>"
};

/// The first reason `svg` may not be published, or nullopt when it is safe: well-formed XML
/// without <script>, <foreignObject> or <handler>, on... event attributes, javascript: values,
/// href/xlink:href to anything but a fragment ("#id") or an embedded raster image (data:image/png,
/// jpeg, gif, webp), CSS url() to anything but a fragment, @import, processing instructions
/// (xml-stylesheet) or entity declarations.
std::optional<SvgProblem> svg_problem(std::string_view svg);

/// The hint that goes with every refused SVG.
inline constexpr const char* kSvgHint =
    "een SVG mag geen script, gebeurtenissen (on...), foreignObject of verwijzingen naar andere "
    "bestanden "
    "bevatten; haal dat eruit of sla de afbeelding op als PNG";

/// True when `path` ends in ".svg" (any case).
bool is_svg_path(const std::string& path);

}  // namespace ww
