#include "support/temp_dir.h"

#include <stdlib.h>

#include <stdexcept>
#include <system_error>

namespace ww::test {

TempDir::TempDir(const std::string& prefix) {
  // mkdtemp replaces the last six characters, which must be 'X', with a unique name.
  std::string name =
      (std::filesystem::temp_directory_path() / ("wegwijzer-" + prefix + "-")).string();
  name.append(6, 'X');
  if (!::mkdtemp(name.data())) throw std::runtime_error("mkdtemp failed for " + name);
  path = name;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

}  // namespace ww::test
