#pragma once
/// The VIT's answer scale and perspectives: one list for the server-rendered form and the
/// browser data, so the two never disagree.
#include <array>
#include <string_view>

namespace ww {

struct VitKeuze {
  std::string_view waarde;  ///< stored value, stable: saved answers use it
  std::string_view label;   ///< Dutch, as shown
  int score;                ///< 0-3 for the scale, -1 for "weet ik niet / niet van toepassing"
};

inline constexpr std::array<VitKeuze, 5> kVitKeuzes = {{
    {"nog-niet", "Nog niet", 0},
    {"een-beetje", "Een beetje", 1},
    {"grotendeels", "Grotendeels", 2},
    {"helemaal", "Helemaal", 3},
    {"weet-niet", "Weet ik niet / niet van toepassing", -1},
}};

struct VitPerspectief {
  std::string_view waarde;
  std::string_view label;
};

/// The four perspectives of the VIT (content/vit/_index.md "Alleen of met een team").
inline constexpr std::array<VitPerspectief, 4> kVitPerspectieven = {{
    {"inwoners", "Inwoners"},
    {"uitvoering", "Uitvoering"},
    {"beleid", "Beleid"},
    {"bestuur", "Bestuur"},
}};

}  // namespace ww
