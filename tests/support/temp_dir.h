#pragma once
// A fresh folder under the system's temporary folder for one test, removed with everything in
// it at the end. Made with mkdtemp, so tests running at the same time never share one.
#include <filesystem>
#include <string>

namespace ww::test {

struct TempDir {
  std::filesystem::path path;
  /// The folder is named "wegwijzer-<prefix>-" and six random characters.
  explicit TempDir(const std::string& prefix = "test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

}  // namespace ww::test
