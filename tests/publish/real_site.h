#pragma once
// Test helper: the real site (site-config.toml, content/, themes/) built once per test binary.
#include <map>
#include <string>

#include "support/mini_site.h"

namespace ww::test {

/// The site built into memory with the offline zip (pipeline/build_zip.h), built once.
struct RealSite {
  bool ok = false;
  std::string messages;
  std::map<std::string, std::string> files;  ///< the site, including the zip at its root
  std::string zip;                           ///< the zip's bytes
  std::string zip_file;                      ///< its name: "richtinggevend-kader-2024.03.zip"
};

/// Builds the real site with its zip (tests run in the source folder).
RealSite build_real_site();

/// build_real_site(), once.
const RealSite& real_site();

}  // namespace ww::test
