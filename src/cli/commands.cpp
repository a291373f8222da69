#include "cli/commands.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>

#include "cli/args.h"
#include "cli/check_command.h"
#include "cli/init_gemeente.h"
#include "core/slug.h"
#include "output/output_sink.h"
#include "core/diagnostics.h"
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
    "  init gemeente --naam NAAM [--kader MAP] DOELMAP\n"
    "          Maakt een map voor een eigen versie van een gemeente: configuratie,\n"
    "          een overlay 'lokaal/' met een voorbeeld-aanvulling, logo en tokens.\n"
    "          --kader: de contentmap van de VNG (standaard: ./content).\n"
    "\n"
    "  --help      deze uitleg\n"
    "  --version   versie van wegwijzer\n"
    "\n"
    "Exitcodes: 0 gelukt, 1 fouten in content of templates, 2 verkeerd gebruik.\n";

std::vector<CommandSpec> specs() {
  return {
      {"build", {"--drafts", "--quiet", "--timings"}, {"--config", "--out", "--threads", "--zip"}, 0},
      {"init", {}, {"--naam", "--kader"}, 2},
      check_command_spec(),
      {"serve", {"--drafts"}, {"--config", "--port", "--host"}, 0},
  };
}

void print_diagnostics(Diagnostics& diags) {
  sort_diagnostics(diags.items);
  for (const auto& d : diags.items) std::cerr << format_diagnostic(d) << '\n';
}

std::string page_word(std::size_t n) { return n == 1 ? "pagina" : "pagina's"; }

/// Built-in themes: $WEGWIJZER_THEMES, else `themes/` next to the folder of the binary
/// (build/wegwijzer -> themes/), else share/wegwijzer/themes for an installed binary.
std::vector<std::string> builtin_theme_dirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("WEGWIJZER_THEMES")) dirs.emplace_back(env);
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    dirs.push_back((exe.parent_path().parent_path() / "themes").string());
    dirs.push_back((exe.parent_path().parent_path() / "share/wegwijzer/themes").string());
  }
  return dirs;
}

int cmd_init(const Args& a) {
  if (a.positional.size() != 2 || a.positional[0] != "gemeente" || !a.options.count("--naam")) {
    std::cerr << "wegwijzer: gebruik: wegwijzer init gemeente --naam \"Gemeente X\" DOELMAP\n";
    return 2;
  }
  namespace fs = std::filesystem;
  const fs::path dir = a.positional[1];
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
    std::cerr << "wegwijzer: " << dir.string() << " bestaat al en is niet leeg; kies een nieuwe map\n";
    return 1;
  }
  const fs::path kader = a.options.count("--kader") ? fs::path(a.options.at("--kader")) : fs::path("content");
  if (!fs::is_directory(kader, ec)) {
    std::cerr << "wegwijzer: contentmap van de VNG niet gevonden: " << kader.string()
              << " (geef die aan met --kader)\n";
    return 1;
  }
  GemeenteScaffold g;
  g.naam = a.options.at("--naam");
  g.content_dir = fs::relative(fs::absolute(kader), fs::absolute(dir).lexically_normal(), ec).generic_string();
  if (g.content_dir.empty()) g.content_dir = fs::absolute(kader).generic_string();
  std::string slug = slugify(g.naam);
  if (slug.rfind("gemeente-", 0) == 0) slug = slug.substr(9);
  g.theme_class = slug + "-theme";
  DiskOutput out(dir.string());
  for (const auto& [path, text] : scaffold_gemeente(g)) {
    if (!out.write(path, text)) {
      std::cerr << "wegwijzer: kan " << (dir / path).string() << " niet schrijven\n";
      return 1;
    }
    std::cout << "  " << (dir / path).string() << '\n';
  }
  std::cout << "Klaar. Bouw de site met: wegwijzer build --config " << (dir / "site-config.toml").string() << '\n';
  return 0;
}

int cmd_build(const Args& a) {
  BuildOptions o;
  o.theme_dirs = builtin_theme_dirs();
  if (a.options.count("--config")) o.config_path = a.options.at("--config");
  if (a.options.count("--out")) o.out_dir = a.options.at("--out");
  if (a.options.count("--zip")) o.zip_path = a.options.at("--zip");
  if (a.options.count("--threads")) o.threads = static_cast<unsigned>(std::stoul(a.options.at("--threads")));
  o.drafts = a.options.count("--drafts") > 0;
  const bool quiet = a.options.count("--quiet") > 0;
  auto start = std::chrono::steady_clock::now();
  Diagnostics diags;
  BuildStats stats;
  bool ok = build_to_disk(o, diags, stats);
  print_diagnostics(diags);
  if (!ok) {
    std::cerr << diags.count(Severity::error) << " fout(en) gevonden; de vorige uitvoer in " << stats.out_dir
              << " is niet veranderd.\n";
    return 1;
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  if (!quiet)
    std::cout << stats.pages << ' ' << page_word(stats.pages) << " in " << ms << " ms → " << stats.out_dir << "/\n";
  if (a.options.count("--timings"))
    for (const auto& t : stats.stages)
      std::cout << std::fixed << std::setprecision(1) << std::setw(9) << t.ms << " ms " << std::setw(6)
                << t.rss_kb / 1024 << " MB  " << t.stage << '\n';
  if (!quiet && !stats.zip_path.empty())
    std::cout << "zip: " << stats.zip_path << " (" << dutch_file_size(stats.zip_bytes) << ")\n";
  return 0;
}

int cmd_serve(const Args& a) {
  ServeOptions o;
  o.build.theme_dirs = builtin_theme_dirs();
  if (a.options.count("--config")) o.build.config_path = a.options.at("--config");
  o.build.drafts = a.options.count("--drafts") > 0;
  if (a.options.count("--host")) o.host = a.options.at("--host");
  if (a.options.count("--port")) {
    const std::string& v = a.options.at("--port");
    if (v.empty() || v.size() > 5 || v.find_first_not_of("0123456789") != std::string::npos || std::stoi(v) > 65535) {
      std::cerr << "wegwijzer: --port verwacht een getal van 0 tot en met 65535, niet '" << v << "'\n";
      return 2;
    }
    o.port = std::stoi(v);
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
  } catch (const std::exception& e) {
    std::cerr << "wegwijzer: interne fout: " << e.what() << '\n';
    return 1;
  }
  std::cerr << kUsage;
  return 2;
}

}  // namespace ww
