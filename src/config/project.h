#pragma once
/// "The project": the folders a build may read. That is the folder of the config file, the
/// folders named in `toegestane_mappen`, and the built-in theme folders of the installation.
/// Nothing outside is read or published, also not through a symbolic link.
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace ww {

/// The project's folders, as paths from the working folder.
std::vector<std::string> project_roots(const SiteConfig& config,
                                       const std::vector<std::string>& builtin_dirs);

/// Reports, with the config's file:line:col, every path setting (content_dir, overlays,
/// toegestane_mappen, theme, [thema] tokens, [gemeente] logo) and every site folder (themes,
/// templates, static, assets) that resolves outside the project (symbolic links followed).
/// Returns false when one was found.
bool check_project_paths(const FileSystem& fs, const SiteConfig& config,
                         const std::vector<std::string>& roots, Diagnostics& diags);

}  // namespace ww
