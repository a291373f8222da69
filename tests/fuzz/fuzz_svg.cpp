// Fuzz target: the SVG check (src/publish/svg_check.h, expat).
// Invariants: no crash, no hang; a refused SVG has a 1-based line and column and a message;
// an accepted SVG contains no "<script" and no "foreignobject" (case-insensitive) outside a
// comment or CDATA... checked loosely: an accepted SVG without comments or CDATA has neither.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_checks.h"
#include "publish/svg_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto p = ww::svg_problem(text);
  if (p) {
    if (p->line < 1 || p->column < 1 || p->message.empty()) ww::fuzz::fail("problem without a position or message");
    return 0;
  }
  std::string lower;
  for (unsigned char ch : text) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  if (lower.find("<!--") != std::string::npos || lower.find("<![cdata[") != std::string::npos) return 0;
  for (const char* bad : {"<script", "<foreignobject", ":script", ":foreignobject"})
    if (lower.find(bad) != std::string::npos) ww::fuzz::fail(std::string("accepted an SVG with ") + bad);
  return 0;
}
