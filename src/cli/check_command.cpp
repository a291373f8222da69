#include "cli/check_command.h"

#include <iostream>

#include "check/check.h"
#include "check/output.h"
#include "check/rapport.h"
#include "core/file_system.h"
#include "output/output_sink.h"

namespace ww {

CommandSpec check_command_spec() {
  return {"check",
          {"--strict", "--drafts", "--zonder-taal", "--alleen-lokaal"},
          {"--config", "--format", "--rapport", "--afbreekpatronen"},
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
  if (a.options.count("--config")) o.build.config_path = a.options.at("--config");
  o.build.drafts = a.options.count("--drafts") > 0;
  if (a.options.count("--afbreekpatronen")) o.hyphen_dic = a.options.at("--afbreekpatronen");
  o.language = a.options.count("--zonder-taal") == 0;
  o.alleen_lokaal = a.options.count("--alleen-lokaal") > 0;
  const bool strict = a.options.count("--strict") > 0;

  DiskFileSystem fs;
  CheckResult result = run_check(fs, o);

  if (a.options.count("--rapport")) {
    const std::string dir = a.options.at("--rapport");
    DiskOutput out(dir);
    for (const auto& [path, text] : render_rapport(result)) {
      if (!out.write(path, text)) {
        std::cerr << "wegwijzer: kan het rapport niet schrijven in " << dir << '/' << path << '\n';
        return 1;
      }
    }
    if (format == "text") std::cerr << "rapport: " << dir << "/index.html\n";
  }

  if (format == "json")
    std::cout << check_json(result, strict);
  else
    std::cout << check_text(result);
  return check_exit_code(result.diags, strict);
}

}  // namespace ww
