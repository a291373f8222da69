// The repository files of a new gemeente folder: README, .gitignore, the fetch script and the CI
// workflows. They use the installed `wegwijzer` and never the generator's source tree.
#include <string>
#include <utility>
#include <vector>

#include "cli/init_gemeente.h"

namespace ww {

namespace {

/// Replaces every @KEY@ in `text`.
std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values)
    for (std::size_t at = text.find(key); at != std::string::npos;
         at = text.find(key, at + value.size()))
      text.replace(at, key.size(), value);
  return text;
}

// Fetches the package or the kader edition of one Wegwijzer release and checks its sha256.
// WEGWIJZER_URL (a folder with the release files, also file://) is for a mirror and for tests.
const char* kOphalen = R"~(#!/bin/sh
# Haalt Wegwijzer of de tekst van de VNG op bij een release van Wegwijzer en controleert
# het controlegetal (sha256) van elk bestand.
#
#   sh scripts/ophalen.sh wegwijzer   installeert het Debian-pakket (als root, Debian 12)
#   sh scripts/ophalen.sh kader       zet de editie kader_editie uit site-config.toml in content_dir
#
# Een andere release van Wegwijzer? Verander WEGWIJZER_VERSIE hieronder.
set -eu

WEGWIJZER_REPO=${WEGWIJZER_REPO:-@REPO@}
WEGWIJZER_VERSIE=${WEGWIJZER_VERSIE:-@VERSIE@}

cd "$(dirname "$0")/.."
fout() {
  echo "ophalen.sh: fout: $*" >&2
  exit 1
}
if [ -z "${WEGWIJZER_URL:-}" ]; then
  case $WEGWIJZER_REPO in
  EIGENAAR/*) fout "vul in scripts/ophalen.sh bij WEGWIJZER_REPO de GitHub-repository van Wegwijzer in (eigenaar/naam)" ;;
  esac
  WEGWIJZER_URL="https://github.com/$WEGWIJZER_REPO/releases/download/v$WEGWIJZER_VERSIE"
fi
config_waarde() {
  sed -n "s/^$1 *= *\"\([^\"]*\)\".*/\1/p" site-config.toml | head -n 1
}
werkmap=$(mktemp -d)
trap 'rm -rf "$werkmap"' EXIT
# Downloadt een bestand en zijn .sha256 naar de werkmap en controleert het.
download() {
  if ! curl -fsSL -o "$werkmap/$1" "$WEGWIJZER_URL/$1" || ! curl -fsSL -o "$werkmap/$1.sha256" "$WEGWIJZER_URL/$1.sha256"; then
    fout "$WEGWIJZER_URL/$1 (of $1.sha256) is niet te downloaden; bestaat deze release?"
  fi
  if ! (cd "$werkmap" && sha256sum --check --quiet "$1.sha256"); then
    fout "het controlegetal van $1 klopt niet; het bestand is niet gebruikt"
  fi
}

case ${1:-} in
wegwijzer)
  deb="wegwijzer_${WEGWIJZER_VERSIE}_amd64.deb"
  download "$deb"
  apt-get install -y -qq --no-install-recommends "$werkmap/$deb"
  wegwijzer --version
  ;;
