#include "check/check.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <optional>

#include "check/afkortingen.h"
#include "check/lint.h"
#include "content/loader.h"
#include "core/worker_pool.h"
#include "editions/base_lock.h"
#include "language/syllables.h"
#include "markdown/parsed_site.h"

namespace ww {

namespace {

/// The build's output goes nowhere: check only wants its diagnostics. The build then renders only
/// the pages whose templates can fail while rendering (render_pages).
class DiscardOutput : public OutputSink {
 public:
  bool write(const std::string&, std::string_view) override { return true; }
  [[nodiscard]] bool keeps_output() const override { return false; }
};

std::optional<Hyphenator> load_hyphenator(const CheckOptions& options, const SiteConfig& config,
                                          Diagnostics& diags) {
  std::vector<std::string> candidates = options.hyphen_dic.empty()
                                            ? default_hyphen_dic_paths()
                                            : std::vector<std::string>{options.hyphen_dic};
  auto path = find_hyphen_dic(candidates);
  std::string error;
  if (path) {
    if (auto h = Hyphenator::load(*path, error)) return h;
  } else {
    error = "Nederlandse afbreekpatronen (hyph_nl_NL.dic) niet gevonden";
  }
  std::string tried;
  for (const auto& c : candidates) tried += (tried.empty() ? "" : ", ") + c;
  diags.error({config.file, 0, 0}, error + "; de taaltoets kan niet draaien",
              "installeer het Debian-pakket hyphen-nl, of wijs het bestand aan met "
              "--afbreekpatronen BESTAND "
              "of WEGWIJZER_HYPHEN_DIC (gezocht: " +
                  tried + ")",
              "taal-afbreekpatronen");
  return std::nullopt;
}

bool under(const std::string& file, const std::string& dir) {
  if (dir.empty() || dir == ".") return file.find('/') != 0;
  return file == dir || file.starts_with(dir + "/");
}

/// A gemeente's own files: its overlays, its config, token file and logo (not VNG's content or the
/// theme).
bool is_local_file(const std::string& file, const SiteConfig& config) {
  if (file == config.file || file == config.resolve(kBaseLockName)) return true;
  if (!config.thema.tokens.empty() && file == config.resolve(config.thema.tokens)) return true;
  if (!config.gemeente.logo.empty() && file == config.resolve(config.gemeente.logo)) return true;
  for (const auto& o : config.overlays)
    if (under(file, config.resolve(o))) return true;
  return false;
}

void keep_only_local(CheckResult& result, const SiteConfig& config) {
  auto& items = result.diags.items;
  items.erase(
      std::remove_if(items.begin(), items.end(),
                     [&](const Diagnostic& d) { return !is_local_file(d.pos.file, config); }),
      items.end());
  auto& texts = result.texts;
  texts.erase(
      std::remove_if(texts.begin(), texts.end(),
                     [&](const MeasuredText& t) { return !is_local_file(t.pos.file, config); }),
      texts.end());
}

/// One word cache per worker thread: a page takes one that no other thread holds and gives it
/// back. A cached answer is the answer, so it does not matter which cache a page gets. A word
/// new to a cache is first looked up in what the others measured.
class WordCachePool {
 public:
  std::unique_ptr<WordCache> take() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (free_.empty()) return std::make_unique<WordCache>(&shared_);
    std::unique_ptr<WordCache> c = std::move(free_.back());
    free_.pop_back();
    return c;
  }
  void give(std::unique_ptr<WordCache> cache) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(cache));
  }

 private:
  SharedWordFacts shared_;  ///< what any of the caches measured
  std::mutex mutex_;
  std::vector<std::unique_ptr<WordCache>> free_;
};

/// What the check's inspector keeps from `begin` through `page` to `end`.
struct CheckRun {
  LintRun lint;
  std::optional<AbbreviationRules> abbreviations;
  std::vector<Diagnostics> abbreviation_slots;  ///< per page
  Glossary glossary;
  bool measure = false;  ///< the language check runs
  /// Made in `begin` when the patterns are loaded by then (else by the language
  /// thread after `end`); the pages are then measured as they stream, while their trees are in
  /// cache.
  std::optional<LanguageTools> tools;
  std::vector<std::vector<MeasuredText>> text_slots;  ///< per page
  /// Per page, the texts found while the tools were not there yet (a small site reaches its
  /// pages before the patterns are loaded): measured after the stream, while the build ends.
  std::vector<std::vector<PageText>> pending;
  WordCachePool caches;
  Theme templates;  ///< a copy of the theme's template files, for their texts
  /// After the stream: task 0 measures the theme's texts, task 1 + i the pending page i. The
  /// language thread takes them one by one while the build finishes, then the build's thread too.
  std::atomic<std::size_t> next_task{0};
  std::vector<MeasuredText> theme_texts;
  bool ended = false;  ///< `end` ran: the pages were all inspected
};

