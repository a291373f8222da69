#include "core/toml_messages.h"

#include <array>
#include <utility>

namespace ww {

namespace {

bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

/// "'\n'" -> "het eind van de regel"; "'x'" stays.
std::string shown(std::string saw) {
  if (saw == "'\n'" || saw == "'\\n'" || saw == "'\r'") return "het eind van de regel";
  if (!saw.empty() && saw.back() == '\n') saw.pop_back();  // "'tru\n'" (toml++ quotes what it read)
  while (!saw.empty() && (saw.back() == '\n' || saw.back() == '\r')) saw.pop_back();
  return "'" +
         std::string(saw.size() >= 2 && saw.front() == '\'' ? saw.substr(1, saw.size() - 2) : saw) +
         "'";
}

std::string what_dutch(std::string_view what) {
  static const std::array<std::pair<std::string_view, std::string_view>, 16> names = {{
      {"key-value pair", "de regel sleutel = waarde"},
      {"table header", "de tabelkop [...]"},
      {"array-of-tables header", "de tabelkop [[...]]"},
      {"inline table", "de tabel { ... }"},
      {"array", "de lijst [ ... ]"},
      {"string", "de tekst"},
      {"literal string", "de tekst"},
      {"multi-line string", "de tekst over meer regels"},
      {"value", "de waarde"},
      {"date", "de datum"},
      {"time", "de tijd"},
      {"date-time", "de datum en tijd"},
      {"boolean", "true/false"},
      {"key", "de sleutel"},
      {"floating-point", "het kommagetal"},
      {"decimal integer", "het getal"},
  }};
  for (const auto& [en, nl] : names)
    if (what == en) return std::string(nl);
  return {};
}

std::string expected_dutch(std::string_view e) {
  if (e == "value") return "een waarde";
  if (e == "comma or closing ']'") return "een komma of ']'";
  if (e == "comma or closing '}'") return "een komma of '}'";
  if (e == "a comment or whitespace") return "niets meer (of een opmerking met #)";
  if (e == "key or closing '}'") return "een sleutel of '}'";
  if (starts(e, "'")) return std::string(e);
  return {};
}

std::string reason_dutch(std::string_view r) {
  if (r == "encountered end-of-file") return "het bestand houdt op voordat dit af is";
  if (starts(r, "expected 'true', saw ") || starts(r, "expected 'false', saw "))
    return "dit is geen true of false; zet tekst tussen aanhalingstekens: \"zoals hier\"";
  if (r == "could not determine value type")
    return "onbekende soort waarde; zet tekst tussen aanhalingstekens: \"zoals hier\"";
  if (r.find("control characters other than TAB") != std::string_view::npos)
    return "de tekst loopt door tot het eind van de regel; ontbreekt er een aanhalingsteken?";
  if (r == "expected key-value pair, saw closing '}' (dangling comma)")
    return "er staat een komma te veel voor '}'";
  if (r == "expected value or closing ']', saw comma") return "er staat een komma te veel";
  if (starts(r, "cannot redefine existing table '")) {
    std::string_view name = r.substr(32);
    return "tabel '" + std::string(name) + " komt twee keer voor";
  }
  if (starts(r, "cannot redefine existing ")) {
    std::size_t q = r.find('\'');
    if (q != std::string_view::npos)
      return "sleutel " + std::string(r.substr(q)) +
             " komt twee keer voor; een sleutel mag maar één keer";
  }
  for (auto [en, nl] :
       std::array<std::pair<std::string_view, std::string_view>, 5>{{{"month", "maand"},
                                                                     {"day", "dag"},
                                                                     {"hour", "uur"},
                                                                     {"minute", "minuut"},
                                                                     {"second", "seconde"}}}) {
    std::string p = "expected " + std::string(en) + " between ";
    if (starts(r, p)) {
      std::size_t saw = r.rfind("saw ");
      std::string_view range = r.substr(p.size(), r.find(" (") - p.size());
      std::string nl_range(range);
      if (auto a = nl_range.find(" and "); a != std::string::npos) nl_range.replace(a, 5, " en ");
      if (auto a = nl_range.find(" to "); a != std::string::npos) nl_range.replace(a, 4, " en ");
      return std::string("de ") + std::string(nl) + " moet tussen " + nl_range + " liggen" +
             (saw == std::string_view::npos ? "" : ", niet " + std::string(r.substr(saw + 4)));
    }
  }
  if (starts(r, "expected ")) {
    std::size_t saw = r.rfind(", saw ");
    if (saw != std::string_view::npos) {
      std::string want = expected_dutch(r.substr(9, saw - 9));
      if (!want.empty())
        return "hier hoort " + want + " te staan, maar er staat " +
               shown(std::string(r.substr(saw + 6)));
    }
  }
  return {};
}

}  // namespace

std::string toml_error_dutch(std::string_view description, std::string& original) {
  original.clear();
  std::string_view what, reason = description;
  static constexpr std::string_view prefix = "Error while parsing ";
  if (starts(description, prefix)) {
    std::size_t colon = description.find(": ", prefix.size());
    if (colon != std::string_view::npos) {
      what = description.substr(prefix.size(), colon - prefix.size());
      reason = description.substr(colon + 2);
    }
  }
  std::string nl = reason_dutch(reason);
  std::string in = what_dutch(what);
  if (nl.empty()) {
    original = std::string(description);
    return "ongeldige TOML" + (in.empty() ? std::string() : " in " + in) + ": " +
           std::string(reason);
  }
  return "ongeldige TOML" + (in.empty() ? std::string() : " in " + in) + ": " + nl;
}

}  // namespace ww
