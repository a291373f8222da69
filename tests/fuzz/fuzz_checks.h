#pragma once
// Invariants the fuzz targets check on every input. A violation aborts, so libFuzzer
// reports it like a crash and keeps the input.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace ww::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::abort();
}

/// Every diagnostic names a file and a 1-based line and column.
inline void check_positions(const Diagnostics& diags) {
  for (const auto& d : diags.items)
    if (d.pos.file.empty() || d.pos.line < 1 || d.pos.col < 1)
      fail("diagnostic without file:line:col: " + format_diagnostic(d));
}

/// Decodes the character references a browser decodes in an attribute value.
inline std::string decode_attribute(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '&') {
      out += v[i];
      continue;
    }
    std::size_t semi = v.find(';', i);
    if (semi == std::string_view::npos || semi - i > 12) {
      out += v[i];
      continue;
    }
    std::string_view ref = v.substr(i + 1, semi - i - 1);
    long cp = -1;
    if (ref.size() > 1 && ref[0] == '#') {
      bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::string digits(ref.substr(hex ? 2 : 1));
      char* end = nullptr;
      cp = std::strtol(digits.c_str(), &end, hex ? 16 : 10);
      if (digits.empty() || *end) cp = -1;
    } else if (ref == "amp") {
      cp = '&';
    } else if (ref == "colon") {
      cp = ':';
    } else if (ref == "Tab") {
      cp = '\t';
    } else if (ref == "NewLine") {
      cp = '\n';
    }
    if (cp < 0 || cp > 0x7f) {
      out += v[i];
      continue;
    }
    out += static_cast<char>(cp);
    i = semi;
  }
  return out;
}

/// The start of a URL as a browser reads its scheme: ASCII whitespace and control characters
/// removed (browsers strip or ignore them), lowercased; at most 32 characters.
inline std::string browser_scheme_view(std::string_view url) {
  std::string out;
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f) continue;
    out += static_cast<char>(u >= 'A' && u <= 'Z' ? u + 32 : u);
    if (out.size() >= 32) break;
  }
  return out;
}

/// Returns a description of the first script hazard in generated HTML, or "".
/// Used only where raw HTML from content is not allowed (unsafe_html = false).
inline std::string script_hazard(std::string_view html) {
  std::string lower;
  lower.reserve(html.size());
  for (char c : html) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (const char* tag : {"<script", "<iframe", "<object", "<embed", "<base", "<meta", "<link"})
    if (lower.find(tag) != std::string::npos) return std::string("element ") + tag;
  // Event handler attributes: " on...=" inside a tag.
  for (std::size_t lt = lower.find('<'); lt != std::string::npos; lt = lower.find('<', lt + 1)) {
    std::size_t gt = lower.find('>', lt);
    std::string_view tag =
        std::string_view(lower).substr(lt, gt == std::string::npos ? std::string::npos : gt - lt);
    for (std::size_t on = tag.find(" on"); on != std::string::npos; on = tag.find(" on", on + 1)) {
      std::size_t k = on + 3;
      while (k < tag.size() && tag[k] >= 'a' && tag[k] <= 'z') ++k;
      if (k < tag.size() && tag[k] == '=' && k > on + 3) {
        // Inside a quoted attribute value this is text, not an attribute: count quotes before it.
        std::size_t quotes = 0;
        for (std::size_t q = 0; q < on; ++q) quotes += tag[q] == '"';
        if (quotes % 2 == 0) return "event handler attribute in " + std::string(tag.substr(0, 60));
      }
    }
  }
  for (const char* attr : {"href=\"", "src=\"", "action=\"", "formaction=\""}) {
    std::size_t alen = std::char_traits<char>::length(attr);
    for (std::size_t p = html.find(attr); p != std::string_view::npos; p = html.find(attr, p + 1)) {
      std::size_t end = html.find('"', p + alen);
      std::string value = decode_attribute(
          html.substr(p + alen, end == std::string_view::npos ? 0 : end - p - alen));
      std::string scheme = browser_scheme_view(value);
      if (scheme.rfind("javascript:", 0) == 0 || scheme.rfind("vbscript:", 0) == 0 ||
          (scheme.rfind("data:", 0) == 0 && scheme.rfind("data:image/", 0) != 0))
        return std::string("dangerous URL in ") + attr + value.substr(0, 60);
    }
  }
  return {};
}

}  // namespace ww::fuzz
