#include "serve/serve_client.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace ww::test {

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int connect_loopback(int port) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

bool send_all(int fd, const std::string& s) {
  std::size_t sent = 0;
  while (sent < s.size()) {
    ssize_t n = send(fd, s.data() + sent, s.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

/// Reads what is available within `ms`; false on EOF or error.
bool read_some(int fd, std::string& into, int ms) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, ms) <= 0) return true;
  char buf[8192];
  ssize_t n = recv(fd, buf, sizeof buf, 0);
  if (n <= 0) return false;
  into.append(buf, static_cast<std::size_t>(n));
  return true;
}

std::string request_text(const std::string& method, const std::string& target,
                         const std::string& host, bool close,
                         const std::string& extra_headers = {}) {
  return method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" +
         (close ? "Connection: close\r\n" : "") + extra_headers + "\r\n";
}

}  // namespace

ServeProcess::ServeProcess(const fs::path& cwd, const std::vector<std::string>& args) {
  out_ = cwd / "serve-stdout.txt";
  err_ = cwd / "serve-stderr.txt";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  std::vector<std::string> argv_s = {WEGWIJZER_BINARY, "serve"};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  // Catch2 or ctest may block signals; the child starts with a clean mask.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
  if (posix_spawn(&pid_, WEGWIJZER_BINARY, &actions, &attr, argv.data(), environ) != 0) pid_ = -1;
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
}

ServeProcess::~ServeProcess() {
  if (pid_ > 0 && waitpid(pid_, nullptr, WNOHANG) == 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
}

std::string ServeProcess::out() const { return slurp(out_); }
std::string ServeProcess::err() const { return slurp(err_); }

bool ServeProcess::wait_for_output(const std::string& text, int count,
                                   std::chrono::milliseconds timeout) {
  auto end = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < end) {
    std::string o = out();
    int found = 0;
    for (auto p = o.find(text); p != std::string::npos; p = o.find(text, p + 1)) ++found;
    if (found >= count) return true;
    std::this_thread::sleep_for(10ms);
  }
  return false;
}

int ServeProcess::wait_for_port(std::chrono::milliseconds timeout) {
  const std::string marker = "Voorvertoning: http://127.0.0.1:";
  if (!wait_for_output(marker, 1, timeout)) return 0;
  std::string o = out();
  return std::atoi(o.c_str() + o.find(marker) + marker.size());
}

int ServeProcess::stop(int sig, std::chrono::milliseconds timeout) {
  if (pid_ <= 0) return -1;
  kill(pid_, sig);
  auto end = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < end) {
    int status = 0;
    pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(5ms);
  }
  return -1;
}

std::optional<HttpResponse> http_request(int port, const std::string& target,
                                         const std::string& method, const std::string& host,
                                         const std::string& extra_headers) {
  int fd = connect_loopback(port);
  if (fd < 0) return std::nullopt;
  std::string h = host.empty() ? "127.0.0.1:" + std::to_string(port) : host;
  if (!send_all(fd, request_text(method, target, h, true, extra_headers))) {
    close(fd);
    return std::nullopt;
  }
  std::string raw;
  auto end = std::chrono::steady_clock::now() + 10s;
  while (std::chrono::steady_clock::now() < end && read_some(fd, raw, 100)) {
  }
  close(fd);
  auto head_end = raw.find("\r\n\r\n");
  if (head_end == std::string::npos || raw.rfind("HTTP/1.1 ", 0) != 0) return std::nullopt;
  HttpResponse r;
  r.status = std::atoi(raw.c_str() + 9);
  std::istringstream head(raw.substr(0, head_end));
  std::string line;
  std::getline(head, line);
  while (std::getline(head, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    r.headers[name] = line.substr(line.find_first_not_of(' ', colon + 1));
  }
  r.body = raw.substr(head_end + 4);
  return r;
}

EventStream::EventStream(int port, const std::string& target, const std::string& extra_headers) {
  fd_ = connect_loopback(port);
  if (fd_ >= 0 && !send_all(fd_, request_text("GET", target, "127.0.0.1:" + std::to_string(port),
                                              false, extra_headers))) {
    close(fd_);
    fd_ = -1;
  }
}

EventStream::~EventStream() {
  if (fd_ >= 0) close(fd_);
}

std::size_t EventStream::wait_for(const std::string& text, std::chrono::milliseconds timeout,
                                  std::size_t from) {
  auto end = std::chrono::steady_clock::now() + timeout;
  while (true) {
    if (auto p = received_.find(text, from); p != std::string::npos) return p;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        end - std::chrono::steady_clock::now());
    if (left.count() <= 0 || fd_ < 0) return std::string::npos;
    if (!read_some(fd_, received_, static_cast<int>(std::min<long>(left.count(), 50)))) {
      close(fd_);
      fd_ = -1;
    }
  }
}

std::string served_version(const HttpResponse& r) {
  std::string st = r.header("server-timing");
  auto q = st.find("desc=\"");
  if (q == std::string::npos) return {};
  q += 6;
  return st.substr(q, st.find('"', q) - q);
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

}  // namespace ww::test
