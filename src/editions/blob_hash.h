#pragma once
/// The hashes in basis.lock: git blob ids (SHA-1 of "blob <size>\0" and the bytes, what
/// `git hash-object` gives), made with OpenSSL's libcrypto in the hash module
/// lib/wegwijzer/wegwijzer-sha1.so (editions/sha1_openssl.cpp). The binary does not link
/// libcrypto, so only a command that reads or writes a basis.lock loads it (core/module.h,
/// docs/architecture.md "Modules"). Owned by that command step: nothing kept in a global.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/module.h"

namespace ww {

/// The module's file and entry point: `bool wegwijzer_git_blob_id(data, size, hex)` writes the
/// 40 hex digits and a NUL to `hex` (41 chars) and returns true, or returns false.
inline constexpr const char* kHashModuleFile = "wegwijzer-sha1.so";
inline constexpr const char* kHashModuleEntry = "wegwijzer_git_blob_id";
using GitBlobId = bool (*)(const char*, std::size_t, char*);

class BlobHasher {
 public:
  /// Loads the hash module from `dirs` (module_dirs()); ok() tells whether that worked.
  explicit BlobHasher(const std::vector<std::string>& dirs);

  [[nodiscard]] bool ok() const { return blob_id_ != nullptr; }
  /// Why the module could not be loaded, in Dutch (empty when ok()).
  [[nodiscard]] const std::string& problem() const { return problem_; }
  /// The hex git blob id of `text`; empty when !ok() or libcrypto fails.
  [[nodiscard]] std::string content_hash(const std::string& text) const;

 private:
  std::optional<Module> module_;
  GitBlobId blob_id_ = nullptr;
  std::string problem_;
};

}  // namespace ww
