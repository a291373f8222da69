#pragma once
/// Heading ids (Dutch-aware slugs, unique per page), the table of contents, and the
/// heading markup with a permalink that shows on focus.
#include "content/page.h"
#include "markdown/document.h"

namespace ww {

/// Computes an id for every heading in document order; fills page.heading_ids, page.toc
/// (levels 2 and 3) and page.anchors. `reserved` ids (e.g. from the template) are avoided.
void collect_headings(cmark_node* doc, Page& page);

/// Replaces every heading by `<hN id="…">text <a class="kop-link" …>#</a></hN>`, using
/// page.heading_ids in order. Call once, just before rendering.
void render_headings(cmark_node* doc, const Page& page);

}  // namespace ww
