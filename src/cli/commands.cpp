#include "cli/commands.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>

#include "cli/args.h"
#include "cli/basis_command.h"
#include "cli/check_command.h"
#include "cli/init_gemeente.h"
#include "cli/release_at_exit.h"
#include "cli/theme_dirs.h"
#include "core/diagnostics.h"
#include "core/slug.h"
#include "editions/git_module.h"
#include "output/output_sink.h"
#include "pipeline/build.h"
#include "serve/serve.h"

namespace ww {

namespace {

const char* kUsage =
    "Gebruik: wegwijzer <opdracht> [opties]\n"
    "\n"
    "Opdrachten:\n"
    "  build   Bouwt de site uit site-config.toml, content/ en het thema.\n"
    "          --config BESTAND  configuratie (standaard: site-config.toml)\n"
    "          --out MAP         uitvoermap (standaard: output_dir uit de configuratie, public/)\n"
    "          --drafts          neem pagina's met draft = true mee\n"
    "          --quiet           geen samenvatting na afloop\n"
    "          --threads N       gebruik N threads (standaard: alle kernen; de uitvoer is gelijk)\n"
    "          --timings         toon per stap van de bouw de tijd en het geheugengebruik\n"
    "          --zip BESTAND     maak ook een zip om offline te lezen (een map: de zip krijgt\n"
    "                            de naam <short_name>-<versie>.zip); de site linkt ernaar\n"
    "\n"
    "  check   Controleert de site zonder iets te schrijven: dode links, onbekende bronnen en\n"
    "          termen, VIT-id's, front matter, toegankelijkheid van de tekst en de B1-taaltoets.\n"
    "          Elke bevinding staat op een regel: bestand:regel:kolom: fout|waarschuwing: ...\n"
    "          --config BESTAND  configuratie (standaard: site-config.toml)\n"
    "          --format text|json  uitvoer voor mensen (standaard) of voor CI\n"
    "          --strict          ook waarschuwingen geven exitcode 1\n"
    "          --rapport MAP     schrijf een HTML-rapport over de leesbaarheid in MAP\n"
    "          --drafts          neem pagina's met draft = true mee\n"
    "          --zonder-taal     sla de B1-taaltoets over\n"
    "          --threads N       gebruik N threads (standaard: alle kernen; de uitvoer is gelijk)\n"
    "          --alleen-lokaal   alleen meldingen over de eigen bestanden van de gemeente\n"
    "          --afbreekpatronen BESTAND  de Nederlandse patronen (standaard: hyph_nl_NL.dic\n"
    "                            van het Debian-pakket hyphen-nl, of $WEGWIJZER_HYPHEN_DIC)\n"
    "\n"
    "  serve   Bouwt de site en toont haar op http://127.0.0.1:1313/; bij elke wijziging\n"
    "          wordt de site opnieuw gebouwd en laden open pagina's vanzelf opnieuw.\n"
    "          --port N          poort (standaard: 1313 of de eerste vrije daarna; 0: een vrije)\n"
    "          --host ADRES      adres (standaard: 127.0.0.1, alleen deze computer)\n"
    "          --config BESTAND  configuratie (standaard: site-config.toml)\n"
    "          --drafts          neem pagina's met draft = true mee\n"
    "\n"
    "  basis   Voor een gemeente-kopie: wat is er veranderd in de tekst van de VNG onder de eigen\n"
    "          tekst (aanvullingen, vervangen en verborgen pagina's en vragen, begrippen)\n"
    "          sinds basis.lock? Toont een update-rapport en schrijft het ook als HTML.\n"
    "          --config BESTAND  configuratie (standaard: site-config.toml)\n"
    "          --rapport BESTAND het HTML-rapport (standaard: basis-rapport.html naast de\n"
    "                            configuratie; alleen een eerder rapport wordt vervangen)\n"
    "          --vastleggen      leg de tekst van de VNG van nu vast in basis.lock (na het\n"
    "                            nakijken); niet als er fouten zijn\n"
    "          Exitcodes: 0 niets na te kijken (of vastgelegd), 1 fouten, 3 nakijken nodig.\n"
    "\n"
    "  init gemeente --naam NAAM [--editie EDITIE] [--kader MAP] DOELMAP\n"
    "          Maakt een repository voor een eigen versie van een gemeente: configuratie,\n"
    "          een overlay 'lokaal/', een voorbeeld-aanvulling, logo, tokens, een README en\n"
    "          workflows die de site bouwen en publiceren (GitHub Pages, GitLab Pages).\n"
    "          --editie: de editie van de VNG-tekst (standaard: " WEGWIJZER_KADER_EDITIE
    ");\n"
    "                    scripts/ophalen.sh kader haalt die op in vng-kader/\n"
    "          --kader:  gebruik in plaats daarvan een contentmap die er al is\n"
    "\n"
    "  --help      deze uitleg\n"
    "  --version   versie van wegwijzer\n"
    "\n"
    "Exitcodes: 0 gelukt, 1 fouten in content of templates, 2 verkeerd gebruik.\n";

std::vector<CommandSpec> specs() {
  return {
      {"build",
       {"--drafts", "--quiet", "--timings"},
       {"--config", "--out", "--threads", "--zip"},
       0},
      {"init", {}, {"--naam", "--kader", "--editie"}, 2},
      check_command_spec(),
      basis_command_spec(),
      {"serve", {"--drafts"}, {"--config", "--port", "--host"}, 0},
  };
}

void print_diagnostics(Diagnostics& diags) {
  sort_diagnostics(diags.items);
  for (const auto& d : diags.items) std::cerr << format_diagnostic(d) << '\n';
}

std::string page_word(std::size_t n) { return n == 1 ? "pagina" : "pagina's"; }

int cmd_init(const Args& a) {
  if (a.positional.size() != 2 || a.positional[0] != "gemeente" || !a.options.count("--naam")) {
    std::cerr << "wegwijzer: gebruik: wegwijzer init gemeente --naam \"Gemeente X\" DOELMAP\n";
    return 2;
  }
  namespace fs = std::filesystem;
  const fs::path dir = a.positional[1];
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
    std::cerr << "wegwijzer: " << dir.string()
              << " bestaat al en is niet leeg; kies een nieuwe map\n";
    return 1;
  }
  GemeenteScaffold g;
  g.naam = a.options.at("--naam");
  g.kader_editie = a.options.count("--editie") ? a.options.at("--editie") : WEGWIJZER_KADER_EDITIE;
  g.wegwijzer_versie = WEGWIJZER_VERSION;
  g.wegwijzer_repo = WEGWIJZER_RELEASE_REPO;
  if (g.kader_editie.empty() ||
      g.kader_editie.find_first_not_of(
          "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_") !=
          std::string::npos) {
    std::cerr << "wegwijzer: --editie verwacht een editie zoals 2024.03, niet '" << g.kader_editie
              << "'\n";
    return 2;
  }
  // Without --kader the kader comes from the release (scripts/ophalen.sh kader unpacks it into
  // vng-kader/), so the new repository never points into the generator's source tree.
  g.content_dir = "vng-kader";
  if (a.options.count("--kader")) {
    const fs::path kader = a.options.at("--kader");
    if (!fs::is_directory(kader, ec)) {
      std::cerr << "wegwijzer: contentmap van de VNG niet gevonden: " << kader.string() << '\n';
      return 1;
    }
    g.content_dir = fs::relative(fs::absolute(kader), fs::absolute(dir).lexically_normal(), ec)
                        .generic_string();
    if (g.content_dir.empty()) g.content_dir = fs::absolute(kader).generic_string();
  }
  std::string slug = slugify(g.naam);
  if (slug.starts_with("gemeente-")) slug = slug.substr(9);
  g.theme_class = slug + "-theme";
  DiskOutput out(dir.string());
  for (const auto& [path, text] : scaffold_gemeente(g)) {
    if (!out.write(path, text)) {
      std::cerr << "wegwijzer: kan " << (dir / path).string() << " niet schrijven\n";
      return 1;
    }
    std::cout << "  " << (dir / path).string() << '\n';
  }
  std::cout << "Klaar. Lees " << (dir / "README.md").string() << " voor de volgende stappen";
  if (!a.options.count("--kader"))
    std::cout << ": haal eerst de tekst van de VNG op (editie " << g.kader_editie << ") met\n  sh "
              << (dir / "scripts/ophalen.sh").string() << " kader\nen bouw dan de site met";
  else
    std::cout << ". Bouw de site met";
  std::cout << ":\n  wegwijzer build --config " << (dir / "site-config.toml").string() << '\n';
  if (g.wegwijzer_repo.empty())
    std::cerr << "wegwijzer: let op: deze wegwijzer weet niet uit welke GitHub-repository hij "
                 "komt; vul in "
              << (dir / "scripts/ophalen.sh").string() << " WEGWIJZER_REPO in (nu "
              << kRepoPlaceholder << ")\n";
  return 0;
}

int cmd_build(const Args& a) {
  BuildOptions o;
  o.theme_dirs = builtin_theme_dirs();
  o.module_dirs = module_dirs();       // zip and hash modules: loaded only for --zip and basis.lock
  ModuleGitReader git(o.module_dirs);  // loaded only for a vorige_ref
  o.git = &git;
  if (a.options.count("--config")) o.config_path = a.options.at("--config");
  if (a.options.count("--out")) o.out_dir = a.options.at("--out");
  if (a.options.count("--zip")) o.zip_path = a.options.at("--zip");
  if (std::string error; !number_option(a, "--threads", 1, kMaxThreads, o.threads, error)) {
    std::cerr << "wegwijzer: " << error << '\n';
    return 2;
  }
  o.drafts = a.options.count("--drafts") > 0;
  o.stage_memory = a.options.count("--timings") > 0;
  const bool quiet = a.options.count("--quiet") > 0;
  auto start = std::chrono::steady_clock::now();
  Diagnostics diags;
  BuildStats stats;
  std::unique_ptr<BuildLeftovers> leftovers;  // freed by the end of the process
  o.leftovers = &leftovers;
  bool ok = build_to_disk(o, diags, stats);
  release_at_exit(std::move(leftovers));
  print_diagnostics(diags);
  if (!ok) {
    std::cerr << diags.count(Severity::error) << " fout(en) gevonden; de vorige uitvoer in "
              << stats.out_dir << " is niet veranderd.\n";
    return 1;
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  if (!quiet)
    std::cout << stats.pages << ' ' << page_word(stats.pages) << " in " << ms << " ms → "
              << stats.out_dir << "/\n";
  if (a.options.count("--timings"))
    for (const auto& t : stats.stages)
      std::cout << std::fixed << std::setprecision(1) << std::setw(9) << t.ms << " ms "
                << std::setw(6) << t.rss_kb / 1024 << " MB  " << t.stage << '\n';
  if (!quiet && !stats.zip_path.empty())
    std::cout << "zip: " << stats.zip_path << " (" << dutch_file_size(stats.zip_bytes) << ")\n";
  return 0;
}

int cmd_serve(const Args& a) {
  ServeOptions o;
  o.build.theme_dirs = builtin_theme_dirs();
  o.module_dirs = module_dirs();
  o.build.module_dirs = o.module_dirs;  // the hash module, for a basis.lock
  ModuleGitReader git(o.module_dirs);   // loaded only for a vorige_ref, at the first rebuild
  o.build.git = &git;
  if (a.options.count("--config")) o.build.config_path = a.options.at("--config");
  o.build.drafts = a.options.count("--drafts") > 0;
  if (a.options.count("--host")) o.host = a.options.at("--host");
  if (a.options.count("--port")) {
    unsigned port = 0;
    if (std::string error; !number_option(a, "--port", 0, 65535, port, error)) {
      std::cerr << "wegwijzer: " << error << '\n';
      return 2;
    }
    o.port = static_cast<int>(port);
  }
  return run_serve(o);
}

}  // namespace

int run_cli(const std::vector<std::string>& argv) {
  std::string error;
  auto args = parse_args(argv, specs(), error);
  if (!args) {
    std::cerr << "wegwijzer: " << error << "\n\n" << kUsage;
    return 2;
  }
  if (args->command == "help" || args->options.count("--help")) {
    std::cout << kUsage;
    return 0;
  }
  if (args->command == "version") {
    std::cout << "wegwijzer " << WEGWIJZER_VERSION << '\n';
    return 0;
  }
  try {
    if (args->command == "build") return cmd_build(*args);
    if (args->command == "init") return cmd_init(*args);
    if (args->command == "check") return cmd_check(*args, builtin_theme_dirs());
    if (args->command == "serve") return cmd_serve(*args);
    if (args->command == "basis") return cmd_basis(*args, builtin_theme_dirs());
  } catch (const std::exception& e) {
    std::cerr << "wegwijzer: interne fout: " << e.what() << '\n';
    return 1;
  }
  std::cerr << kUsage;
  return 2;
}

}  // namespace ww
