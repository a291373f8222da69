#include "pipeline/build.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>
#include <thread>

#include "config/project.h"
#include "content/loader.h"
#include "core/worker_pool.h"
#include "editions/base_lock_check.h"
#include "editions/compare.h"
#include "editions/edition_pages.h"
#include "editions/previous_edition.h"
#include "editions/vit_edition_check.h"
#include "markdown/parsed_site.h"
#include "output/staging.h"
#include "pipeline/build_zip.h"
#include "pipeline/output_guard.h"
#include "pipeline/page_stream.h"
#include "pipeline/render_pages.h"
#include "pipeline/theme_assets.h"
#include "pipeline/token_check.h"
#include "publish/aliases.h"
#include "publish/css_comments.h"
#include "publish/js_comments.h"
#include "publish/print_page.h"
#include "publish/site_meta.h"
#include "publish/svg_check.h"
#include "publish/zip_writer.h"
#include "templates/navigation.h"
#include "templates/parts.h"
#include "templates/template_check.h"
#include "templates/theme.h"

namespace ww {

namespace {
/// Resident memory of this process in KB, from /proc/self/statm; 0 where that is missing.
std::uint64_t resident_kb() {
  std::ifstream statm("/proc/self/statm");
  std::uint64_t pages = 0, resident = 0;
  if (!(statm >> pages >> resident)) return 0;
  return resident * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE)) / 1024;
}

/// Records the wall time since the previous mark as one stage, and the resident memory after it
/// when asked (reading /proc costs ~15 us a stage).
struct StageClock {
  std::vector<StageTime>& out;
  bool memory = false;
  std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
  void mark(std::string stage) {
    auto now = std::chrono::steady_clock::now();
    out.push_back({std::move(stage), std::chrono::duration<double, std::milli>(now - last).count(),
                   memory ? resident_kb() : 0});
    last = now;
  }
};

/// What writing one file gave.
struct FileResult {
  char ok = 0;
  std::optional<SvgProblem> unsafe;  ///< an SVG that could run script
};

/// One file to write besides the pages: its bytes, or the file to copy them from.
struct OtherFile {
  const std::string* output;
  const std::string* bytes;  ///< null: read `source`
  const std::string* source;
  SourcePos where;  ///< where a failure is reported
  const char* message;
  /// The theme's CSS and JS are published without comments.
  bool theme_static = false;
  /// Written before, beside the merges (OwnFiles): its result, and it is not written again.
  const FileResult* done = nullptr;
};

/// The theme's static files, the theme assets and the content's own assets need nothing the
/// build makes: a staged build writes them beside the merges (PageStreamInput::beside_merges),
/// and write_other_files reports their results in their place.
struct OwnFiles {
  std::vector<FileResult> statics, theme_assets, content_assets;
  bool written = false;
};

FileResult write_other_file(const FileSystem& fs, OutputSink& sink, const OtherFile& f) {
  FileResult r;
  if (f.bytes) {
    r.ok = sink.write(*f.output, *f.bytes);
    return r;
  }
  auto bytes = fs.read(*f.source);
  if (bytes && is_svg_path(*f.output)) r.unsafe = svg_problem(*bytes);
  // Stripping comments gives no finding: not for a sink that keeps nothing (check).
  const bool published = bytes && f.theme_static && sink.keeps_output();
  if (published && f.output->ends_with(".css")) *bytes = strip_css_comments(*bytes);
  if (published && f.output->ends_with(".js")) *bytes = strip_js_comment_lines(*bytes);
  r.ok = bytes && !r.unsafe && sink.write(*f.output, *bytes);
  return r;
}

const char* const kCopy = "statisch bestand kan niet gekopieerd worden";
const char* const kWrite = "kan niet geschreven worden";
const char* const kAssetCopy = "bestand kan niet gekopieerd worden";

