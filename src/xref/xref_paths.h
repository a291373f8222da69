#pragma once
/// Output paths of the pages the cross-link passes generate.

namespace ww {

/// Every source with its full reference and the pages that cite it.
inline constexpr const char* kBronnenOutput = "bronnen.html";
/// Every abbreviation written out, with the pages that use it.
inline constexpr const char* kAfkortingenOutput = "afkortingen.html";
/// The id of the notes heading at the end of a page ("Bronnen en voetnoten").
inline constexpr const char* kNotenId = "noten";

}  // namespace ww
