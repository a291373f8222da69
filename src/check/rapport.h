#pragma once
/// `wegwijzer check --rapport DIR`: an HTML report for editors, not part of the published site.
/// index.html holds a sortable table with the measures of every text, then per text the long
/// sentences and difficult words in context, then the other findings. The table sorts with
/// rapport.js (no inline script, so the report has the same Content-Security-Policy as the site).
#include <map>
#include <string>

#include "check/check.h"

namespace ww {

/// The report's files by name: "index.html", "rapport.css", "rapport.js".
std::map<std::string, std::string> render_rapport(const CheckResult& result);

}  // namespace ww
