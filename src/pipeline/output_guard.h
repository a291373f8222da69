#pragma once
/// Guards what a build replaces: the output folder and the --zip file. A build only replaces
/// what it made itself (or an empty folder), never the site's own sources.
#include <string>

#include "config/site_config.h"
#include "core/diagnostics.h"

namespace ww {

/// Reports an error when `out_dir` is the site folder, one of its ancestors, or a source folder
/// (content, overlays, themes, templates, static, assets, toegestane_mappen), or lies inside
/// content or an overlay; or when `out_dir`, "<out_dir>.nieuw" or "<out_dir>.oud" exists and is
/// not an empty folder or an earlier output (output/staging.h: replace_refusal). `from_option`
/// says the folder came from --out rather than `output_dir`.
bool check_output_dir(const SiteConfig& config, const std::string& out_dir, bool from_option,
                      Diagnostics& diags);

/// The same rules for a folder named by a command-line option `option` ("--rapport"): errors are
/// reported at that option and name it.
bool check_option_dir(const SiteConfig& config, const std::string& dir, const std::string& option,
                      Diagnostics& diags);

/// Reports an error when the zip file `zip_path` would land in a source folder, in the config
/// file, or in the output folder (which gets its own copy), or would replace anything but an
/// earlier zip of this site (recognised by its archive comment, publish/download.h).
bool check_zip_target(const SiteConfig& config, const std::string& zip_path,
                      const std::string& out_dir, Diagnostics& diags);

/// Writes `bytes` to a temporary file next to `path` and renames it into place, so a failed
/// write (a full disk) leaves no truncated file behind. Creates missing folders.
bool write_file_atomically(const std::string& path, const std::string& bytes);

}  // namespace ww
