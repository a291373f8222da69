#include "editions/blob_hash.h"

namespace ww {

BlobHasher::BlobHasher(const std::vector<std::string>& dirs) {
  module_ = load_module(kHashModuleFile, "basis.lock te lezen of te schrijven", dirs, problem_);
  if (!module_) return;
  blob_id_ = reinterpret_cast<GitBlobId>(module_->symbol(kHashModuleEntry));
  if (!blob_id_)
    problem_ = "de module " + module_->path() + " heeft geen " + kHashModuleEntry +
               "; installeer wegwijzer opnieuw";
}

std::string BlobHasher::content_hash(const std::string& text) const {
  char hex[41] = {};
  if (!blob_id_ || !blob_id_(text.data(), text.size(), hex)) return {};
  return hex;
}

}  // namespace ww
