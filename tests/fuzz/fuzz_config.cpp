// Fuzz target: site-config.toml through the config parser (src/config/site_config.h) and the
// project check (src/config/project.h) on an in-memory site.
// Invariants: every config diagnostic has file:line:col; a config without errors has a
// short_name and versie that make a safe zip folder name, and web addresses that are http(s);
// when the project check passes, every path setting lies inside the site folder or a
// toegestane map.
#include <cstdint>
#include <string>

#include "config/project.h"
#include "config/site_config.h"
#include "core/file_system.h"
#include "fuzz/fuzz_checks.h"
#include "publish/download.h"
#include "publish/zip_writer.h"

namespace {
bool http(const std::string& url) {
  std::string lower;
  for (unsigned char ch : url) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  return url.empty() || lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  ww::Diagnostics diags;
  ww::SiteConfig c = ww::parse_site_config(text, "site/site-config.toml", diags);
  ww::fuzz::check_positions(diags);
  if (diags.has_errors()) return 0;
  if (!ww::zip_entry_name_problem(ww::zip_folder_name(c) + "/index.html").empty() &&
      !c.short_name.empty())
    ww::fuzz::fail("unsafe zip folder name accepted: " + ww::zip_folder_name(c));
  for (const auto* url : {&c.base_url, &c.gemeente.url, &c.gemeente.website})
    if (!http(*url)) ww::fuzz::fail("non-http address accepted: " + *url);

  ww::MemoryFileSystem fs;
  fs.add("site/content/_index.md", "+++\ntitle = \"x\"\n+++\n");
  fs.add("site/lokaal/a.md", "x");
  fs.add("buiten/geheim.txt", "x");
  const auto roots = ww::project_roots(c, {});
  ww::Diagnostics project;
  if (!ww::check_project_paths(fs, c, roots, project)) return 0;
  const ww::ConfinedFileSystem confined(fs, roots);
  for (const auto* path : {&c.content_dir, &c.thema.tokens, &c.gemeente.logo})
    if (!path->empty() && !confined.allows(c.resolve(*path)))
      ww::fuzz::fail("path outside the project accepted: " + *path);
  return 0;
}