OtherFile theme_static_file(const StaticFile& s) {
  return {&s.output, nullptr, &s.file, {s.file, 0, 0}, kCopy, true};
}
OtherFile theme_asset_file(const ThemeAsset& a, const SiteConfig& config) {
  return {&a.output, &a.bytes, nullptr, {config.file, 0, 0}, nullptr};
}
OtherFile content_asset_file(const ParsedSite& site, const std::string& rel) {
  const std::string& origin = site.content.asset_origin.at(rel);
  return {&rel, nullptr, &origin, {origin, 0, 0}, kAssetCopy};
}

/// Writes the files of OwnFiles on all threads.
void write_own_files(const FileSystem& fs, OutputSink& sink, const ParsedSite& site,
                     const Theme& theme, const std::vector<ThemeAsset>& theme_assets,
                     const SiteConfig& config, WorkerPool* workers, OwnFiles& own) {
  std::vector<OtherFile> files;
  for (const auto& s : theme.statics) files.push_back(theme_static_file(s));
  for (const auto& a : theme_assets) files.push_back(theme_asset_file(a, config));
  for (const auto& rel : site.content.assets) files.push_back(content_asset_file(site, rel));
  std::vector<FileResult> results(files.size());
  parallel_for(files.size(), workers,
               [&](std::size_t i) { results[i] = write_other_file(fs, sink, files[i]); });
  auto next = results.begin();
  auto take = [&](std::vector<FileResult>& to, std::size_t n) {
    to.assign(std::make_move_iterator(next), std::make_move_iterator(next + n));
    next += static_cast<std::ptrdiff_t>(n);
  };
  take(own.statics, theme.statics.size());
  take(own.theme_assets, theme_assets.size());
  take(own.content_assets, site.content.assets.size());
  own.written = true;
}

/// Writes the theme's static files, the files the passes made (search index, VIT data), the
/// theme assets, robots.txt/sitemap.xml and the content's own assets, on all threads; those
/// `own` holds were written before, and only their results are reported here.
void write_other_files(const FileSystem& fs, OutputSink& sink, const ParsedSite& site,
                       const Theme& theme, const std::vector<ThemeAsset>& theme_assets,
                       const SiteConfig& config, WorkerPool* workers, Diagnostics& diags,
                       BuildStats& stats, const OwnFiles& own) {
  auto meta = meta_files(site, config);  // robots.txt, sitemap.xml
  // A file written beside the merges at a page's path is written again now, after the pages, so
  // the file is what stays there, as in a build that writes nothing early (--zip, serve).
  std::set<std::string_view> page_outputs;
  if (own.written)
    for (const Page& p : pages_of(site)) page_outputs.insert(p.output);
  auto written_before = [&](const FileResult& result, const OtherFile& f) -> const FileResult* {
    return page_outputs.count(*f.output) ? nullptr : &result;
  };
  std::vector<OtherFile> files;
  for (std::size_t k = 0; k < theme.statics.size(); ++k) {
    files.push_back(theme_static_file(theme.statics[k]));
    if (own.written) files.back().done = written_before(own.statics[k], files.back());
  }
  for (const auto& [out, bytes] : site.files)
    files.push_back({&out, &bytes, nullptr, {out, 0, 0}, kWrite});
  for (std::size_t k = 0; k < theme_assets.size(); ++k) {
    files.push_back(theme_asset_file(theme_assets[k], config));
    if (own.written) files.back().done = written_before(own.theme_assets[k], files.back());
  }
  for (const auto& [out, bytes] : meta)
    files.push_back({&out, &bytes, nullptr, {out, 0, 0}, kWrite});
  for (std::size_t k = 0; k < site.content.assets.size(); ++k) {
    files.push_back(content_asset_file(site, site.content.assets[k]));
    if (own.written) files.back().done = written_before(own.content_assets[k], files.back());
  }
  std::vector<FileResult> results(files.size());
  parallel_for(files.size(), workers, [&](std::size_t i) {
    if (!files[i].done) results[i] = write_other_file(fs, sink, files[i]);
  });
  for (std::size_t i = 0; i < files.size(); ++i) {
    const OtherFile& f = files[i];
    const FileResult& r = f.done ? *f.done : results[i];
    if (r.ok) {
      ++stats.files;
      continue;
    }
    if (r.unsafe) {
      diags.error({*f.source, r.unsafe->line, r.unsafe->column}, r.unsafe->message, kSvgHint,
                  "svg");
      continue;
    }
    std::string message =
        f.message ? f.message : "bestand '" + *f.output + "' kan niet geschreven worden";
    diags.error(f.where, message, {}, "uitvoer");
  }
}

