#pragma once
/// Loads `content/` (and later overlays) into the content model.
#include "config/site_config.h"
#include "content/page.h"
#include "core/file_system.h"
#include "core/parallel.h"

namespace ww {

struct LoadOptions {
  bool drafts = false;
  /// Pages are read and their front matter parsed on these threads (null: the calling thread).
  WorkerPool* workers = nullptr;
};

/// Builds one page from its text. `source` is relative to the content root, `file` is the
/// path shown in diagnostics. Returns nullopt when the page cannot be used at all.
std::optional<Page> load_page(std::string text, const std::string& source, const std::string& file,
                              Diagnostics& diags);

/// "basiskenmerken/05-brede-blik.md" -> "basiskenmerken/05-brede-blik.html";
/// "kader/_index.md" -> "kader.html"; "_index.md" -> "index.html".
std::string output_path_for(const std::string& source);

/// Loads every page, data file and asset under the configured content folder.
SiteContent load_content(const FileSystem& fs, const SiteConfig& config, const LoadOptions& options,
                         Diagnostics& diags);

/// Sorts pages: top-level pages first, then sections by their index page's weight and name;
/// within a section the index page first, then by weight, then by file name.
void sort_pages(std::vector<Page>& pages);

}  // namespace ww