/// Takes the tasks of `run.next_task` until there are none left.
void measure_tasks(CheckRun& run, const LanguageTools& tools, const TaalConfig& taal) {
  for (std::size_t task = run.next_task++; task <= run.pending.size(); task = run.next_task++) {
    if (task > 0 && run.pending[task - 1].empty()) continue;
    std::unique_ptr<WordCache> c = run.caches.take();
    if (task == 0) {
      run.theme_texts = measure_theme_texts(run.templates, tools, taal, c.get());
    } else {
      const std::size_t i = task - 1;
      for (PageText& t : run.pending[i])
        run.text_slots[i].push_back(measure_page_text(t, tools, taal, c.get()));
      run.pending[i] = {};
    }
    run.caches.give(std::move(c));
  }
}

}  // namespace

CheckResult run_check(const FileSystem& fs, const CheckOptions& options) {
  return run_check(fs, options, read_config(fs, options.build));
}

CheckResult run_check(const FileSystem& fs, const CheckOptions& options,
                      const LoadedConfig& loaded) {
  CheckResult result;
  const SiteConfig& config = loaded.config;
  const bool config_ok = !loaded.diags.has_errors();
  // Lint and language work on the content as written: the build shows each page to the
  // inspector right after parsing it, before the passes change it, so the content is loaded and
  // parsed once. Per page the results go to its slot; the slots are merged in page order.
  Diagnostics lint, language;
  std::optional<Hyphenator> hyphenator;
  WordList common;
  const bool one_thread = options.build.threads == 1;
  const bool language_on = config_ok && options.language;
  auto load = [&] {
    if (!language_on) return;
    hyphenator = load_hyphenator(options, config, language);
    if (hyphenator) common = WordList::common_dutch();
  };
  CheckRun run;
  // The language check has one thread of its own (none with --threads 1): it reads the patterns
  // (the word list is a table in the binary) while the build reads and parses the content, then
  // waits until the pages are all inspected (`end`) and measures the theme's texts and the pages
  // found before the tools were there, while the build finishes. One thread for both: a second
  // thread would start with a heap of its own, and on two cores a thread too many makes the build
  // wait. With --threads 1 the build's thread loads the tools when the pages are first inspected.
  std::promise<void> loaded_promise;
  std::shared_future<void> loaded_tools = loaded_promise.get_future().share();
  std::promise<void> ended;  // set once, by `end` or (when the build stopped before) below
  bool ended_set = false;
  auto signal_end = [&] {
    if (!ended_set) ended.set_value();
    ended_set = true;
  };
  std::future<void> language_thread;
  if (one_thread) {
    loaded_tools = std::async(std::launch::deferred, load).share();
  } else {
    language_thread = std::async(std::launch::async, [&, done = ended.get_future()]() mutable {
      try {
        load();
        loaded_promise.set_value();
      } catch (...) {
        loaded_promise.set_exception(std::current_exception());
        throw;
      }
      done.wait();
      if (!run.ended || !run.measure || !hyphenator) return;
      if (!run.tools) run.tools.emplace(LanguageTools{*hyphenator, common, run.glossary});
      measure_tasks(run, *run.tools, config.taal);
    });
  }
  // If the build throws, the language thread must not wait for `end` for ever.
  struct EndOnExit {
    std::function<void()> f;
    ~EndOnExit() { f(); }
  } end_on_exit{signal_end};
  // One pool of worker threads for the build's stages (the pending pages are measured by the
  // language thread and by this thread, not on the pool).
  auto workers = std::make_unique<WorkerPool>(thread_count(options.build));
  auto make_tools = [&] {
    loaded_tools.wait();
    if (hyphenator) run.tools.emplace(LanguageTools{*hyphenator, common, run.glossary});
  };
  BuildOptions build = options.build;
  build.workers = workers.get();
  // The search index and snippet files are made from pages that are checked already and give no
  // findings; check publishes nothing, so it leaves them out (the search page itself stays: it
  // is rendered and can collide with a page).
  build.search_index = options.search_index;
  build.inspect.begin = [&](const ParsedSite& site, const Theme& theme) {
    // The pages of the content (the VIT pages the build makes are already in the list).
    result.pages = static_cast<std::size_t>(std::count_if(
        site.pages.begin(), site.pages.end(), [](const PageRecord& r) { return r.markdown; }));
    run.lint = lint_begin(site);
    run.abbreviations = abbreviation_rules(site);
    run.abbreviation_slots.assign(site.pages.size(), Diagnostics{});
    if (!language_on) return;
    for (const Page& p : pages_of(site)) {
      if (!p.term) continue;
      run.glossary.add_phrase(p.term->term);
      for (const auto& v : p.term->varianten) run.glossary.add_phrase(v);
    }
    for (const Afkorting& a : site.content.afkortingen) run.glossary.add_phrase(a.afkorting);
    run.text_slots.assign(site.pages.size(), {});
    run.pending.assign(site.pages.size(), {});
    run.templates.files = theme.files;
    run.measure = true;
    using Measure = CheckOptions::Measure;
    const bool loaded_now =
        loaded_tools.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    if (one_thread || options.measure == Measure::in_stream ||
        (options.measure == Measure::when_ready && loaded_now))
      make_tools();
  };
  build.inspect.page = [&](const ParsedSite& site, std::size_t i) {
    lint_page(site, i, run.lint);
    check_abbreviations_on_page(site, i, *run.abbreviations, run.abbreviation_slots[i]);
    if (!run.measure) return;
    if (!run.tools) {
      run.pending[i] = page_texts(site, i);
      return;
    }
    std::unique_ptr<WordCache> cache = run.caches.take();
    run.text_slots[i] = measure_page_texts(site, i, *run.tools, config.taal, cache.get());
    run.caches.give(std::move(cache));
  };
  build.inspect.end = [&](const ParsedSite& site, const Theme&, Diagnostics&) {
    lint_end(site, run.lint, lint);
    for (Diagnostics& d : run.abbreviation_slots) lint.merge(std::move(d));
    run.ended = true;
    // The theme's texts and the pages found before the tools were there (they hold all they
    // need: the site may change meanwhile) go to the language thread while the build finishes;
    // then the build's thread helps with what is left (see below).
    signal_end();
  };
  // 1. Every validation the build does: run the real pipeline into a sink that keeps nothing.
  DiscardOutput sink;
  BuildStats stats;
  build_site(fs, sink, build, loaded, result.diags, stats);
  signal_end();  // the build may have stopped before the pages
  if (run.ended && run.measure) {
    if (one_thread) {
      if (!run.tools) make_tools();
      if (run.tools) measure_tasks(run, *run.tools, config.taal);
    } else {  // the tasks still left, on this thread (with tools of its own)
      loaded_tools.wait();
      if (hyphenator)
        measure_tasks(run, LanguageTools{*hyphenator, common, run.glossary}, config.taal);
    }
  }
  if (language_thread.valid()) language_thread.get();
  std::vector<MeasuredText>& theme_texts = run.theme_texts;
  loaded_tools.get();  // loaded, also when the build stopped before the pages
  if (run.ended && run.tools) {
    std::size_t count = theme_texts.size();
    for (const auto& texts : run.text_slots) count += texts.size();
    result.texts.reserve(count);
    for (auto& texts : run.text_slots)
      for (MeasuredText& t : texts) result.texts.push_back(std::move(t));
    for (MeasuredText& t : theme_texts) result.texts.push_back(std::move(t));
  }

  // 2. The findings on the content as written, after the build's own.
  if (config_ok) {
    result.taal = config.taal;
    result.diags.merge(std::move(lint));
    result.diags.merge(std::move(language));
    if (hyphenator) {
      if (options.alleen_lokaal)
        keep_only_local(result, config);  // B1 groups of the gemeente's texts only
      result.pools = report_texts(result.texts, config.taal, result.diags);
      result.language_ran = true;
    }
  }
  if (options.alleen_lokaal && config_ok) keep_only_local(result, config);
  sort_diagnostics(result.diags.items);
  // The pool's threads and the language thread (done with its work) may end with the process
  // (BuildOptions::leftovers): joining them gives their heaps back first.
  // So may the hyphenation patterns (thousands of allocations); `run.tools` still refers to
  // them, and is not used any more.
  hand_over_leftovers(options.build.leftovers, workers, language_thread, hyphenator);
  return result;
}

int check_exit_code(const Diagnostics& diags, bool strict) {
  if (diags.has_errors()) return 1;
  if (strict && diags.count(Severity::warning) > 0) return 1;
  return 0;
}

}  // namespace ww