/// The gemeente's token file against the theme's own defaults (css/tokens.css).
void check_theme_tokens(const FileSystem& fs, const SiteConfig& config, const Theme& theme,
                        const std::vector<ThemeAsset>& assets, Diagnostics& diags) {
  for (const auto& asset : assets) {
    if (asset.output != kTokensOutput) continue;
    TokenCheckInput in{{},
                       {},
                       config.resolve(config.thema.tokens),
                       asset.bytes,
                       config.thema.klasse,
                       config.thema.klasse_pos};
    for (const auto& s : theme.statics)
      if (s.output == "css/tokens.css") {
        in.theme_tokens = fs.read(s.file).value_or("");
        in.theme_tokens_file = s.file;
      }
    check_tokens(in, diags);
  }
}

}  // namespace

unsigned thread_count(const BuildOptions& o) {
  if (o.threads > 0) return o.threads;
  unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : hw;
}

LoadedConfig read_config(const FileSystem& fs, const BuildOptions& options) {
  LoadedConfig loaded;
  loaded.config = load_site_config(fs, options.config_path, loaded.diags);
  return loaded;
}

bool build_site(const FileSystem& fs, OutputSink& sink, const BuildOptions& options,
                Diagnostics& diags, BuildStats& stats) {
  return build_site(fs, sink, options, read_config(fs, options), diags, stats);
}

