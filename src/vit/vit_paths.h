#pragma once
/// Output paths of the VIT's generated files, shared by the VIT pass and the template data.
#include <string>

namespace ww {

/// The browser data: a script that defines `window.WEGWIJZER_VIT`.
inline constexpr const char* kVitDataOutput = "vit/vit-data.js";
/// The results page and ontwikkelplan (generated, no Markdown source).
inline constexpr const char* kVitResultatenOutput = "vit/resultaten.html";
/// The page that compares verkenningen and exports side by side (generated).
inline constexpr const char* kVitVergelijkenOutput = "vit/vergelijken.html";
/// The report of a comparison for the gemeenteraad: print, CSV and JSON (generated).
inline constexpr const char* kVitRapportOutput = "vit/rapport.html";
/// Templates of the VIT section page (`content/vit/_index.md` -> `vit.html`) and the generated
/// pages; a theme without them falls back to `page`.
inline constexpr const char* kVitOverzichtTemplate = "vit-overzicht";
inline constexpr const char* kVitResultatenTemplate = "vit-resultaten";
inline constexpr const char* kVitVergelijkenTemplate = "vit-vergelijken";
inline constexpr const char* kVitRapportTemplate = "vit-rapport";

/// "5.1" -> "5-1": a statement id usable in element ids and CSS selectors without escaping. The
/// standard theme gives each statement the id "vraag-<slug>" (afwijkingen.html links to it).
inline std::string vit_id_slug(const std::string& id) {
  std::string s = id;
  for (char& c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
      c = '-';
  return s;
}

}  // namespace ww