kader)
  editie=$(config_waarde kader_editie)
  map=$(config_waarde content_dir)
  [ -n "$editie" ] || fout "site-config.toml noemt geen kader_editie"
  case $map in
  "" | /* | *..*) fout "content_dir in site-config.toml moet een map in deze repository zijn, niet '$map'" ;;
  esac
  download "kader-$editie.tar.gz"
  rm -rf "$map"
  mkdir -p "$map"
  tar -xzf "$werkmap/kader-$editie.tar.gz" -C "$map" --strip-components=1 --no-same-owner
  echo "De tekst van de VNG, editie $editie, staat in $map/."
  ;;
*)
  fout "gebruik: sh scripts/ophalen.sh wegwijzer|kader"
  ;;
esac
)~";

const char* kGithub = R"~(# Bouwt de site en zet haar op GitHub Pages, bij elke push naar main.
# Eenmalig in GitHub: Settings > Pages > Build and deployment > Source: GitHub Actions.
name: publiceren

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  bouwen:
    runs-on: ubuntu-latest
    container: debian:12
    timeout-minutes: 20
    steps:
      - name: Hulpmiddelen om te downloaden
        run: apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl git
      - uses: actions/checkout@v4
      - name: Wegwijzer installeren (Debian-pakket, controlegetal gecontroleerd)
        run: sh scripts/ophalen.sh wegwijzer
      - name: De tekst van de VNG ophalen (kader_editie uit site-config.toml, controlegetal gecontroleerd)
        run: sh scripts/ophalen.sh kader
      - name: Controleren (links, bronnen, begrippen, B1)
        run: wegwijzer check
      - name: Bouwen
        run: wegwijzer build
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public/

  publiceren:
    needs: bouwen
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
)~";

const char* kGitlab =
    R"~(# Voor GitLab: bouwt de site en zet haar op GitLab Pages, bij elke push naar de standaardbranch.
# Op GitHub doet .github/workflows/publiceren.yml hetzelfde; GitHub negeert dit bestand.
pages:
  image: debian:12
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl
    - sh scripts/ophalen.sh wegwijzer
    - sh scripts/ophalen.sh kader
    - wegwijzer check
    - wegwijzer build
  artifacts:
    paths:
      - public
)~";

const char* kGitignore = R"~(# Wat wegwijzer maakt of ophaalt; dat hoort niet in de repository.
/public/
/public.*/
*.zip
/basis-rapport.html
)~";

const char* kReadme = R"~(# @NAAM@: eigen versie van het richtinggevend kader

Dit is de eigen versie van @NAAM@ van het *Richtinggevend kader toegang,
lokale teams en integrale dienstverlening* van de VNG. De tekst van de VNG
verandert u niet. U voegt alleen eigen dingen toe: uw naam, logo, kleuren en
eigen teksten. Zo kunt u een nieuwe versie van de VNG makkelijk overnemen.

Het programma dat de site maakt, heet Wegwijzer.

## Wat staat waar?

| bestand of map | wat is het? |
| --- | --- |
| `site-config.toml` | de instellingen: naam, contact, kleuren, en welke editie van de VNG-tekst u gebruikt (`kader_editie`) |
| `lokaal/` | uw eigen teksten. Deze map legt Wegwijzer over de tekst van de VNG. |
| `voorbeelden/` | een voorbeeld van een eigen tekst. Deze map komt niet op de site. |
| `logo.svg` | uw logo. Nu staat er een tijdelijk logo met alleen uw naam. |
| `tokens.css` | uw kleuren, uit uw NL Design System-pakket. |
| `scripts/ophalen.sh` | haalt Wegwijzer en de tekst van de VNG op en controleert ze. |
| `.github/workflows/publiceren.yml` | zet de site op GitHub Pages na elke wijziging. |
| `.gitlab-ci.yml` | hetzelfde voor GitLab. |
| `@CONTENT@/` | de tekst van de VNG. Die haalt `scripts/ophalen.sh kader` op. Zet hem niet in git. |

## Stap 1: Wegwijzer installeren

Op een computer met Debian 12, als root (`curl` moet er zijn:
`apt install curl ca-certificates`):

```sh
sh scripts/ophalen.sh wegwijzer
```

Dat downloadt het pakket `wegwijzer_@VERSIE@_amd64.deb` van de release van
Wegwijzer, controleert het en installeert het. Daarna werkt `wegwijzer` in elke map.

## Stap 2: de tekst van de VNG ophalen

```sh
sh scripts/ophalen.sh kader
```

Dat downloadt `kader-<editie>.tar.gz` (de editie staat in `site-config.toml`
bij `kader_editie`), controleert het controlegetal (sha256) en pakt het uit
in `@CONTENT@/`.

## Stap 3: bouwen en bekijken

```sh
wegwijzer check    # controleert links, bronnen, begrippen en de taal (B1)
wegwijzer build    # maakt de site in public/
wegwijzer serve    # toont de site op http://127.0.0.1:1313/ terwijl u werkt
```

