// Writes a deterministic Wegwijzer site of N pages for benchmarks and the scale smoke test:
// TOML front matter, Dutch prose (~3 KB a page), tables, footnotes, links between pages,
// glossary terms with varianten, citations against bronnen.toml and VIT questions.
//
//   corpus_generator N DIR [--hugo]
//
// With --hugo it writes the same pages as a minimal Hugo site (citations and glossary left as
// plain text, links to .md sources as they are), so both generators get the same content.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Rng {  // xorshift64*: deterministic across platforms
  std::uint64_t s = 0x9E3779B97F4A7C15ull;
  std::uint64_t next() {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 2685821657736338717ull;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

const std::vector<std::string> kWords = {"gemeente",
                                         "inwoner",
                                         "inwoners",
                                         "ondersteuning",
                                         "lokale",
                                         "team",
                                         "teams",
                                         "toegang",
                                         "zorg",
                                         "hulp",
                                         "jeugd",
                                         "gezin",
                                         "buurt",
                                         "wijk",
                                         "samenwerking",
                                         "professional",
                                         "professionals",
                                         "werken",
                                         "samen",
                                         "dichtbij",
                                         "integraal",
                                         "mandaat",
                                         "vragen",
                                         "vraag",
                                         "aanbod",
                                         "beleid",
                                         "uitvoering",
                                         "bestuur",
                                         "afspraken",
                                         "kennis",
                                         "netwerk",
                                         "partners",
                                         "huisarts",
                                         "school",
                                         "onderwijs",
                                         "wonen",
                                         "werk",
                                         "inkomen",
                                         "schulden",
                                         "veiligheid",
                                         "regie",
                                         "passend",
                                         "nodig",
                                         "snel",
                                         "goed",
                                         "samenhang",
                                         "leefgebieden",
                                         "domein",
                                         "sociaal",
                                         "basis",
                                         "preventie",
                                         "signalen",
                                         "tijdig",
                                         "helpen",
                                         "bieden",
                                         "kunnen",
                                         "moeten",
                                         "worden",
                                         "hebben",
                                         "zijn",
                                         "voor",
                                         "met",
                                         "door",
                                         "over",
                                         "naar",
                                         "binnen",
                                         "tussen",
                                         "ook",
                                         "niet",
                                         "meer",
                                         "een",
                                         "de",
                                         "het",
                                         "en",
                                         "of",
                                         "in",
                                         "op",
                                         "aan",
                                         "bij",
                                         "van",
                                         "die",
                                         "dat",
                                         "als",
                                         "zodat",
                                         "omdat"};

const std::vector<std::pair<std::string, std::vector<std::string>>> kTerms = {
    {"sociale basis", {"sociale basissen"}},
    {"lokaal team", {"lokale teams", "lokale team"}},
    {"toegang", {"toegangen"}},
    {"regie", {}},
    {"maatwerkvoorziening", {"maatwerkvoorzieningen"}},
    {"ervaringsdeskundigheid", {"ervaringsdeskundige", "ervaringsdeskundigen"}},
    {"waakvlamcontact", {"waakvlamcontacten"}},
    {"casusregie", {}},
};

std::string sentence(Rng& r, std::size_t words) {
  std::string s;
  for (std::size_t i = 0; i < words; ++i) {
    std::string w = kWords[r.below(kWords.size())];
    if (i == 0) w[0] = static_cast<char>(w[0] - 32);
    if (!s.empty()) s += ' ';
    s += w;
  }
  return s + ".";
}

std::string page_name(std::size_t i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "pagina-%05zu", i);
  return buf;
}

