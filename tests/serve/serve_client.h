#pragma once
// Test helpers for `wegwijzer serve`: start the binary as a child process, talk raw HTTP to it
// (raw, so targets like "/../x" reach the server unchanged) and read its event stream.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ww::test {

using namespace std::chrono_literals;

/// `wegwijzer serve ...` running in `cwd`, stdout and stderr captured in files.
class ServeProcess {
 public:
  ServeProcess(const std::filesystem::path& cwd, const std::vector<std::string>& args);
  ~ServeProcess();  ///< kills the process if it still runs
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  /// Waits for "Voorvertoning: http://127.0.0.1:PORT/" and returns PORT, or 0 on timeout/exit.
  int wait_for_port(std::chrono::milliseconds timeout = 30s);
  /// Waits until stdout contains `text` `count` times.
  bool wait_for_output(const std::string& text, int count = 1,
                       std::chrono::milliseconds timeout = 10s);
  /// Sends `sig` and waits for the exit; returns the exit code, or -1 when it did not exit in time.
  int stop(int sig, std::chrono::milliseconds timeout);
  [[nodiscard]] std::string out() const;
  [[nodiscard]] std::string err() const;
  [[nodiscard]] pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  std::filesystem::path out_, err_;
};

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  ///< names in lower case
  std::string body;
  [[nodiscard]] std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

/// One request to 127.0.0.1:`port`, the target sent exactly as given. nullopt on a network error.
/// `extra_headers`: more header lines, each ending in "\r\n".
std::optional<HttpResponse> http_request(int port, const std::string& target,
                                         const std::string& method = "GET",
                                         const std::string& host = "",
                                         const std::string& extra_headers = "");

/// An open event stream (GET /__wegwijzer/events...).
class EventStream {
 public:
  EventStream(int port, const std::string& target, const std::string& extra_headers = "");
  ~EventStream();
  EventStream(const EventStream&) = delete;
  EventStream& operator=(const EventStream&) = delete;
  [[nodiscard]] bool connected() const { return fd_ >= 0; }
  /// Reads until the text received after `from` contains `text`; returns its position or npos.
  std::size_t wait_for(const std::string& text, std::chrono::milliseconds timeout,
                       std::size_t from = 0);
  [[nodiscard]] const std::string& received() const { return received_; }

 private:
  int fd_ = -1;
  std::string received_;
};

/// The token in a page's Server-Timing header (`wegwijzer;desc="..."`).
std::string served_version(const HttpResponse& r);

/// Writes `text` to `path` (replacing it).
void write_file(const std::filesystem::path& path, const std::string& text);

}  // namespace ww::test
