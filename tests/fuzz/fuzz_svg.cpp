// Fuzz target: the SVG check (src/publish/svg_check.h, expat).
// Invariants: no crash, no hang; a refused SVG has a 1-based line and column and a message;
// an accepted SVG without comments or CDATA sections (where '<' is text) has no tag named
// script or foreignObject, with or without a prefix, in any case.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_checks.h"
#include "publish/svg_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto p = ww::svg_problem(text);
  if (p) {
    if (p->line < 1 || p->column < 1 || p->message.empty())
      ww::fuzz::fail("problem without a position or message");
    return 0;
  }
  std::string lower;
  for (unsigned char ch : text) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  if (lower.find("<!--") != std::string::npos || lower.find("<![cdata[") != std::string::npos)
    return 0;
  // Every tag name, read without expat: its part after a prefix may not be script or foreignobject.
  // A byte of a multibyte UTF-8 letter belongs to the name ("<scriptƥ" is not a script tag), so
  // bytes are compared unsigned.
  for (std::size_t at = lower.find('<'); at != std::string::npos; at = lower.find('<', at + 1)) {
    std::size_t end = at + 1;
    while (end < lower.size() && static_cast<unsigned char>(lower[end]) > ' ' &&
           lower[end] != '>' && lower[end] != '/')
      ++end;
    std::string name = lower.substr(at + 1, end - at - 1);
    if (auto colon = name.rfind(':'); colon != std::string::npos) name = name.substr(colon + 1);
    if (name == "script" || name == "foreignobject")
      ww::fuzz::fail("accepted an SVG with <" + name + ">");
  }
  return 0;
}
