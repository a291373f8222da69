// Fuzz target: the VIT loader. A `vit/` page through load_page (kenmerk and the [[vraag]]
// tables), the same text as a gemeente's aanvulling with local questions, and as
// vit/vervallen.toml.
#include <cstdint>
#include <string>

#include "content/data_files.h"
#include "content/loader.h"
#include "content/overlays.h"
#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  ww::Diagnostics diags;
  auto page = ww::load_page(text, "vit/05-brede-blik.md", "content/vit/05-brede-blik.md", diags);
  if (!page && !diags.has_errors()) ww::fuzz::fail("page rejected without an error");
  if (page) {
    if (!page->vit) ww::fuzz::fail("a vit/ page without VIT fields");
    for (const auto& v : page->vit->vragen)
      if (v.pos.line < 1) ww::fuzz::fail("question without a position");
    ww::SiteConfig config;
    config.gemeente.naam = "Gemeente Test";
    ww::Page base = *page;
    ww::attach_aanvulling(base, text, "lokaal/vit/05-brede-blik.aanvulling.md", config, diags);
  }
  ww::fuzz::check_positions(diags);
  ww::Diagnostics data_diags;
  auto retired = ww::parse_vervallen_vragen(text, "content/vit/vervallen.toml", data_diags);
  (void)retired;
  return 0;
}
