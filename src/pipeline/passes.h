#pragma once
/// The whole-site passes between parsing and rendering (mdBook's "preprocessor" shape):
/// each takes the parsed site and changes it. One file per pass; registered here in order.
#include <functional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

struct Pass {
  std::string name;
  std::function<void(ParsedSite&, const SiteConfig&, Diagnostics&)> run;
};

/// The passes of a normal build, in the order they run.
std::vector<Pass> default_passes();

}  // namespace ww
