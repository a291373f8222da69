#pragma once
/// Watching the site's sources with inotify: folders recursively (new subfolders are added as
/// they appear), single files through their folder. Editor leftovers (".x.swp", "x~") are ignored.
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ww {

struct WatchTarget {
  std::string path;
  bool recursive = true;  ///< a folder and everything below it; false: one file
};

class Watcher {
 public:
  /// Starts watching. Targets that do not exist yet are picked up when they are created in
  /// their (existing) parent folder. Problems (too many watches) go to `problems`.
  Watcher(const std::vector<WatchTarget>& targets, std::vector<std::string>& problems);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  /// The inotify descriptor, readable when events are pending (for poll).
  [[nodiscard]] int fd() const { return fd_; }
  [[nodiscard]] bool ok() const { return fd_ >= 0; }
  /// Reads the pending events without blocking and returns the changed paths that matter.
  std::vector<std::string> read_changes();

 private:
  struct Dir {
    std::string path;
    bool recursive = false;
    std::set<std::string> names;  ///< for non-recursive folders: the entries that matter
  };
  void add_dir(const std::string& path, bool recursive, const std::string& name);
  void add_tree(const std::string& path);
  void add_target(const WatchTarget& t);

  int fd_ = -1;
  std::vector<WatchTarget> targets_;
  std::map<int, Dir> dirs_;
  std::vector<std::string>* problems_;
};

enum class WaitResult { changed, stopped };

/// Blocks until a change that matters or until `stop_fd` becomes readable. After a change it
/// waits until `quiet` passes without a further one (at most 1 s in all), so a burst of saves
/// gives one rebuild. `changed` receives the paths, each once.
WaitResult wait_for_changes(Watcher& watcher, int stop_fd, std::chrono::milliseconds quiet,
                            std::vector<std::string>& changed);

/// True for names editors and systems write beside real files: ".x", "x~", "x.swp", "4913", "#x#".
bool is_ignored_name(const std::string& name);

}  // namespace ww
