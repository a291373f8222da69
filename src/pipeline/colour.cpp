#include "pipeline/colour.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace ww {

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = char(std::tolower(static_cast<unsigned char>(c)));
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::optional<Rgb> parse_hex(const std::string& v) {
  std::string h = v.substr(1);
  for (char c : h)
    if (hex_digit(c) < 0) return std::nullopt;
  auto two = [&](std::size_t i) { return double(hex_digit(h[i]) * 16 + hex_digit(h[i + 1])); };
  auto one = [&](std::size_t i) { return double(hex_digit(h[i]) * 17); };
  if (h.size() == 3 || h.size() == 4) {
    if (h.size() == 4 && one(3) < 255) return std::nullopt;
    return Rgb{one(0), one(1), one(2)};
  }
  if (h.size() == 6 || h.size() == 8) {
    if (h.size() == 8 && two(6) < 255) return std::nullopt;
    return Rgb{two(0), two(2), two(4)};
  }
  return std::nullopt;
}

/// The numbers inside "name(...)", separated by commas, spaces or '/'; a '%' is kept per number.
std::optional<std::vector<std::pair<double, bool>>> arguments(const std::string& v) {
  std::size_t open = v.find('('), close = v.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) return std::nullopt;
  std::vector<std::pair<double, bool>> out;
  std::string inner = v.substr(open + 1, close - open - 1);
  std::size_t i = 0;
  while (i < inner.size()) {
    char c = inner[i];
    if (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == '/') {
      ++i;
      continue;
    }
    const char* start = inner.c_str() + i;
    char* end = nullptr;
    double d = std::strtod(start, &end);
    if (end == start) return std::nullopt;
    i += std::size_t(end - start);
    std::string unit;
    while (i < inner.size() &&
           (std::isalpha(static_cast<unsigned char>(inner[i])) || inner[i] == '%'))
      unit += inner[i++];
    if (!unit.empty() && unit != "%" && unit != "deg") return std::nullopt;
    out.push_back({d, unit == "%"});
  }
  return out;
}

double alpha_of(const std::vector<std::pair<double, bool>>& a) {
  if (a.size() < 4) return 1;
  return a[3].second ? a[3].first / 100 : a[3].first;
}

std::optional<Rgb> parse_rgb(const std::string& v) {
  auto a = arguments(v);
  if (!a || (a->size() != 3 && a->size() != 4) || alpha_of(*a) < 1) return std::nullopt;
  auto channel = [](std::pair<double, bool> p) {
    return std::clamp(p.second ? p.first * 2.55 : p.first, 0.0, 255.0);
  };
  return Rgb{channel((*a)[0]), channel((*a)[1]), channel((*a)[2])};
}

std::optional<Rgb> parse_hsl(const std::string& v) {
  auto a = arguments(v);
  if (!a || (a->size() != 3 && a->size() != 4) || alpha_of(*a) < 1) return std::nullopt;
  double h = std::fmod(std::fmod((*a)[0].first, 360) + 360, 360);
  double s = std::clamp((*a)[1].first / 100, 0.0, 1.0),
         l = std::clamp((*a)[2].first / 100, 0.0, 1.0);
  auto f = [&](double n) {
    double k = std::fmod(n + h / 30, 12);
    double x = s * std::min(l, 1 - l);
    return 255 * (l - x * std::max(-1.0, std::min({k - 3, 9 - k, 1.0})));
  };
  return Rgb{f(0), f(8), f(4)};
}

double linear(double c) {
  c /= 255;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const Rgb& c) {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

}  // namespace

std::optional<Rgb> parse_css_colour(const std::string& value) {
  std::string v;
  for (char c : value) v += char(std::tolower(static_cast<unsigned char>(c)));
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.pop_back();
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.erase(v.begin());
  if (v.empty()) return std::nullopt;
  if (v[0] == '#') return parse_hex(v);
  if (v.starts_with("rgb")) return parse_rgb(v);
  if (v.starts_with("hsl")) return parse_hsl(v);
  static const std::array<std::pair<const char*, const char*>, 19> named = {{
      {"white", "#ffffff"},   {"black", "#000000"},  {"red", "#ff0000"},    {"green", "#008000"},
      {"blue", "#0000ff"},    {"yellow", "#ffff00"}, {"orange", "#ffa500"}, {"purple", "#800080"},
      {"gray", "#808080"},    {"grey", "#808080"},   {"navy", "#000080"},   {"teal", "#008080"},
      {"maroon", "#800000"},  {"silver", "#c0c0c0"}, {"lime", "#00ff00"},   {"aqua", "#00ffff"},
      {"fuchsia", "#ff00ff"}, {"olive", "#808000"},  {"gold", "#ffd700"},
  }};
  for (const auto& [name, hex] : named)
    if (v == name) return parse_hex(hex);
  return std::nullopt;
}

double contrast_ratio(const Rgb& a, const Rgb& b) {
  double la = luminance(a), lb = luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

std::string colour_hex(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", int(std::lround(c.r)), int(std::lround(c.g)),
                int(std::lround(c.b)));
  return buf;
}

}  // namespace ww
