#pragma once
/// `wegwijzer build --zip FILE`: the site plus a reproducible offline zip of it.
#include <string>

#include "pipeline/build.h"

namespace ww {

/// Builds the site twice. First the copy that goes into the zip, in memory: its over.html says
/// it is the offline version (a zip cannot contain itself). That copy is zipped reproducibly
/// under one top folder "<short_name>-<versie>/". Then the site itself goes to `sink`, with
/// the zip at its root and over.html linking to it with its size. On success `zip` holds the
/// zip's bytes and stats.zip_file its name.
bool build_site_with_zip(const FileSystem& fs, OutputSink& sink, const BuildOptions& options,
                         Diagnostics& diags, BuildStats& stats, std::string& zip);

/// Where `--zip FILE` writes: FILE, or FILE/<zip name> when FILE is a folder or ends in '/'.
std::string zip_target_path(const std::string& zip_option, const std::string& zip_file);

}  // namespace ww
