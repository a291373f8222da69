// Fuzz target: the overlay loader (src/content/overlays.h, load_content) on an in-memory site.
// The input is a config followed by files, separated by lines "@@ <path>": each file lands at
// that path under the site folder (overlays, aanvullingen, verberg, data files, pages).
// Invariants: no crash; every page that comes out has a relative source path without "." or
// ".." segments and an output path ending in ".html" that is a safe zip entry name; every
// asset is a safe name too.
#include <cstdint>
#include <string>

#include "config/site_config.h"
#include "content/loader.h"
#include "core/file_system.h"
#include "fuzz/fuzz_checks.h"
#include "publish/zip_writer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  ww::MemoryFileSystem fs;
  fs.add("site/content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelkom.\n");
  fs.add("site/content/kader/_index.md", "+++\ntitle = \"Kader\"\n+++\n");
  fs.add("site/content/kader/a.md", "+++\ntitle = \"A\"\nweight = 1\nkort = \"x\"\n+++\nTekst.\n");
  fs.add("site/content/basiskenmerken/05-brede-blik.md",
         "+++\ntitle = \"Brede blik\"\nnummer = 5\nwaarde = \"integraal\"\nkort = "
         "\"x\"\n+++\nTekst.\n");
  std::string config = "title = \"Fuzz\"\noverlays = [\"lokaal\"]\n";
  std::size_t at = text.find("@@ ");
  config += text.substr(0, at);
  while (at != std::string::npos) {
    const std::size_t eol = text.find('\n', at);
    const std::string path =
        text.substr(at + 3, eol == std::string::npos ? std::string::npos : eol - at - 3);
    const std::size_t next = eol == std::string::npos ? std::string::npos : text.find("@@ ", eol);
    const std::string body =
        eol == std::string::npos
            ? std::string()
            : text.substr(eol + 1, next == std::string::npos ? next : next - eol - 1);
    // Only plain relative names, as a walk of a real folder gives them: the in-memory fake would
    // keep "a//b", "/a" and "../x" as given and list them under the overlay.
    if (ww::zip_entry_name_problem(path).empty()) fs.add("site/" + path, body);
    at = next;
  }
  fs.add("site/site-config.toml", config);
  ww::Diagnostics diags;
  ww::SiteConfig c = ww::parse_site_config(config, "site/site-config.toml", diags);
  if (diags.has_errors()) return 0;
  ww::SiteContent site = ww::load_content(fs, c, ww::LoadOptions{false, nullptr}, diags);
  for (const auto& d : diags.items)
    if (d.pos.file.empty())
      ww::fuzz::fail("diagnostic without a file: " + ww::format_diagnostic(d));
  for (const auto& p : site.pages) {
    if (!ww::zip_entry_name_problem(p.source).empty())
      ww::fuzz::fail("unsafe page source: " + p.source);
    if (!ww::zip_entry_name_problem(p.output).empty() || p.output.size() < 5 ||
        p.output.compare(p.output.size() - 5, 5, ".html") != 0)
      ww::fuzz::fail("unsafe page output: " + p.output);
  }
  for (const auto& a : site.assets)
    if (!ww::zip_entry_name_problem(a).empty()) ww::fuzz::fail("unsafe asset name: " + a);
  return 0;
}
