#pragma once
/// The streaming build (docs/architecture.md, "The page stream"): every page is parsed,
/// cross-linked, indexed for search and rendered to html on a worker thread while its syntax
/// tree is in cache, and the tree is freed at once; the site-wide results (bronnen.html,
/// "Komt voor op", afkortingen.html, anchor checks, the search index) are then merged from
/// small per-page results in page order. Output does not depend on the number of threads.
#include <functional>
#include <optional>
#include <string>

#include "config/site_config.h"
#include "markdown/parsed_site.h"
#include "pipeline/build.h"
#include "publish/download.h"
#include "search/snippet_files.h"

namespace ww {

struct PageStreamInput {
  const SiteConfig& config;
  MarkdownOptions markdown;
  const Theme& theme;
  const ParsedInspector& inspect;  ///< check/serve: looks at each page as written
  const Download* download;        ///< what over.html's "Downloaden" section says, or null
  const PartRenderer& parts;       ///< renders the theme's partials
  WorkerPool* workers = nullptr;   ///< the build's worker threads (null: the calling thread)
  /// False: no search index and snippet files, only zoeken.html (BuildOptions::search_index).
  bool search_index = true;
  /// Writes a search snippet file as soon as it is complete (false: it goes to site.files and is
  /// written with the other files); empty: every file goes to site.files.
  SnippetFileWriter write_early = {};
  /// False: the pages' html is not made, only what can report a finding (`check`, when no
  /// template or partial can fail while rendering: see hand_over_page_parts); page.html stays
  /// empty, and the abbreviations pass, which only marks up the html, does not run per page.
  bool html = true;
  /// Runs beside the merges, on another thread when one is free (the merges run on one thread):
  /// work that needs none of the stream's results (build_site: writing the theme's files).
  std::function<void()> beside_merges = {};
};

/// Runs the passes over a site made by prepare_site(): the site-wide passes that need no tree
/// (the VIT pages), the page stream, and the merges; afterwards every page has its body and
/// notes html (finish_page() adds the parts a merge made between them) and no tree, and the
/// pages' Markdown, heading ids and anchors are freed.
/// `mark(stage)` is called after each stage (for --timings). Returns where the download block
/// went, if anywhere.
std::optional<DownloadSection> run_page_stream(ParsedSite& site, const PageStreamInput& in,
                                               Diagnostics& diags,
                                               const std::function<void(std::string)>& mark);

}  // namespace ww
