#pragma once
/// Gemeente overlays: folders laid over `content/` (first wins). A page at the same path
/// replaces the base page; `<page>.aanvulling.md` adds a marked local section to a base page;
/// new pages, terms, sources and abbreviations are added; `verberg` hides base pages.
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/page.h"
#include "core/file_system.h"

namespace ww {

/// One content root: a folder and its priority (0 wins).
struct ContentRoot {
  std::string dir;  ///< as a path from the working folder
  bool is_overlay = false;
};

/// The roots in priority order: the overlays as configured, then `content_dir`.
/// Reports an overlay that leaves the site folder or does not exist.
std::vector<ContentRoot> content_roots(const FileSystem& fs, const SiteConfig& config,
                                       Diagnostics& diags);

/// "basiskenmerken/05-brede-blik.aanvulling.md" -> "basiskenmerken/05-brede-blik.md", else "".
std::string aanvulling_target(const std::string& rel);

/// For a page name that looks like a misspelt aanvulling ("hoofdstuk-1.aanvuling.md",
/// "hoofdstuk-1-aanvulling.md"), the name it probably should have; "" otherwise.
std::string aanvulling_near_miss(const std::string& rel);

/// Reads an aanvulling file (front matter optional: `title`, and `[[vraag]]` for VIT pages).
/// Local questions are appended to `page.vit` marked lokaal.
void attach_aanvulling(Page& page, std::string text, const std::string& file,
                       const SiteConfig& config, Diagnostics& diags);

/// Removes pages listed in `verberg` (and their VIT questions in `verberg_vragen`); reports
/// entries that match nothing.
void apply_verberg(SiteContent& site, const SiteConfig& config, Diagnostics& diags);

}  // namespace ww
