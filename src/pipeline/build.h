#pragma once
/// `wegwijzer build`: the whole pipeline, config -> content -> Markdown -> passes ->
/// templates -> output.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "config/site_config.h"
#include "core/file_system.h"
#include "core/parallel.h"
#include "output/output_sink.h"
#include "publish/download.h"

namespace ww {

class GitReader;
struct ParsedSite;
struct Theme;

/// What `check` and `serve` look at in the content as written, in the build's own run: the
/// Markdown is read and parsed once. The build calls `begin` once after the content is loaded
/// and the generated VIT pages are in place (page indices are final, every record has its
/// `Page`; no tree yet), then `page(site, i)` for every page right after
/// its trees are parsed and before any pass changes them, on the build's worker threads in any
/// order (so it may only write to slot i of its own results, and may read record i's trees and
/// every record's `Page`; other pages' trees may already be freed or not yet parsed), then
/// `end` once on the calling thread, after all pages, to merge the slots in page order.
/// Any of the three may be empty.
struct ParsedInspector {
  std::function<void(const ParsedSite&, const Theme&)> begin;
  std::function<void(const ParsedSite&, std::size_t page)> page;
  std::function<void(const ParsedSite&, const Theme&, Diagnostics&)> end;
  explicit operator bool() const { return begin || page || end; }
};

/// What a finished build still holds: the parsed site with every page's html, the theme, its
/// compiled templates and partials, the navigation. build_site() frees it when it returns, unless
/// the caller asks for it (BuildOptions::leftovers): a command that ends the process right after
/// the build lets the process end free it at once (cli/release_at_exit.h), instead
/// of freeing it object by object (bench/RESULTS.md, "The shape of a small build").
struct BuildLeftovers {
  virtual ~BuildLeftovers() = default;
};

/// BuildLeftovers with the objects in it.
template <typename... T>
struct KeptObjects final : BuildLeftovers {
  explicit KeptObjects(T&&... objects) : held(std::move(objects)...) {}
  std::tuple<T...> held;
};

/// Moves `objects` into `*to` when the caller asked for leftovers (`to` not null), with what
/// `*to` held already among them.
template <typename... T>
void hand_over_leftovers(std::unique_ptr<BuildLeftovers>* to, T&... objects) {
  if (to)
    *to = std::make_unique<KeptObjects<std::unique_ptr<BuildLeftovers>, T...>>(
        std::move(*to), std::move(objects)...);
}

struct BuildOptions {
  std::string config_path = "site-config.toml";
  std::optional<std::string> out_dir;  ///< overrides output_dir from the config
  bool drafts = false;
  bool serve_mode = false;
  unsigned threads = 0;  ///< 0: all cores
  /// The worker threads to build on (check and serve share theirs); null: build_site starts a
  /// pool of `threads` threads for this one build and joins it at the end.
  WorkerPool* workers = nullptr;
  std::vector<std::string> theme_dirs;  ///< built-in theme folders, searched after the site's own
  /// Reads a previous edition from git (`vorige_ref` in [edities]); owned by the command, which
  /// loads the git module only when a build asks (editions/git_module.h). Null: git cannot be
  /// read, and a `vorige_ref` is an error.
  GitReader* git = nullptr;
  /// Where the zip module (`--zip`) and the hash module (basis.lock) are loaded from when a
  /// build needs them (core/module.h; the commands set module_dirs()). Empty: they cannot be.
  std::vector<std::string> module_dirs;
  /// `--zip FILE`: also write the offline zip there (build_to_disk; a folder gets the zip's name).
  std::optional<std::string> zip_path;
  /// What over.html says about the zip; set by build_site_with_zip (pipeline/build_zip.h).
  std::optional<Download> download;
  /// Looks at every page as written, while the build streams (see ParsedInspector).
  ParsedInspector inspect;
  /// False: the search index and snippet files (zoekindex.js, zoektekst/) are not made; the
  /// search page is. For `check`, which publishes nothing: the search data give no findings.
  bool search_index = true;
  /// The sink is thrown away when the build fails (build_to_disk's staging folder): files may be
  /// written before the build knows it succeeds. The search snippet files are then written while
  /// the pages stream, instead of being held until the end.
  bool write_while_streaming = false;
  /// Set: a build that gets through its pages hands what it still holds (BuildLeftovers) to the
  /// caller here instead of freeing it; a build that fails before that frees it as always (one
  /// whose output cannot be put in place or whose zip cannot be written afterwards has handed it
  /// over already: the caller frees it or ends the process).
  std::unique_ptr<BuildLeftovers>* leftovers = nullptr;
  /// Measure the resident memory after each stage (StageTime::rss_kb; `build --timings`).
  bool stage_memory = false;
};

/// How long one stage of the build took (`wegwijzer build --timings`).
struct StageTime {
  std::string stage;
  double ms = 0;
  std::uint64_t rss_kb = 0;  ///< resident memory after the stage (0 where /proc is missing, or
                             ///< not asked: BuildOptions::stage_memory)
};

struct BuildStats {
  std::size_t pages = 0;
  std::size_t files = 0;
  std::string out_dir;
  std::string zip_file;  ///< name of the zip in the site root, when one was made
  std::uint64_t zip_bytes = 0;
  std::string zip_path;           ///< where build_to_disk also wrote the zip
  std::vector<StageTime> stages;  ///< wall time per stage, in the order they ran
};

/// `site-config.toml` as one command reads it, once: the config and what reading it reported.
struct LoadedConfig {
  SiteConfig config;
  Diagnostics diags;  ///< reported by build_site
};

/// Reads the config at `options.config_path`.
LoadedConfig read_config(const FileSystem& fs, const BuildOptions& options);

/// How many threads `options.threads` asks for (0: one per core).
unsigned thread_count(const BuildOptions& options);

/// Runs the pipeline and writes into `sink`. Nothing is written when an error was found
/// before writing started. Returns true when no error was reported.
bool build_site(const FileSystem& fs, OutputSink& sink, const BuildOptions& options,
                Diagnostics& diags, BuildStats& stats);

/// The same with the config already read. With `zip`, also makes the offline zip in the same
/// run (pipeline/build_zip.h): the site is rendered once for the copy inside the zip, and only
/// the pages that show the download (over.html, and pages whose template uses the zip's
/// names) are rendered again for the site itself, which gets the zip at its root.
bool build_site(const FileSystem& fs, OutputSink& sink, const BuildOptions& options,
                const LoadedConfig& config, Diagnostics& diags, BuildStats& stats,
                std::string* zip = nullptr);

/// build_site into a staging folder next to the output folder, swapped in only on success.
bool build_to_disk(const BuildOptions& options, Diagnostics& diags, BuildStats& stats);

/// The output folder the options and config point at (for callers that need it before building).
std::string output_dir_for(const BuildOptions& options, const SiteConfig& config);

}  // namespace ww
