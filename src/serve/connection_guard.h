#pragma once
/// Closes connections of the preview server that take too long to send a request head
/// ("slowloris"). cpp-httplib only has a per-read timeout, so a client that sends one byte every
/// few seconds would hold a worker thread for hours. The guard looks at the server's own
/// connected sockets once a second; the HTTP handlers tell it when a request head has arrived
/// (handling) and when its answer is written (waiting for the next head).
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace ww {

class ConnectionGuard {
 public:
  /// How long a connection may take to send a complete request head.
  static constexpr std::chrono::seconds kHeadDeadline{10};

  ConnectionGuard() = default;
  ~ConnectionGuard();
  ConnectionGuard(const ConnectionGuard&) = delete;
  ConnectionGuard& operator=(const ConnectionGuard&) = delete;

  /// Starts watching the connections accepted on local `port`.
  void start(int port);
  void stop();

  /// A request head from `addr`:`port` was read; its answer is being written.
  void head_received(const std::string& addr, int port);
  /// The answer to `addr`:`port` was written; the connection may send a next head.
  void answered(const std::string& addr, int port);

 private:
  struct Conn {
    std::chrono::steady_clock::time_point since;  ///< waiting for a head since
    bool handling = false;
  };
  void run();
  void sweep();

  int port_ = 0;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::map<std::string, Conn> conns_;  ///< key: "addr port" of the client
  std::thread thread_;
};

}  // namespace ww
