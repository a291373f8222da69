#pragma once
// Test helper in the style of Hugo's integration tests: a whole small site written inline.
//
//   auto fs = mini_site(R"(
//   -- site-config.toml --
//   title = "Test"
//   -- content/_index.md --
//   +++
//   title = "Home"
//   +++
//   )");
//
// A minimal theme (base, page) is added unless the text defines
// themes/standaard/templates/base.mustache.
#include <string>
#include <string_view>

#include "core/file_system.h"
#include "output/output_sink.h"
#include "pipeline/build.h"

namespace ww::test {

MemoryFileSystem mini_site(std::string_view spec, bool with_theme = true);

struct BuildResult {
  bool ok = false;
  Diagnostics diags;
  std::map<std::string, std::string> files;
  /// All diagnostics formatted, one per line, for assertions and failure messages.
  std::string messages() const;
  bool has_message(const std::string& part) const {
    return messages().find(part) != std::string::npos;
  }
};

BuildResult build_memory(const FileSystem& fs, BuildOptions options = {});

/// The real kader (site-config.toml, content/ and themes/ of the repository, read from disk),
/// built in memory once per test program.
const BuildResult& kader_site();

/// A file of kader_site(); empty when it was not written.
const std::string& kader_file(const std::string& path);

}  // namespace ww::test
