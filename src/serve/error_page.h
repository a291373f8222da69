#pragma once
/// The pages `wegwijzer serve` writes itself: the error page after a failed build, the
/// diagnostics as JSON for the overlay in open pages, and a plain 404 page.
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace ww {

/// Where the server's own files live; no site output path starts with this folder.
inline constexpr std::string_view kServePrefix = "/__wegwijzer/";

/// "file:line:col" (as far as known), or "" when the diagnostic names no file.
std::string diagnostic_place(const Diagnostic& d);

/// {"versie": token, "fouten": [{"plek", "soort", "melding", "hint", "regel"}, ...]} on one line.
std::string diagnostics_json(const std::vector<Diagnostic>& diags, const std::string& token);

/// The error page listing every diagnostic. `errors` empty means the last build was good; its
/// `notices` (warnings, e.g. the check's lint findings) are then listed as points to improve.
/// `has_site`: an older good site is still being served. The page loads the live-reload
/// script, so it reloads by itself once the site builds again.
std::string error_page_html(const std::vector<Diagnostic>& errors, bool has_site,
                            const std::string& token, const std::vector<Diagnostic>& notices = {});

/// A plain "page not found" page, for sites without their own 404.html.
std::string not_found_html(const std::string& path);

/// Puts <base href="/"> at the start of <head>, so a site's 404.html (written for the root,
/// with relative links) finds its stylesheets when served at a deeper URL.
std::string with_root_base(std::string html);

}  // namespace ww