## Stap 4: uw eigen dingen invullen

- Zet uw eigen logo in `logo.svg` en uw kleuren in `tokens.css`.
- Vul in `site-config.toml` bij `[gemeente]` uw website, loket, telefoon en e-mail in.
- Schrijf uw eigen tekst bij een pagina. Kijk naar het voorbeeld in
  `voorbeelden/02-laagdrempelig.aanvulling.md`. Vervang de voorbeeldzinnen
  door uw eigen tekst en zet het bestand in `lokaal/basiskenmerken/`. Dan staat
  uw tekst onder de pagina van de VNG, met de kop "Zo doen wij dit in @NAAM@".
- Eigen bronnen zet u in `lokaal/bronnen.toml`.

## Stap 5: publiceren

**GitHub.** Zet deze map in een repository op GitHub. Kies in GitHub
*Settings > Pages > Source: GitHub Actions*. Na elke push naar `main` bouwt
`.github/workflows/publiceren.yml` de site en zet haar op GitHub Pages.

**GitLab.** Zet deze map in een project op GitLab. Het bestand `.gitlab-ci.yml`
doet daar hetzelfde: het installeert Wegwijzer, haalt de tekst van de VNG op,
controleert en bouwt de site. GitLab Pages zet de map `public/` online.

**Eigen webserver.** Zet de inhoud van `public/` op uw server. Elke link is
relatief, dus de site werkt ook in een submap.

## Vastleggen tegen welke tekst u schreef

Klaar met uw eigen teksten? Leg dan vast bij welke tekst van de VNG ze horen:

```sh
wegwijzer basis --vastleggen
```

Dat maakt het bestand `basis.lock`. Zet het in git. Bij een nieuwe editie ziet
u dan precies welke eigen tekst u moet nakijken.

## Een nieuwe editie van de VNG

Verander `kader_editie` in `site-config.toml`. Verander zo nodig ook
`WEGWIJZER_VERSIE` in `scripts/ophalen.sh`, als de nieuwe editie bij een
nieuwere release van Wegwijzer hoort. Haal dan de tekst opnieuw op
(`sh scripts/ophalen.sh kader`) en bekijk wat er veranderd is:

```sh
wegwijzer basis    # het update-rapport; ook in basis-rapport.html
```

Het rapport noemt elke eigen tekst waarvan de tekst van de VNG eronder
veranderd is, met de veranderingen per woord. Een pagina die een andere naam
kreeg, noemt het met de nieuwe naam. Pas uw eigen teksten aan. Alles goed?
Leg de nieuwe editie vast met `wegwijzer basis --vastleggen` en zet
`basis.lock` in git. Uitleg: "Een nieuwe versie van de VNG overnemen" in de
documentatie van Wegwijzer (docs/edities.md).
)~";

}  // namespace

std::map<std::string, std::string> gemeente_repo_files(const GemeenteScaffold& g) {
  const std::vector<std::pair<std::string, std::string>> values = {
      {"@NAAM@", g.naam},
      {"@CONTENT@", g.content_dir},
      {"@VERSIE@", g.wegwijzer_versie},
      {"@REPO@", g.wegwijzer_repo.empty() ? std::string(kRepoPlaceholder) : g.wegwijzer_repo},
  };
  std::map<std::string, std::string> files;
  files["scripts/ophalen.sh"] = fill(kOphalen, values);
  files[".github/workflows/publiceren.yml"] = kGithub;
  files[".gitlab-ci.yml"] = kGitlab;
  files[".gitignore"] = kGitignore;
  // The kader that scripts/ophalen.sh unpacks is fetched, not committed (a --kader folder outside
  // the repository needs no line).
  if (g.content_dir.find("..") == std::string::npos && !g.content_dir.empty() &&
      g.content_dir[0] != '/')
    files[".gitignore"] += "/" + g.content_dir + "/\n";
  files["README.md"] = fill(kReadme, values);
  return files;
}

}  // namespace ww
