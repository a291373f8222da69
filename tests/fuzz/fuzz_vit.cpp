// Fuzz target: the VIT loader. A `vit/` page through load_page (kenmerk and the [[vraag]]
// tables), the same text as a gemeente's aanvulling with local questions, and as
// vit/vervallen.toml; then the VIT checks (src/vit/vit_validate.h) and the browser data file
// (vit-data.js, src/vit/vit_data.h) over the result.
// Invariants: a rejected page has an error; every diagnostic has file:line:col; the data file is
// one script with no raw '<', U+2028 or U+2029 (json_string escapes them) and every question
// id of the VIT pages it holds in it.
#include <cstdint>
#include <set>
#include <string>

#include "content/data_files.h"
#include "content/loader.h"
#include "content/overlays.h"
#include "fuzz/fuzz_checks.h"
#include "vit/vit_data.h"
#include "vit/vit_validate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  ww::Diagnostics diags;
  ww::SiteConfig config;
  config.title = "Fuzz";
  config.gemeente.naam = "Gemeente Test";
  ww::SiteContent content;
  auto page = ww::load_page(text, "vit/05-brede-blik.md", "content/vit/05-brede-blik.md", diags);
  if (!page && !diags.has_errors()) ww::fuzz::fail("page rejected without an error");
  if (page) {
    if (!page->vit) ww::fuzz::fail("a vit/ page without VIT fields");
    for (const auto& v : page->vit->vragen)
      if (v.pos.line < 1) ww::fuzz::fail("question without a position");
    ww::Page base = *page;
    ww::attach_aanvulling(base, text, "lokaal/vit/05-brede-blik.aanvulling.md", config, diags);
    content.pages.push_back(std::move(*page));
    content.pages.push_back(std::move(base));
    content.pages.back().source = "vit/06-tweede.md";
    content.pages.back().file = "lokaal/vit/06-tweede.md";
  }
  ww::fuzz::check_positions(diags);
  ww::Diagnostics data_diags;
  content.vervallen_vragen =
      ww::parse_vervallen_vragen(text, "content/vit/vervallen.toml", data_diags);
  ww::fuzz::check_positions(data_diags);

  const bool no_pages = content.pages.empty();
  const ww::ParsedSite site = ww::parse_site(std::move(content), {}, nullptr);
  ww::Diagnostics check_diags;
  ww::validate_vit(site, check_diags);
  ww::fuzz::check_positions(check_diags);

  const std::string js = ww::vit_data_js(site, config);
  if (js.find('<') != std::string::npos) ww::fuzz::fail("raw '<' in vit-data.js");
  if (js.find("\xE2\x80\xA8") != std::string::npos || js.find("\xE2\x80\xA9") != std::string::npos)
    ww::fuzz::fail("raw U+2028/U+2029 in vit-data.js");
  // vit-data.js holds the first VIT page of each kenmerk; a page without a valid kenmerk has a
  // loader error (the build stops) and a second page for a kenmerk a vit_validate error.
  std::set<int> kenmerken;
  for (const auto& p : ww::pages_of(site)) {
    if (!p.vit || p.is_index || p.vit->kenmerk <= 0 || !kenmerken.insert(p.vit->kenmerk).second)
      continue;
    for (const auto& v : p.vit->vragen)
      if (!v.id.empty() && js.find(ww::json_string(v.id)) == std::string::npos)
        ww::fuzz::fail("question " + v.id + " missing from vit-data.js");
  }
  if (!diags.has_errors() && !check_diags.has_errors() && !no_pages && kenmerken.empty())
    ww::fuzz::fail("an error-free VIT page is missing from vit-data.js");
  return 0;
}
