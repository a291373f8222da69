#pragma once
/// Page parts: the pieces of a page that passes give as data and the theme renders with a
/// partial ("Bronnen en voetnoten" is `partials/noten.mustache`; docs/templates.md, "Page parts").
#include <map>
#include <string>

#include "markdown/parsed_site.h"
#include "templates/theme.h"

namespace ww {

/// The standard theme's part partials, embedded at build time (name -> template text): used when
/// the theme and the site have no `partials/<name>.mustache` of their own.
const std::map<std::string, std::string>& builtin_part_partials();

/// A PartRenderer for render_site(): renders `partials/<name>.mustache` of the theme (the site's
/// own templates/ first, then the built-in one) with the part's data, escaping with
/// core's html_escape, as the page templates do. It may be called from any thread; a template error
/// is reported in `diags` and gives an empty string. `diags` must outlive the renderer.
/// With `keep_text` false (`check`, whose pages are thrown away) only what can report a template
/// error is done: a partial is compiled on its first use as always, but rendered only when it
/// may fail while rendering (may_fail_when_rendered; build_site then keeps the text anyway);
/// otherwise the call gives an empty string without converting the data or rendering, which
/// gives no finding whatever the data.
PartRenderer part_renderer(const Theme& theme, Diagnostics& diags, bool keep_text = true);

}  // namespace ww