bool build_site(const FileSystem& fs_in, OutputSink& sink, const BuildOptions& options,
                const LoadedConfig& loaded, Diagnostics& diags, BuildStats& stats,
                std::string* zip) {
  // One pool of worker threads for every stage of the build (core/worker_pool.h).
  std::unique_ptr<WorkerPool> own_pool;
  if (!options.workers) own_pool = std::make_unique<WorkerPool>(thread_count(options));
  WorkerPool* const workers = options.workers ? options.workers : own_pool.get();
  StageClock clock{stats.stages, options.stage_memory};
  diags.merge(loaded.diags);
  if (diags.has_errors()) return false;
  const SiteConfig& config = loaded.config;
  // From here on, nothing outside the project is read (config/project.h).
  const std::vector<std::string> roots = project_roots(config, options.theme_dirs);
  if (!check_project_paths(fs_in, config, roots, diags)) return false;
  const ConfinedFileSystem fs(fs_in, roots);
  // The theme (read, its templates checked) and the content are read side by side, each a loop
  // of its own on the pool: the theme's reading is serial, and the thread done first helps the
  // other's loop (core/worker_pool.h). Their findings come in the same order as one after the
  // other.
  Theme theme;
  std::vector<ThemeAsset> theme_assets;
  CompiledTemplates templates;
  SiteContent content;
  Diagnostics content_diags;
  parallel_for(2, workers, [&](std::size_t part) {
    if (part == 0) {
      theme = load_theme(fs, config, diags, options.theme_dirs);
      theme_assets = load_theme_assets(fs, config, diags);
      check_theme_tokens(fs, config, theme, theme_assets, diags);
      templates = compile_templates(theme);
      check_templates(theme, templates, diags);
    } else {
      content = load_content(fs, config, LoadOptions{options.drafts, workers}, content_diags);
    }
  });
  diags.merge(std::move(content_diags));
  clock.mark("thema en content lezen");
  // [edities]: what changed since the previous edition (nothing happens when it is not set).
  std::optional<EditionChanges> changes;
  if (auto previous = load_previous_edition(fs, config, options.git, diags)) {
    clock.mark("vorige versie lezen");
    changes = compare_editions(previous->content, content, previous->naam,
                               config.resolve(config.content_dir), workers,
                               MarkdownOptions{config.unsafe_html, config.smart_punctuation});
    check_vit_against_previous(content, *changes, diags);
    add_earlier_texts(content, *changes);
    hint_vanished_targets(config, *changes, diags);
    clock.mark("verschillen met vorige versie");
  }
  // A gemeente copy against basis.lock (editions/base_lock_check.h); without a lock, [edities]
  // gives the coarser warning per aanvulling whose base changed since the previous edition.
  if (check_base_lock(fs, config, content, changes ? &*changes : nullptr, workers,
                      options.module_dirs, diags))
    clock.mark("basis.lock vergelijken");
  else if (changes)
    warn_changed_bases(content, *changes, diags);
  // A gemeente must see which pages no longer follow VNG's updates.
  for (const auto& [overlay, base] : content.replaced)
    diags.note({overlay, 1, 1},
               "vervangt " + base + " (deze pagina volgt updates van de VNG niet meer)");

  ParsedSite site = prepare_site(std::move(content), workers);
  for (const auto& s : theme.statics)
    if (s.output.starts_with("assets/"))
      site.site_assets.insert(s.output);  // the project's assets/ folder
  // With --zip the pages are made for the copy inside the zip first: it says it is the offline
  // version. Only what shows the download is made again for the site (finish_with_zip).
  const std::optional<Download> offline =
      zip ? std::optional<Download>(Download{zip_file_name(config), 0, true}) : std::nullopt;
  const Download* download = zip ? &*offline : options.download ? &*options.download : nullptr;
  // Into a sink that keeps nothing (check) no html is made, unless a template or partial may fail
  // while rendering (kainjow may then read the html, or a part's data, as a template): only the
  // templates read the html, and render_pages renders a page there only when its template may
  // fail. The parts still go to the partials, compiled on first use: one that does not compile
  // is reported.
  auto may_fail = [](const auto& named) { return may_fail_when_rendered(named.second.text); };
  const bool html = sink.keeps_output() ||
                    std::any_of(theme.templates.begin(), theme.templates.end(), may_fail) ||
                    std::any_of(theme.partials.begin(), theme.partials.end(), may_fail) ||
                    std::any_of(builtin_part_partials().begin(), builtin_part_partials().end(),
                                [](const auto& p) { return may_fail_when_rendered(p.second); });
  const PartRenderer parts = part_renderer(theme, diags, html);
  // Into a sink that is thrown away on failure, the search snippet files are written as soon as
  // they are complete, while the pages stream (not with --zip: they go into the zip's copy). A
  // file at the path of a theme's static file stays for write_other_files, which writes it
  // after that file as before; a failed write is reported where write_other_files reports one.
  std::set<std::string> static_outputs;
  for (const auto& s : theme.statics) static_outputs.insert(s.output);
  std::vector<std::string> early_failed;
  std::size_t early_written = 0;
  SnippetFileWriter write_early;
  if (options.write_while_streaming && !zip)
    write_early = [&](const std::string& path, const std::string& bytes) {
      if (static_outputs.count(path)) return false;
      if (sink.write(path, bytes))
        ++early_written;
      else
        early_failed.push_back(path);
      return true;
    };
  // Into a sink that is thrown away on failure (not with --zip), the theme's files and the
  // content's assets are written beside the merges, on the thread they leave free.
  OwnFiles own;
  std::function<void()> beside_merges;
  if (options.write_while_streaming && !zip)
    beside_merges = [&] {
      write_own_files(fs, sink, site, theme, theme_assets, config, workers, own);
    };
  const PageStreamInput stream{
      config,       MarkdownOptions{config.unsafe_html, config.smart_punctuation},
      theme,        options.inspect,
      download,     parts,
      workers,      options.search_index,
      write_early,  html,
      beside_merges};
  // From here on pages are only appended, so section->page stays over.html's index.
  const std::optional<DownloadSection> section = run_page_stream(
      site, stream, diags, [&](std::string stage) { clock.mark(std::move(stage)); });
  if (changes) {
    add_edition_pages(site, *changes, diags);
    clock.mark("wijzigingspagina's");
  }
  add_alias_pages(site, config, diags);  // after every pass that adds pages or files
  Navigation nav = compute_navigation(site, config, diags);
  if (diags.has_errors()) return false;
  clock.mark("navigatie");

  parallel_for(site.pages.size(), workers,
               [&](std::size_t i) { finish_page(site.pages[i], parts); });
  clock.mark("html afmaken");
  add_print_page(site, nav, config, diags);  // needs every chapter rendered
  clock.mark("afdrukpagina");
  SiteView view{config, site, nav, options.serve_mode, publish_strings(site, download)};
  stats.pages = site.pages.size();
  stats.files = stats.pages;
  if (!zip) {
    render_pages(site, view, theme, templates, sink, workers, diags);
    clock.mark("templates en pagina's schrijven");
    write_other_files(fs, sink, site, theme, theme_assets, config, workers, diags, stats, own);
    stats.files += early_written;
    for (const std::string& path : early_failed)
      diags.error({path, 0, 0}, "kan niet geschreven worden", {}, "uitvoer");
    clock.mark("overige bestanden schrijven");
    if (diags.has_errors()) return false;
    PartRenderer kept_parts = parts;
    hand_over_leftovers(options.leftovers, site, theme, templates, theme_assets, changes, nav,
                        kept_parts, own_pool);
    return true;
  }

  MemoryOutput copy;
  render_pages(site, view, theme, templates, copy, workers, diags);
  clock.mark("templates en pagina's (offline versie)");
  write_other_files(fs, copy, site, theme, theme_assets, config, workers, diags, stats, {});
  if (diags.has_errors()) return false;
  std::map<std::string, std::string> files = copy.files();
  if (!zip_site(files, config, options.module_dirs, *zip, diags)) return false;
  clock.mark("zip maken");

  // The site itself: the zip's files, except the pages that show the download, made again.
  // over.html gets the partial `download` rendered with the zip's size in the place where
  // render_page_body() put the block the zip's copy shows (PlacedPart; the trees are gone).
  const Download online{offline->file, zip->size(), false};
  if (section) {
    PageRecord& record = site.pages[section->page];
    Page& over = record.page;
    const std::string now =
        slot_html(parts("download", download_data(&online, config, over.output)));
    for (PlacedPart& block : record.placed) {
      if (block.partial != "download") continue;
      over.html.replace(block.at, block.size, now);
      // A gemeente's aanvulling placed after the block, and the notes, move with the text
      // after it.
      if (over.aanvulling && over.aanvulling->at != std::string::npos &&
          over.aanvulling->at >= block.at + block.size)
        over.aanvulling->at = over.aanvulling->at - block.size + now.size();
      if (record.notes_at >= block.at + block.size)
        record.notes_at = record.notes_at - block.size + now.size();
      block.size = now.size();
      break;
    }
    if (std::find(nav.reading_order.begin(), nav.reading_order.end(), section->page) !=
        nav.reading_order.end())
      for (Page& p : pages_of(site))  // print.html holds over.html as a chapter
        if (p.output == kPrintOutput) p.html = print_body(site, print_parts(site, nav), config);
  }
  const std::vector<char> again = pages_showing_download(
      site, theme, section ? std::optional<std::size_t>(section->page) : std::nullopt, nav);
  std::vector<const std::pair<const std::string, std::string>*> same;
  std::set<std::string> made_again;
  for (std::size_t i = 0; i < again.size(); ++i)
    if (again[i]) made_again.insert(site.pages[i].page.output);
  for (const auto& f : files)
    if (!made_again.count(f.first)) same.push_back(&f);
  std::vector<char> ok(same.size(), 0);
  parallel_for(same.size(), workers,
               [&](std::size_t i) { ok[i] = sink.write(same[i]->first, same[i]->second); });
  for (std::size_t i = 0; i < same.size(); ++i)
    if (!ok[i]) diags.error({same[i]->first, 0, 0}, "kan niet geschreven worden", {}, "uitvoer");
  SiteView online_view{config, site, nav, options.serve_mode, publish_strings(site, &online)};
  render_pages(site, online_view, theme, templates, sink, workers, diags, &again);
  if (!sink.write(online.file, *zip))
    diags.error({online.file, 0, 0}, "kan niet geschreven worden", {}, "uitvoer");
  ++stats.files;
  stats.zip_file = online.file;
  stats.zip_bytes = zip->size();
  clock.mark("site met de zip schrijven");
  if (diags.has_errors()) return false;
  PartRenderer kept_parts = parts;
  hand_over_leftovers(options.leftovers, site, theme, templates, theme_assets, changes, nav,
                      kept_parts, files, own_pool);
  return true;
}

