#pragma once
/// Checks templates before rendering: syntax (via kainjow) and variable names against the
/// documented template data (docs/templates.md), so a typo like {{page.titel}} is an error
/// with file:line:col instead of an empty spot on every page.
#include <string_view>

#include "templates/compiled_templates.h"
#include "templates/theme.h"

namespace ww {

/// The identifiers templates may use (each segment of a dotted name). Stages that add
/// template data add their names here.
const std::vector<std::string>& known_template_names();

/// The only values a template may print unescaped ({{{name}}} or {{&name}}): HTML the generator
/// made itself. Everything else is HTML-escaped. A stage that hands rendered HTML to templates
/// adds its full dotted name here.
const std::vector<std::string>& generator_html_names();

/// Reports kainjow's syntax error message `msg` for the template file `file` with text `text` in
/// Dutch, at the line and column of the byte offset kainjow names ("Unclosed section ... at 24").
void report_template_syntax_error(const std::string& file, const std::string& text,
                                  const std::string& msg, Diagnostics& diags);

/// Whether rendering the compiled `text` (partials expanded, see load_theme) can fail although it
/// compiled: only when it holds a tag kainjow resolves from the data while rendering, a partial
/// tag (`{{> name}}` that load_theme did not expand, e.g. `{{ > name}}`) or a delimiter change
/// (`{{=<% %>=}}`, after which `<%> name%>` is one). The template data holds no lambdas, kainjow's
/// other way to fail while rendering. Conservative: any "{{" followed by '>' or '=' (after
/// spaces, '{' or '&') counts.
bool may_fail_when_rendered(std::string_view text);

/// Reports syntax errors of the compiled templates at their file:line:col (the template or the
/// partial that is wrong) and unknown variable names in every template and partial file.
void check_templates(const Theme& theme, const CompiledTemplates& compiled, Diagnostics& diags);

/// The same, compiling `theme`'s templates first.
void check_templates(const Theme& theme, Diagnostics& diags);

}  // namespace ww
