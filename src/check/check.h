#pragma once
/// `wegwijzer check`: every validation of a build (the real pipeline, writing nowhere), plus
/// the lint rules and the B1 language check. Reports everything; writes nothing.
#include <string>
#include <vector>

#include "check/b1.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "pipeline/build.h"

namespace ww {

struct CheckOptions {
  BuildOptions build;          ///< config_path, drafts, theme_dirs, threads
  std::string hyphen_dic;      ///< the Dutch libhyphen patterns; empty: default_hyphen_dic_paths()
  bool language = true;        ///< run the B1 language check
  bool alleen_lokaal = false;  ///< keep only findings and texts in the gemeente's own files
  /// Also make the search index and snippet files, as `build` does. The check leaves them out
  /// (they give no findings, and it publishes nothing); only tests that compare set this.
  bool search_index = false;
  /// When the pages' B1 texts are measured: by default in the stream (while their trees are
  /// there) once the patterns and word list are loaded, and after the stream for the pages it
  /// reached before (a small site). `in_stream` waits for them first; `after_stream` measures
  /// every page after. The result is the same; tests set these to show it.
  enum class Measure { when_ready, in_stream, after_stream };
  Measure measure = Measure::when_ready;
};

struct CheckResult {
  Diagnostics diags;                ///< sorted by file, line, column
  std::vector<MeasuredText> texts;  ///< every measured text, in page order, then templates
  std::vector<TextPool> pools;      ///< the B1 texts per group, measured together
  TaalConfig taal;                  ///< the thresholds used
  bool language_ran = false;
  std::size_t pages = 0;  ///< pages checked (content pages and overlay pages)
};

/// Runs the check on the site at `options.build.config_path`.
CheckResult run_check(const FileSystem& fs, const CheckOptions& options);
/// The same with the config already read (read once per command).
CheckResult run_check(const FileSystem& fs, const CheckOptions& options,
                      const LoadedConfig& config);

/// Exit code: 1 with errors (or, when `strict`, with warnings), else 0. Notes never fail.
int check_exit_code(const Diagnostics& diags, bool strict);

}  // namespace ww
