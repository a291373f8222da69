#include "pipeline/token_check.h"

#include <array>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/suggest.h"
#include "pipeline/colour.h"
#include "pipeline/css_tokens.h"

namespace ww {

namespace {

struct Value {
  std::string text;
  SourcePos pos;
  bool gemeente = false;  ///< set by the gemeente's file
};

using Tokens = std::map<std::string, Value>;

struct Resolved {
  std::optional<Rgb> colour;
  std::string text;                   ///< the final value as written
  std::optional<SourcePos> gemeente;  ///< the first declaration of the gemeente's file on the way
};

/// Resolves var(--x[, fallback]) chains (at most 32 deep).
Resolved resolve(const Tokens& tokens, const std::string& name) {
  Resolved r;
  std::string current = name;
  for (int depth = 0; depth < 32; ++depth) {
    auto it = tokens.find(current);
    if (it == tokens.end()) return r;
    if (it->second.gemeente && !r.gemeente) r.gemeente = it->second.pos;
    const std::string& v = it->second.text;
    if (v.starts_with("var(")) {
      std::size_t end = v.find_first_of(",)", 4);
      std::string next = v.substr(4, end == std::string::npos ? std::string::npos : end - 4);
      while (!next.empty() && next.back() == ' ') next.pop_back();
      while (!next.empty() && next.front() == ' ') next.erase(next.begin());
      if (tokens.count(next) == 0 && end != std::string::npos && v[end] == ',') {
        std::string fallback = v.substr(end + 1, v.rfind(')') - end - 1);
        r.text = fallback;
        r.colour = parse_css_colour(fallback);
        return r;
      }
      current = next;
      continue;
    }
    r.text = v;
    r.colour = parse_css_colour(v);
    return r;
  }
  return r;
}

struct Pair {
  const char* what;
  const char* fg;
  const char* bg;
  double minimum;
};

// The pairs the standard theme draws (see themes/standaard/static/css/wegwijzer.css and
// docs/tokens.md).
constexpr std::array<Pair, 11> kPairs = {{
    {"tekst", "--utrecht-document-color", "--utrecht-document-background-color", 4.5},
    {"link", "--utrecht-link-color", "--utrecht-document-background-color", 4.5},
    {"link onder de muis", "--utrecht-link-hover-color", "--utrecht-document-background-color",
     4.5},
    {"knop", "--utrecht-button-primary-action-color",
     "--utrecht-button-primary-action-background-color", 4.5},
    {"knop onder de muis", "--utrecht-button-primary-action-hover-color",
     "--utrecht-button-primary-action-hover-background-color", 4.5},
    {"tweede knop", "--utrecht-button-secondary-action-color",
     "--utrecht-button-secondary-action-background-color", 4.5},
    {"focusrand", "--utrecht-focus-outline-color", "--utrecht-document-background-color", 3.0},
    {"kopbalk", "--utrecht-page-header-color", "--utrecht-page-header-background-color", 4.5},
    {"voettekst", "--utrecht-page-footer-color", "--utrecht-page-footer-background-color", 4.5},
    {"menu", "--utrecht-nav-bar-color", "--utrecht-nav-bar-background-color", 4.5},
    {"vak 'In het kort'", "--utrecht-spotlight-section-info-color",
     "--utrecht-spotlight-section-info-background-color", 4.5},
}};

std::string ratio_text(double r) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", r);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

bool applies(const std::string& selector, const std::string& klasse) {
  if (selector == ":root" || selector == "html") return true;
  if (klasse.empty()) return false;
  const std::string k = "." + klasse;
  return selector == k || selector == "html" + k || selector == ":root" + k;
}

void check_contrast(const Tokens& tokens, bool dark, Diagnostics& diags) {
  for (const Pair& p : kPairs) {
    Resolved fg = resolve(tokens, p.fg), bg = resolve(tokens, p.bg);
    if (!fg.colour || !bg.colour) continue;
    std::optional<SourcePos> where = fg.gemeente ? fg.gemeente : bg.gemeente;
    if (!where) continue;  // only Wegwijzer's defaults: those are tested with the theme
    double ratio = contrast_ratio(*fg.colour, *bg.colour);
    if (ratio + 1e-9 >= p.minimum) continue;
    diags.error(*where,
                std::string(dark ? "donkere modus, " : "") + p.what + ": contrast " +
                    ratio_text(ratio) + ":1 van " + colour_hex(*fg.colour) + " op " +
                    colour_hex(*bg.colour) + " is te laag (WCAG AA vraagt " +
                    ratio_text(p.minimum).substr(0, 3) + ":1)",
                std::string("kleuren uit ") + p.fg + " en " + p.bg +
                    "; kies een donkerdere of lichtere kleur",
                "thema-contrast");
  }
}

std::string kb(std::size_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

}  // namespace

void check_tokens(const TokenCheckInput& in, Diagnostics& diags) {
  Diagnostics css_diags;
  CssTokenFile css = read_css_tokens(in.text, in.file, css_diags);
  const bool broken = css_diags.has_errors();
  diags.merge(std::move(css_diags));
  if (broken) return;

  Diagnostics theme_diags;  // the theme's own file is tested with the theme
  CssTokenFile defaults = read_css_tokens(in.theme_tokens, in.theme_tokens_file, theme_diags);

  if (!in.klasse.empty()) {
    std::vector<std::string> classes = css_classes(css);
    bool found = false;
    for (const auto& c : classes) found = found || c == in.klasse;
    if (!found) {
      std::string hint = did_you_mean(in.klasse, classes);
      if (hint.empty() && !classes.empty() && classes.size() <= 5) {
        hint = "het tokenbestand kent:";
        for (const auto& c : classes) hint += " ." + c;
      }
      if (hint.empty())
        hint = "gebruik de klasse die in " + in.file + " voor de { staat, zonder de punt";
      diags.error(in.klasse_pos,
                  "klasse '" + in.klasse + "' staat niet in het tokenbestand " + in.file +
                      "; de site krijgt dan de standaardkleuren",
                  hint, "thema-klasse");
    }
  }

  Tokens light;
  std::set<std::string> theme_reads;
  std::map<std::string, std::string> theme_default_text;
  for (const auto& r : defaults.rules) {
    if (r.dark) continue;
    bool ours = false;
    for (const auto& s : r.selectors) ours = ours || s == ".wegwijzer-theme";
    if (!ours) continue;
    for (const auto& d : r.declarations) {
      light[d.name] = {d.value, d.pos, false};
      theme_reads.insert(d.name);
      theme_default_text[d.name] = d.value;
    }
  }
  Tokens dark;
  bool has_dark = false;
  std::size_t used = 0;
  for (const auto& r : css.rules) {
    bool on_page = false;
    for (const auto& s : r.selectors) on_page = on_page || applies(s, in.klasse);
    if (!on_page) continue;
    for (const auto& d : r.declarations) {
      if (r.dark) {
        has_dark = true;
        continue;
      }
      light[d.name] = {d.value, d.pos, true};
      used += theme_reads.count(d.name);
    }
  }
  check_contrast(light, false, diags);
  if (has_dark) {
    dark = light;
    for (const auto& r : css.rules) {
      if (!r.dark) continue;
      bool on_page = false;
      for (const auto& s : r.selectors) on_page = on_page || applies(s, in.klasse);
      if (!on_page) continue;
      for (const auto& d : r.declarations) dark[d.name] = {d.value, d.pos, true};
    }
    Diagnostics dark_diags;
    check_contrast(dark, true, dark_diags);
    // A pair that fails the same way in light mode is reported once.
    for (auto& d : dark_diags.items) {
      bool same = false;
      std::string tail = d.message.substr(std::string("donkere modus, ").size());
      for (const auto& l : diags.items)
        same = same || (l.pos.line == d.pos.line && l.pos.file == d.pos.file && l.message == tail);
      if (!same) diags.items.push_back(std::move(d));
    }
  }

  // A package that maps a component back to other colours than the gemeente's own brand tokens
  // (NL Design System's example package puts the page header on the white page colour).
  for (const auto& [component, def] : theme_default_text) {
    if (!component.starts_with("--utrecht-") || !def.starts_with("var(--basis-color-accent-"))
      continue;
    auto it = light.find(component);
    if (it == light.end() || !it->second.gemeente) continue;
    std::string basis = def.substr(4, def.find(')') - 4);
    auto b = light.find(basis);
    if (b == light.end() || !b->second.gemeente) continue;
    Resolved mine = resolve(light, component), brand = resolve(light, basis);
    if (!mine.colour || !brand.colour || colour_hex(*mine.colour) == colour_hex(*brand.colour))
      continue;
    diags.warning(
        it->second.pos,
        "het tokenbestand zet " + component + " op " + colour_hex(*mine.colour) +
            "; uw huiskleur " + basis + " (" + colour_hex(*brand.colour) +
            ") wordt daar dan niet gebruikt",
        "laat " + component + " weg of zet het op var(" + basis + ") als u uw huiskleur wilt zien",
        "thema-huiskleur");
  }

  if (in.text.size() > kCssBudgetBytes)
    diags.warning({in.file, 1, 1},
                  "het tokenbestand is " + kb(in.text.size()) +
                      "; elke pagina laadt het, en de CSS van een pagina mag " + "samen " +
                      kb(kCssBudgetBytes) + " zijn",
                  "het thema leest " + std::to_string(used) + " van de " +
                      std::to_string(css.custom_properties) +
                      " tokens in dit bestand; houd die over en de tokens waar zij met var() naar "
                      "verwijzen (lijst: docs/tokens.md)",
                  "thema-grootte");
}

}  // namespace ww
