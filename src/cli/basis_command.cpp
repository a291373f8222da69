#include "cli/basis_command.h"

#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include "config/project.h"
#include "config/site_config.h"
#include "content/loader.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/utf8.h"
#include "core/worker_pool.h"
#include "editions/base_lock.h"
#include "editions/base_lock_check.h"
#include "editions/git_module.h"
#include "editions/previous_edition.h"
#include "editions/update_report.h"
#include "pipeline/output_guard.h"

namespace ww {

namespace {

constexpr const char* kReportName = "basis-rapport.html";

void print(std::vector<Diagnostic> items) {
  sort_diagnostics(items);
  for (const auto& d : items) std::cerr << format_diagnostic(d) << '\n';
}

/// Writes the HTML report to `path`, replacing only an earlier report. An empty string on success,
/// else a Dutch reason.
std::string write_report(const std::string& path, const std::string& html) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec))
    return path + " is een map; geef een bestandsnaam, bijv. " + kReportName;
  if (fs::exists(path, ec)) {
    DiskFileSystem disk;
    auto old = disk.read(path);
    if (!old || old->find(kUpdateReportMarker) == std::string::npos)
      return path +
             " bestaat al en is geen update-rapport van wegwijzer; het wordt niet "
             "overschreven. Kies een andere naam met --rapport";
  }
  if (!write_file_atomically(path, html)) return "kan " + path + " niet schrijven";
  return {};
}

}  // namespace

CommandSpec basis_command_spec() {
  return {"basis", {"--vastleggen"}, {"--config", "--rapport"}, 0};
}

int cmd_basis(const Args& a, const std::vector<std::string>& theme_dirs) {
  const std::string config_path =
      a.options.count("--config") ? a.options.at("--config") : "site-config.toml";
  const bool record = a.options.count("--vastleggen") > 0;
  DiskFileSystem disk;
  Diagnostics diags;
  SiteConfig config = load_site_config(disk, config_path, diags);
  if (diags.has_errors()) {
    print(diags.items);
    return 1;
  }
  const std::vector<std::string> roots = project_roots(config, theme_dirs);
  if (!check_project_paths(disk, config, roots, diags)) {
    print(diags.items);
    return 1;
  }
  const ConfinedFileSystem fs(disk, roots);
  const std::vector<std::string> dirs = module_dirs();
  ModuleGitReader git(dirs);  // loaded only for a vorige_ref
  unsigned threads = std::thread::hardware_concurrency();
  WorkerPool workers(threads == 0 ? 1 : threads);
  SiteContent merged = load_content(fs, config, LoadOptions{false, &workers}, diags);
  std::optional<EditionChanges> changes;
  if (auto previous = load_previous_edition(fs, config, &git, diags))
    changes = compare_editions(previous->content, merged, previous->naam,
                               config.resolve(config.content_dir), &workers);
  std::optional<std::string> lock_text = fs.read(base_lock_path(config));
  if (!lock_text && config.overlays.empty() && config.verberg.empty() &&
      config.verberg_vragen.empty()) {
    std::cout << "Deze site heeft geen eigen teksten over de tekst van de VNG heen (geen overlays, "
                 "verberg of verberg_vragen): er is niets na te kijken of vast te leggen.\n";
    return 0;
  }
  const BlobHasher sha1(dirs);  // the hash module (libcrypto), only now that it is needed
  if (!sha1.ok()) {
    Diagnostics missing;
    missing.error({base_lock_path(config), 1, 1},
                  std::string("basis.lock kan niet ") + (record ? "geschreven" : "nagekeken") +
                      " worden: " + sha1.problem(),
                  {}, "basis-lock");
    print(missing.items);
    std::cerr << "Er is niets geschreven.\n";
    return 1;
  }
  const SiteContent base = load_base_content(fs, config, &workers);
  BaseLock now = snapshot_base_lock(config, merged, base, sha1);
  BaseLock lock;
  if (lock_text) {
    Diagnostics lock_diags;
    lock = read_base_lock(normalize_newlines(*lock_text), base_lock_path(config), lock_diags);
    if (lock_diags.has_errors()) {
      print(lock_diags.items);
      std::cerr << "basis.lock kan niet gelezen worden; er is niets geschreven.\n";
      return 1;
    }
    carry_over_vanished_questions(lock, config, now);
  }
  const std::string now_text = write_base_lock(now);

  UpdateReport r;
  r.site = config.gemeente.naam.empty() ? config.title : config.gemeente.naam;
  r.lock_file = base_lock_path(config);
  r.editie = config.kader_editie;
  r.paginas = now.paginas.size();
  r.vragen = now.vragen.size();
  r.woorden = now.begrippen.size() + now.afkortingen.size();
  if (lock_text) {
    r.has_lock = true;
    r.lock_editie = lock.editie;
    r.lock_current = normalize_newlines(*lock_text) == now_text;  // a CRLF checkout is the same
    r.findings =
        compare_base_lock(fs, lock, now, config, merged, base, changes ? &*changes : nullptr, sha1);
    report_base_findings(r.findings, diags);  // hints on the loader's errors
  }
  for (const auto& d : diags.items) {
    if (d.severity != Severity::error) continue;
    bool covered = false;
    for (const auto& f : r.findings) covered = covered || finding_covers(f, d);
    if (!covered) r.errors.push_back(d);
  }
  sort_diagnostics(r.errors);
  const int code = update_report_exit_code(r);

  std::cout << update_report_text(r);
  const std::string report_path =
      a.options.count("--rapport") ? a.options.at("--rapport") : config.resolve(kReportName);
  if (std::string problem = write_report(report_path, update_report_html(r)); !problem.empty()) {
    std::cerr << "wegwijzer: " << problem << '\n';
    return 1;
  }
  std::cout << "rapport: " << report_path << '\n';
  if (!record) return code;
  if (code == 1) {
    std::cerr << "basis.lock is niet vastgelegd: los eerst de fouten op.\n";
    return 1;
  }
  if (r.lock_current) {
    std::cout << "basis.lock was al actueel; er is niets veranderd.\n";
    return 0;
  }
  if (!write_file_atomically(r.lock_file, now_text)) {
    std::cerr << "wegwijzer: kan " << r.lock_file << " niet schrijven\n";
    return 1;
  }
  std::cout << "basis.lock vastgelegd" << (now.editie.empty() ? "" : " voor versie " + now.editie)
            << ": " << r.paginas << (r.paginas == 1 ? " pagina, " : " pagina's, ") << r.vragen
            << (r.vragen == 1 ? " uitspraak, " : " uitspraken, ") << r.woorden
            << " begrippen en afkortingen. Zet " << r.lock_file << " in git.\n";
  return 0;
}

}  // namespace ww