std::string output_dir_for(const BuildOptions& options, const SiteConfig& config) {
  if (options.out_dir) return *options.out_dir;
  return config.resolve(config.output_dir);
}

bool build_to_disk(const BuildOptions& options, Diagnostics& diags, BuildStats& stats) {
  // The worker threads start first, so they are up when the first loop starts (a new thread
  // takes a while to run), and stay for the removal of the old output.
  std::unique_ptr<WorkerPool> own_pool;
  if (!options.workers) own_pool = std::make_unique<WorkerPool>(thread_count(options));
  WorkerPool* const workers = options.workers ? options.workers : own_pool.get();
  DiskFileSystem fs;
  const LoadedConfig loaded = read_config(fs, options);  // its problems are reported by build_site
  const SiteConfig& config = loaded.config;
  stats.out_dir = output_dir_for(options, config);
  if (!check_output_dir(config, stats.out_dir, options.out_dir.has_value(), diags)) return false;
  std::optional<Module> zip_module;
  if (options.zip_path) {
    stats.zip_path = zip_target_path(*options.zip_path, zip_file_name(config));
    if (!check_zip_target(config, stats.zip_path, stats.out_dir, diags)) return false;
    // The zip module (libzip) is loaded before anything is built: without it the build would
    // fail only after making every page. Kept loaded until make_zip, which loads it again. A
    // config with errors is reported by build_site first (it fails before the zip).
    std::string problem;
    if (!loaded.diags.has_errors()) zip_module = load_zip_module(options.module_dirs, problem);
    if (!zip_module && !loaded.diags.has_errors()) {
      diags.error({loaded.config.file, 0, 0}, "zip-bestand kan niet gemaakt worden: " + problem, {},
                  "zip");
      return false;
    }
  }
  auto staging = begin_staging(stats.out_dir, diags);
  if (!staging) return false;
  DiskOutput sink(staging->staging_dir);
  std::string zip;
  BuildOptions staged = options;
  staged.write_while_streaming = true;  // the staging folder is dropped when the build fails
  staged.workers = workers;
  bool ok = build_site(fs, sink, staged, loaded, diags, stats, options.zip_path ? &zip : nullptr);
  if (ok && options.zip_path) {
    ok = write_file_atomically(stats.zip_path, zip);
    if (!ok)
      diags.error({stats.zip_path, 0, 0}, "zip-bestand kan niet geschreven worden", {}, "uitvoer");
  }
  if (!ok) {
    abort_staging(*staging);
    return false;
  }
  if (!commit_staging(*staging, diags, workers)) return false;
  hand_over_leftovers(options.leftovers, own_pool);  // the threads end with the process too
  return true;
}

}  // namespace ww
