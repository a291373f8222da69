#pragma once
/// CSS colours and WCAG 2.2 contrast.
#include <optional>
#include <string>

namespace ww {

struct Rgb {
  double r = 0, g = 0, b = 0;  ///< 0..255
};

/// Parses #rgb, #rrggbb (and #rgba/#rrggbbaa when fully opaque), rgb()/rgba(), hsl()/hsla() and
/// the common named colours. nullopt for anything else (including see-through colours, whose
/// contrast depends on what lies below).
std::optional<Rgb> parse_css_colour(const std::string& value);

/// WCAG 2.2 contrast ratio, 1..21.
double contrast_ratio(const Rgb& a, const Rgb& b);

/// "#0b5a3a".
std::string colour_hex(const Rgb& c);

}  // namespace ww