std::string section_of(std::size_t i) {
  static const char* sections[] = {"kader", "basiskenmerken", "bijlagen", "achtergrond"};
  return sections[i % 4];
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string body(Rng& r, std::size_t n, bool hugo) {
  std::string b;
  for (int part = 0; part < 4; ++part) {
    b += "## " + sentence(r, 3).substr(0, sentence(r, 3).size() - 1) + " " +
         std::to_string(part + 1) + "\n\n";
    for (int para = 0; para < 2; ++para) {
      for (int s = 0; s < 4; ++s) b += sentence(r, 8 + r.below(8)) + " ";
      if (para == 0) {
        const auto& term = kTerms[r.below(kTerms.size())];
        b += "Het gaat om " + term.first + " in de buurt. ";
        std::size_t other = r.below(n);
        b += "Zie ook [" + page_name(other) + "](../" + section_of(other) + "/" + page_name(other) +
             ".md). ";
        if (!hugo)
          b += "[@bron-" + std::to_string(r.below(20)) + ", p. " + std::to_string(1 + r.below(90)) +
               "]";
        else
          b += "(bron " + std::to_string(r.below(20)) + ")";
      }
      b += "\n\n";
    }
  }
  b += "| Wat | Wie | Wanneer |\n|---|---|---|\n";
  for (int row = 0; row < 3; ++row) b += "| " + sentence(r, 3) + " | team | 2024 |\n";
  b += "\nEen opmerking met een voetnoot.[^1]\n\n- " + sentence(r, 6) + "\n- " + sentence(r, 7) +
       "\n\n[^1]: " + sentence(r, 10) + "\n";
  return b;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: corpus_generator N DIR [--hugo]\n";
    return 2;
  }
  const std::size_t n = std::stoul(argv[1]);
  const fs::path dir = argv[2];
  const bool hugo = argc > 3 && std::string(argv[3]) == "--hugo";
  Rng r;
  const fs::path content = dir / "content";
  for (const char* s : {"kader", "basiskenmerken", "bijlagen", "achtergrond"})
    write(content / s / "_index.md",
          std::string("+++\ntitle = \"") + s + "\"\nkort = \"Sectie " + s + ".\"\n+++\n");
  write(content / "_index.md",
        "+++\ntitle = \"Benchmark\"\nkort = \"Een grote testsite.\"\n+++\nWelkom.\n");
  for (std::size_t i = 0; i < n; ++i) {
    std::string sec = section_of(i);
    std::string fm = "+++\ntitle = \"" + sentence(r, 4) + "\"\nweight = " + std::to_string(i) +
                     "\nkort = \"" + sentence(r, 9) + "\"\n";
    if (sec == "basiskenmerken" && !hugo)
      fm += "nummer = " + std::to_string(1 + i % 13) + "\nwaarde = \"" +
            (i % 13 < 4    ? "dichtbij"
             : i % 13 < 10 ? "integraal"
                           : "mandaat") +
            "\"\n";
    fm += "+++\n";
    write(content / sec / (page_name(i) + ".md"), fm + body(r, n, hugo));
  }
  if (hugo) {
    write(dir / "hugo.toml",
          "baseURL = \"https://example.org/\"\ntitle = \"Benchmark\"\ndisableKinds = "
          "[\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\nrelativeURLs = true\nuglyURLs = "
          "true\n[markup.goldmark.renderer]\nunsafe = false\n");
    const std::string base =
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{{ .Title "
        "}}</title></head><body>"
        "<nav><ul>{{ range .Site.Sections }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title "
        "}}</a></li>{{ end }}</ul></nav>"
        "<main>{{ block \"main\" . }}{{ end }}</main></body></html>\n";
    write(dir / "layouts/_default/baseof.html", base);
    write(dir / "layouts/_default/single.html",
          "{{ define \"main\" }}<h1>{{ .Title }}</h1><p>{{ .Params.kort }}</p>{{ .TableOfContents "
          "}}{{ .Content }}{{ end }}\n");
    write(dir / "layouts/_default/list.html",
          "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a "
          "href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
    return 0;
  }
  std::string bronnen;
  for (int k = 0; k < 20; ++k)
    bronnen += "[bron-" + std::to_string(k) + "]\ntitel = \"Bron nummer " + std::to_string(k) +
               "\"\njaar = \"2023\"\n\n";
  write(content / "bronnen.toml", bronnen);
  write(content / "afkortingen.toml", "Wmo = \"Wet maatschappelijke ondersteuning\"\n");
  for (const auto& [term, varianten] : kTerms) {
    std::string slug = term;
    for (char& c : slug)
      if (c == ' ') c = '-';
    std::string v;
    for (const auto& x : varianten) v += (v.empty() ? "\"" : ", \"") + x + "\"";
    write(content / "woordenlijst" / (slug + ".md"), "+++\nterm = \"" + term + "\"\nvarianten = [" +
                                                         v + "]\nkort = \"Uitleg van " + term +
                                                         ".\"\n+++\nUitleg.\n");
  }
  write(content / "woordenlijst/_index.md",
        "+++\ntitle = \"Woordenlijst\"\nkort = \"Alle woorden.\"\n+++\n");
  write(content / "vit/_index.md", "+++\ntitle = \"VIT\"\nkort = \"De vragen.\"\n+++\n");
  for (int k = 1; k <= 13; ++k) {
    // A VIT part belongs to a basiskenmerk page (page i of the section has nummer 1 + i % 13):
    // a small corpus gets only the parts whose page exists, so it builds without warnings.
    bool has_page = false;
    for (std::size_t i = 1; i < n && !has_page; i += 4)
      has_page = 1 + static_cast<int>(i % 13) == k;
    if (!has_page) continue;
    std::string q;
    for (int j = 1; j <= 6; ++j)
      q += "[[vraag]]\nid = \"" + std::to_string(k) + "." + std::to_string(j) + "\"\ntekst = \"" +
           sentence(r, 9) + "\"\n";
    char name[32];
    std::snprintf(name, sizeof name, "%02d-kenmerk.md", k);
    write(content / "vit" / name, "+++\ntitle = \"VIT " + std::to_string(k) +
                                      "\"\nkenmerk = " + std::to_string(k) +
                                      "\nkort = \"Vragen.\"\n" + q + "+++\nHandvatten.\n");
  }
  write(dir / "site-config.toml", "title = \"Benchmark\"\nversie = \"1\"\ndatum = 2024-03-01\n");
  return 0;
}
