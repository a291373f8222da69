// Fuzz target: a page file through the UTF-8 check, the front-matter splitter, the TOML
// parser and the per-section schema (load_page). The first byte picks the section.
#include <cstdint>
#include <string>

#include "content/front_matter.h"
#include "content/loader.h"
#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* const kSources[] = {"kader/x.md", "basiskenmerken/05-x.md",
                                         "woordenlijst/x.md", "x.md", "kader/_index.md"};
  if (size == 0) return 0;
  const std::string source = kSources[data[0] % 5];
  const std::string file = "content/" + source;
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);

  ww::Diagnostics split_diags;
  auto split = ww::split_front_matter(text, file, split_diags);
  if (!split && !split_diags.has_errors()) ww::fuzz::fail("split failed without an error");
  if (split && text.find(split->body) == std::string::npos)
    ww::fuzz::fail("body is not part of the text");

  ww::Diagnostics diags;
  auto page = ww::load_page(text, source, file, diags);
  if (!page && !diags.has_errors()) ww::fuzz::fail("page rejected without an error");
  ww::fuzz::check_positions(diags);
  if (page && page->source != source) ww::fuzz::fail("source changed");
  return 0;
}
