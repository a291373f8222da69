#include "serve/site_state.h"

namespace ww {

SiteState::SiteState(std::string instance)
    : instance_(std::move(instance)),
      files_(std::make_shared<const SiteFiles>()),
      notices_(std::make_shared<const std::vector<Diagnostic>>()) {}

bool SiteState::publish_site(SiteFiles files, std::vector<Diagnostic> notices) {
  std::lock_guard<std::mutex> lock(mutex_);
  notices_ = std::make_shared<const std::vector<Diagnostic>>(std::move(notices));
  if (counter_ > 0 && !errors_ && *files_ == files) return false;
  files_ = std::make_shared<const SiteFiles>(std::move(files));
  errors_.reset();
  ++counter_;
  changed_.notify_all();
  return true;
}

void SiteState::publish_errors(std::vector<Diagnostic> diags) {
  std::lock_guard<std::mutex> lock(mutex_);
  errors_ = std::make_shared<const std::vector<Diagnostic>>(std::move(diags));
  ++counter_;
  changed_.notify_all();
}

SiteSnapshot SiteState::snapshot_locked() const {
  return {files_, errors_, notices_, instance_ + "." + std::to_string(counter_), stopping_};
}

SiteSnapshot SiteState::current() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return snapshot_locked();
}

SiteSnapshot SiteState::wait_for_change(const std::string& seen,
                                        std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return stopping_ || snapshot_locked().token != seen; });
  return snapshot_locked();
}

void SiteState::stop() {
  std::lock_guard<std::mutex> lock(mutex_);
  stopping_ = true;
  changed_.notify_all();
}

}  // namespace ww
