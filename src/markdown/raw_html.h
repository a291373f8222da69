#pragma once
#include "markdown/document.h"

namespace ww {

/// Turns raw HTML written in content into plain text, so it is shown escaped
/// instead of run (the default; `[markdown] unsafe_html = true` skips this pass).
void escape_raw_html(cmark_node* doc);

}  // namespace ww
