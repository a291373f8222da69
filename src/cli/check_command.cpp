#include "cli/check_command.h"

#include <iostream>
#include <optional>

#include "check/check.h"
#include "check/output.h"
#include "check/rapport.h"
#include "cli/release_at_exit.h"
#include "config/site_config.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "editions/git_module.h"
#include "output/output_sink.h"
#include "output/staging.h"
#include "pipeline/output_guard.h"

namespace ww {

CommandSpec check_command_spec() {
  return {"check",
          {"--strict", "--drafts", "--zonder-taal", "--alleen-lokaal"},
          {"--config", "--format", "--rapport", "--afbreekpatronen", "--threads"},
          0};
}

int cmd_check(const Args& a, const std::vector<std::string>& theme_dirs) {
  const std::string format = a.options.count("--format") ? a.options.at("--format") : "text";
  if (format != "text" && format != "json") {
    std::cerr << "wegwijzer: --format verwacht 'text' of 'json', niet '" << format << "'\n";
    return 2;
  }
  CheckOptions o;
  o.build.theme_dirs = theme_dirs;
  o.build.module_dirs = module_dirs();       // the hash module, loaded only for a basis.lock
  ModuleGitReader git(o.build.module_dirs);  // loaded only for a vorige_ref
  o.build.git = &git;
  if (a.options.count("--config")) o.build.config_path = a.options.at("--config");
  if (std::string error; !number_option(a, "--threads", 1, kMaxThreads, o.build.threads, error)) {
    std::cerr << "wegwijzer: " << error << '\n';
    return 2;
  }
  o.build.drafts = a.options.count("--drafts") > 0;
  if (a.options.count("--afbreekpatronen")) o.hyphen_dic = a.options.at("--afbreekpatronen");
  o.language = a.options.count("--zonder-taal") == 0;
  o.alleen_lokaal = a.options.count("--alleen-lokaal") > 0;
  const bool strict = a.options.count("--strict") > 0;

  DiskFileSystem fs;
  // Read once for the whole command; the check reports its problems.
  const LoadedConfig config = read_config(fs, o.build);
  // The report folder follows the output folder's rules (pipeline/output_guard.h): it only
  // replaces an empty folder or an earlier report, never the sources; checked before the run,
  // also when the config has errors (then those are reported with it).
  std::optional<std::string> rapport_dir;
  if (a.options.count("--rapport")) {
    rapport_dir = a.options.at("--rapport");
    Diagnostics guard;
    if (!check_option_dir(config.config, *rapport_dir, "--rapport", guard)) {
      for (const auto& d : config.diags.items) std::cerr << format_diagnostic(d) << '\n';
      for (const auto& d : guard.items) std::cerr << format_diagnostic(d) << '\n';
      return 1;
    }
  }
  std::unique_ptr<BuildLeftovers> leftovers;  // freed by the end of the process
  o.build.leftovers = &leftovers;
  CheckResult result = run_check(fs, o, config);
  release_at_exit(std::move(leftovers));

  if (rapport_dir) {
    const std::string& dir = *rapport_dir;
    Diagnostics write_diags;
    auto staging = begin_staging(dir, write_diags);
    bool ok = staging.has_value();
    if (ok) {
      DiskOutput out(staging->staging_dir);
      for (const auto& [path, text] : render_rapport(result)) {
        if (!out.write(path, text)) {
          std::cerr << "wegwijzer: kan het rapport niet schrijven in " << dir << '/' << path
                    << '\n';
          ok = false;
          break;
        }
      }
      ok = ok && commit_staging(*staging, write_diags);
      if (!ok) abort_staging(*staging);
    }
    for (const auto& d : write_diags.items) std::cerr << format_diagnostic(d) << '\n';
    if (!ok) return 1;
    if (format == "text") std::cerr << "rapport: " << dir << "/index.html\n";
  }

  if (format == "json")
    std::cout << check_json(result, strict);
  else
    std::cout << check_text(result);
  return check_exit_code(result.diags, strict);
}

}  // namespace ww
