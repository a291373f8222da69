#include "serve/watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/file_system.h"

namespace ww {

namespace {

constexpr uint32_t kMask = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB |
                           IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

}  // namespace

bool is_ignored_name(const std::string& name) {
  if (name.empty()) return true;
  return name.front() == '.' || name.front() == '#' || name.back() == '~' ||
         name.ends_with(".swp") || name.ends_with(".swx") || name == "4913";
}

Watcher::Watcher(const std::vector<WatchTarget>& targets, std::vector<std::string>& problems)
    : targets_(targets), problems_(&problems) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    problems.push_back(std::string("inotify: ") + std::strerror(errno));
    return;
  }
  for (const auto& t : targets_) add_target(t);
}

Watcher::~Watcher() {
  if (fd_ >= 0) close(fd_);
}

void Watcher::add_target(const WatchTarget& t) {
  std::error_code ec;
  if (t.recursive && std::filesystem::is_directory(t.path, ec)) {
    add_tree(t.path);
    return;
  }
  // A single file, or a folder that does not exist yet: watch the parent for that name.
  std::string parent = path_dir(t.path);
  if (parent.empty()) parent = ".";
  if (std::filesystem::is_directory(parent, ec)) add_dir(parent, false, path_file(t.path));
}

void Watcher::add_dir(const std::string& path, bool recursive, const std::string& name) {
  int wd = inotify_add_watch(fd_, path.c_str(), kMask);
  if (wd < 0) {
    problems_->push_back(path + ": " + std::strerror(errno) +
                         (errno == ENOSPC ? " (verhoog fs.inotify.max_user_watches)" : ""));
    return;
  }
  Dir& d = dirs_[wd];
  d.path = path;
  d.recursive = d.recursive || recursive;
  if (!name.empty()) d.names.insert(name);
}

void Watcher::add_tree(const std::string& path) {
  add_dir(path, true, {});
  std::error_code ec;
  for (std::filesystem::recursive_directory_iterator it(path, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (is_ignored_name(name)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) add_dir(it->path().string(), true, {});
  }
}

std::vector<std::string> Watcher::read_changes() {
  std::vector<std::string> changed;
  alignas(struct inotify_event) char buf[16384];
  bool rescan = false;
  while (true) {
    ssize_t n = read(fd_, buf, sizeof buf);
    if (n <= 0) break;
    for (char* p = buf; p < buf + n;) {
      const auto* ev = reinterpret_cast<const struct inotify_event*>(p);
      p += sizeof(struct inotify_event) + ev->len;
      if (ev->mask & IN_Q_OVERFLOW) {
        rescan = true;
        changed.emplace_back("(te veel wijzigingen tegelijk)");
        continue;
      }
      auto it = dirs_.find(ev->wd);
      if (it == dirs_.end()) continue;
      if (ev->mask & IN_IGNORED) {
        dirs_.erase(it);
        continue;
      }
      const Dir& dir = it->second;
      const std::string name = ev->len ? std::string(ev->name) : std::string();
      if (name.empty()) {
        if (dir.recursive) changed.push_back(dir.path);  // the folder itself went away
        continue;
      }
      if (is_ignored_name(name)) continue;
      const std::string full = path_join(dir.path, name);
      if (!dir.recursive && !dir.names.count(name)) continue;
      changed.push_back(full);
      if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO))) {
        if (dir.recursive) {
          add_tree(full);  // may invalidate `dir`
        } else {
          for (const auto& t : targets_)
            if (t.recursive && t.path == full) add_tree(full);
        }
      }
    }
  }
  if (rescan)
    for (const auto& t : targets_) add_target(t);
  return changed;
}

WaitResult wait_for_changes(Watcher& watcher, int stop_fd, std::chrono::milliseconds quiet,
                            std::vector<std::string>& changed) {
  using clock = std::chrono::steady_clock;
  pollfd fds[2] = {{stop_fd, POLLIN, 0}, {watcher.fd(), POLLIN, 0}};
  const nfds_t count = watcher.ok() ? 2 : 1;
  clock::time_point first{};
  while (true) {
    int timeout = -1;
    if (!changed.empty()) {
      auto left = std::min(quiet, std::chrono::duration_cast<std::chrono::milliseconds>(
                                      first + std::chrono::seconds(1) - clock::now()));
      timeout = static_cast<int>(std::max<long>(0, left.count()));
    }
    int r = poll(fds, count, timeout);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return WaitResult::stopped;
    if (fds[0].revents) return WaitResult::stopped;
    if (r == 0) return WaitResult::changed;  // quiet long enough after a change
    if (count > 1 && fds[1].revents) {
      auto more = watcher.read_changes();
      if (!more.empty() && changed.empty()) first = clock::now();
      // One save is several events (modify, close-write, or create and rename): each path once.
      for (auto& path : more)
        if (std::find(changed.begin(), changed.end(), path) == changed.end())
          changed.push_back(std::move(path));
    }
  }
}

}  // namespace ww
