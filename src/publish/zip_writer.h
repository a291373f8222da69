#pragma once
/// Reproducible zip archives (libzip, in the zip module lib/wegwijzer/wegwijzer-zip.so that only
/// make_zip loads, so that other commands do not load libzip and libcrypto; core/module.h): entries
/// in the given (sorted) order, one fixed timestamp, fixed Unix permissions, no extra fields, so
/// the same files give the same bytes.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/module.h"

namespace ww {

struct ZipSettings {
  std::string top_folder;  ///< every entry goes under "<top_folder>/"; empty: at the root
  /// Publication date "YYYY-MM-DD": the timestamp of every entry (00:00). Empty or before
  /// 1980 (the zip format's first year): 1980-01-01.
  std::string datum;
  /// The archive comment; a later build recognises its own earlier zip by it.
  std::string comment = {};
};

/// Why `name` may not be a zip entry name, or empty when it may: it must be relative, use '/'
/// only, contain no empty, "." or ".." segment (so no "a//b" and no trailing '/'), no
/// backslash, no control character (NUL included).
std::string zip_entry_name_problem(const std::string& name);

/// The archive comment of zip bytes (from the end-of-central-directory record), or nullopt
/// when `tail` (the last bytes of a file, at most 65,557 are needed) holds no such record.
std::optional<std::string> zip_archive_comment(const std::string& tail);

/// The MS-DOS date and time fields the zip format stores for `datum` ("2024-03-01").
struct DosTimestamp {
  std::uint16_t time = 0;
  std::uint16_t date = 0;
};
DosTimestamp dos_timestamp(const std::string& datum);

/// Zips `files` (path -> bytes, sorted bytewise by the map) into memory. Text is deflated,
/// already compressed formats (images, fonts, zip, pdf) are stored. Every entry gets mode
/// 0644 and the timestamp of `datum`. Every entry name is checked with zip_entry_name_problem.
/// On failure returns nullopt and sets `error`. The work is done by the zip module, loaded from
/// `module_dirs` (core/module.h) for this call; when it cannot be loaded, `error` says so in Dutch.
std::optional<std::string> make_zip(const std::map<std::string, std::string>& files,
                                    const ZipSettings& settings,
                                    const std::vector<std::string>& module_dirs,
                                    std::string& error);

/// Loads the zip module from `module_dirs`, as make_zip does; nullopt with the Dutch `error` when
/// it cannot be loaded. `build --zip` loads it before it builds anything, so a missing module
/// is reported at once, and keeps it loaded until make_zip (which then loads it again for free).
std::optional<Module> load_zip_module(const std::vector<std::string>& module_dirs,
                                      std::string& error);

/// The zip module's file and entry point: `bool wegwijzer_make_zip(files, settings, zip, error)`,
/// make_zip with libzip (publish/zip_libzip.cpp); true with the bytes in `zip`, else false.
inline constexpr const char* kZipModuleFile = "wegwijzer-zip.so";
inline constexpr const char* kZipModuleEntry = "wegwijzer_make_zip";
using ZipWithLibzip = bool (*)(const std::map<std::string, std::string>&, const ZipSettings&,
                               std::string&, std::string&);

}  // namespace ww
