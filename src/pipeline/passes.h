#pragma once
/// The passes as whole-site steps over a parsed site (mdBook's "preprocessor" shape), for the
/// tests and fuzzers that look at the syntax trees after the passes. The build itself runs the
/// same passes page by page (pipeline/page_stream.h), in the same order.
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

/// The passes of a build, in the order they run.
std::vector<Pass> default_passes();

}  // namespace ww
