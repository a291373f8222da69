#pragma once
/// `wegwijzer init gemeente --naam "Gemeente X" DIR`: scaffolds a gemeente's own copy.
#include <map>
#include <string>

namespace ww {

struct GemeenteScaffold {
  std::string naam;         ///< "Gemeente Krimpenerwaard"
  std::string content_dir;  ///< VNG's content/, relative to the new folder
  std::string theme_class;  ///< "krimpenerwaard-theme"
};

/// The files of a new gemeente folder (path relative to it -> text): a site-config.toml that
/// builds on VNG's content, an overlay `lokaal/` with one example aanvulling, a logo
/// placeholder and a token file.
std::map<std::string, std::string> scaffold_gemeente(const GemeenteScaffold& g);

}  // namespace ww
