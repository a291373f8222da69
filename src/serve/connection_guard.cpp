#include "serve/connection_guard.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <set>

namespace ww {

namespace {

std::string key_of(const std::string& addr, int port) { return addr + ' ' + std::to_string(port); }

/// The client of a connected TCP socket accepted on `local_port`, or "" for any other descriptor.
std::string client_of(int fd, int local_port) {
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode)) return {};
  sockaddr_storage local{}, peer{};
  socklen_t local_len = sizeof local, peer_len = sizeof peer;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_len) != 0) return {};
  if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_len) != 0)
    return {};  // listening socket
  char text[INET6_ADDRSTRLEN] = {};
  if (local.ss_family == AF_INET && peer.ss_family == AF_INET) {
    const auto& l = reinterpret_cast<const sockaddr_in&>(local);
    const auto& p = reinterpret_cast<const sockaddr_in&>(peer);
    if (ntohs(l.sin_port) != local_port) return {};
    inet_ntop(AF_INET, &p.sin_addr, text, sizeof text);
    return key_of(text, ntohs(p.sin_port));
  }
  if (local.ss_family == AF_INET6 && peer.ss_family == AF_INET6) {
    const auto& l = reinterpret_cast<const sockaddr_in6&>(local);
    const auto& p = reinterpret_cast<const sockaddr_in6&>(peer);
    if (ntohs(l.sin6_port) != local_port) return {};
    inet_ntop(AF_INET6, &p.sin6_addr, text, sizeof text);
    return key_of(text, ntohs(p.sin6_port));
  }
  return {};
}

}  // namespace

ConnectionGuard::~ConnectionGuard() { stop(); }

void ConnectionGuard::start(int port) {
  port_ = port;
  thread_ = std::thread([this] { run(); });
}

void ConnectionGuard::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ConnectionGuard::head_received(const std::string& addr, int port) {
  std::lock_guard lock(mutex_);
  conns_[key_of(addr, port)].handling = true;
}

void ConnectionGuard::answered(const std::string& addr, int port) {
  std::lock_guard lock(mutex_);
  auto it = conns_.find(key_of(addr, port));
  if (it == conns_.end()) return;
  it->second.handling = false;
  it->second.since = std::chrono::steady_clock::now();
}

void ConnectionGuard::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    sweep();
    lock.lock();
    wake_.wait_for(lock, std::chrono::seconds(1), [this] { return stopping_; });
  }
}

void ConnectionGuard::sweep() {
  // The descriptors of this process: the server's connections are among them.
  std::map<std::string, int> open;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    const int fd = std::atoi(entry.path().filename().c_str());
    if (std::string client = client_of(fd, port_); !client.empty()) open[client] = fd;
  }
  const auto now = std::chrono::steady_clock::now();
  std::set<int> too_slow;
  {
    std::lock_guard lock(mutex_);
    for (auto it = conns_.begin(); it != conns_.end();)
      it = open.count(it->first) ? std::next(it) : conns_.erase(it);  // closed since the last look
    for (const auto& [client, fd] : open) {
      auto [it, added] = conns_.try_emplace(client, Conn{now, false});
      if (!it->second.handling && now - it->second.since > kHeadDeadline) too_slow.insert(fd);
    }
  }
  // shutdown, not close: the server thread that reads the socket sees the end and closes it.
  // The descriptor is checked again, in case it was closed and reused meanwhile.
  for (int fd : too_slow) {
    const std::string client = client_of(fd, port_);
    std::lock_guard lock(mutex_);
    auto it = conns_.find(client);
    if (!client.empty() && it != conns_.end() && !it->second.handling) shutdown(fd, SHUT_RDWR);
  }
}

}  // namespace ww
