// The parts of zip writing that need no libzip (names, timestamps, reading a comment); built into
// the binary and into the zip module (publish/zip_libzip.cpp).
#include "publish/zip_writer.h"

#include <cstdlib>
#include <string_view>

namespace ww {

DosTimestamp dos_timestamp(const std::string& datum) {
  int y = 1980, m = 1, d = 1;
  if (datum.size() == 10 && datum[4] == '-' && datum[7] == '-') {
    int yy = std::atoi(datum.substr(0, 4).c_str());
    int mm = std::atoi(datum.substr(5, 2).c_str());
    int dd = std::atoi(datum.substr(8, 2).c_str());
    if (yy >= 1980 && yy <= 2107 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
      y = yy;
      m = mm;
      d = dd;
    }
  }
  DosTimestamp t;
  t.date = static_cast<std::uint16_t>(((y - 1980) << 9) | (m << 5) | d);
  t.time = 0;
  return t;
}

std::string zip_entry_name_problem(const std::string& name) {
  if (name.empty()) return "lege naam";
  if (name.front() == '/') return "absoluut pad";
  for (unsigned char c : name) {
    if (c == '\\') return "backslash in de naam";
    if (c < 0x20 || c == 0x7f) return "stuurteken in de naam";
  }
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string::npos) end = name.size();
    const std::string_view seg(name.data() + start, end - start);
    if (seg == "." || seg == "..") return "'" + std::string(seg) + "' in het pad";
    if (seg.empty()) return "lege naam in het pad";
    start = end + 1;
  }
  return {};
}

std::optional<std::string> zip_archive_comment(const std::string& tail) {
  constexpr std::size_t kEocd = 22;
  if (tail.size() < kEocd) return std::nullopt;
  for (std::size_t i = tail.size() - kEocd + 1; i-- > 0;) {
    if (tail.compare(i, 4, "PK\x05\x06") != 0) continue;
    const std::size_t len =
        static_cast<unsigned char>(tail[i + 20]) | (static_cast<unsigned char>(tail[i + 21]) << 8);
    if (i + kEocd + len != tail.size()) continue;  // the comment runs to the end of the file
    return tail.substr(i + kEocd, len);
  }
  return std::nullopt;
}

}  // namespace ww
