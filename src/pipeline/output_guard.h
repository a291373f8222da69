#pragma once
/// Guards the output folder: a build replaces it wholesale, so it must never be (or contain)
/// the site's own sources.
#include <string>

#include "config/site_config.h"
#include "core/diagnostics.h"

namespace ww {

/// Reports an error when `out_dir` is the site folder, one of its ancestors, or a source folder
/// (content, overlays, themes, templates, static, assets), or lies inside content or an
/// overlay. `from_option` says the folder came from --out rather than `output_dir`.
bool check_output_dir(const SiteConfig& config, const std::string& out_dir, bool from_option, Diagnostics& diags);

}  // namespace ww
