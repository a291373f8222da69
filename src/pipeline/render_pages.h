#pragma once
/// Turns rendered page bodies into whole HTML files with the theme's templates.
#include "markdown/parsed_site.h"
#include "output/output_sink.h"
#include "templates/compiled_templates.h"
#include "templates/page_data.h"
#include "templates/theme.h"

namespace ww {

/// Renders every page with its template inside `base` and writes it to `sink`, in parallel on
/// `workers` (null: the calling thread).
/// `templates` are `theme`'s templates compiled once (compile_templates); each worker copies the
/// ones it uses. With `only`, renders just the pages i with (*only)[i] set.
void render_pages(const ParsedSite& site, const SiteView& view, const Theme& theme,
                  const CompiledTemplates& templates, OutputSink& sink, WorkerPool* workers,
                  Diagnostics& diags, const std::vector<char>* only = nullptr);

}  // namespace ww
