#pragma once
/// The content's data files: bronnen.toml, afkortingen.toml, eindnoten.toml and vit/vervallen.toml.
#include <string_view>

#include "content/page.h"

namespace ww {

std::vector<Bron> parse_bronnen(std::string_view text, const std::string& file, Diagnostics& diags);
std::vector<Afkorting> parse_afkortingen(std::string_view text, const std::string& file,
                                         Diagnostics& diags);
std::vector<Eindnoot> parse_eindnoten(std::string_view text, const std::string& file,
                                      Diagnostics& diags);
std::vector<VitVraag> parse_vervallen_vragen(std::string_view text, const std::string& file,
                                             Diagnostics& diags);

}  // namespace ww
