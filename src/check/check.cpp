#include "check/check.h"

#include <algorithm>

#include "check/afkortingen.h"
#include "check/lint.h"
#include "content/loader.h"
#include "language/syllables.h"
#include "markdown/parsed_site.h"

namespace ww {

namespace {

/// The build's output goes nowhere: check only wants its diagnostics.
class DiscardOutput : public OutputSink {
 public:
  bool write(const std::string&, std::string_view) override { return true; }
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
  return file == dir || file.rfind(dir + "/", 0) == 0;
}

/// A gemeente's own files: its overlays, its config, token file and logo (not VNG's content or the
/// theme).
bool is_local_file(const std::string& file, const SiteConfig& config) {
  if (file == config.file) return true;
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

}  // namespace

CheckResult run_check(const FileSystem& fs, const CheckOptions& options) {
  CheckResult result;
  // 1. Every validation the build does: run the real pipeline into a sink that keeps nothing.
  DiscardOutput sink;
  BuildStats stats;
  build_site(fs, sink, options.build, result.diags, stats);

  // 2. Lint and language work on the content as written, before the passes changed it.
  Diagnostics ignored;  // the same load problems were reported by the build
  SiteConfig config = load_site_config(fs, options.build.config_path, ignored);
  if (!ignored.has_errors()) {
    result.taal = config.taal;
    SiteContent content = load_content(fs, config, LoadOptions{options.build.drafts}, ignored);
    const unsigned threads = options.build.threads ? options.build.threads : 2;
    ParsedSite site =
        parse_site(std::move(content), {config.unsafe_html, config.smart_punctuation}, threads);
    result.pages = site.pages.size();
    lint_site(site, result.diags);
    check_abbreviations_spelled_out(site, fs, result.diags);
    if (options.language) {
      if (auto hyphenator = load_hyphenator(options, config, result.diags)) {
        Theme theme = load_theme(fs, config, ignored, options.build.theme_dirs);
        WordList common = WordList::common_dutch();
        Glossary glossary;
        for (const Page& p : pages_of(site)) {
          if (!p.term) continue;
          glossary.add_phrase(p.term->term);
          for (const auto& v : p.term->varianten) glossary.add_phrase(v);
        }
        for (const Afkorting& a : site.content.afkortingen) glossary.add_phrase(a.afkorting);
        LanguageTools tools{*hyphenator, common, glossary};
        result.texts = measure_site_texts(site, theme, fs, tools, config.taal);
        if (options.alleen_lokaal)
          keep_only_local(result, config);  // B1 groups of the gemeente's texts only
        result.pools = report_texts(result.texts, config.taal, result.diags);
        result.language_ran = true;
      }
    }
  }
  if (options.alleen_lokaal) {
    Diagnostics again;
    SiteConfig config = load_site_config(fs, options.build.config_path, again);
    if (!again.has_errors()) keep_only_local(result, config);
  }
  sort_diagnostics(result.diags.items);
  return result;
}

int check_exit_code(const Diagnostics& diags, bool strict) {
  if (diags.has_errors()) return 1;
  if (strict && diags.count(Severity::warning) > 0) return 1;
  return 0;
}

}  // namespace ww
