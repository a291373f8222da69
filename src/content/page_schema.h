#pragma once
/// The front-matter schema per section: which keys a page may and must have, and their types.
#include <toml++/toml.h>

#include "content/page.h"

namespace ww {

/// Checks `front` against the schema for `page.section` and fills the page's typed fields.
/// Every problem is reported with the key's file:line:col.
void apply_front_matter(Page& page, const toml::table& front, Diagnostics& diags);

}  // namespace ww
