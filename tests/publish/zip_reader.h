#pragma once
// Test helper: reads a zip's raw headers (to check what libzip wrote) and its contents.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ww::test {

struct RawZipEntry {
  std::string name;
  std::uint16_t made_by = 0;  ///< high byte: operating system (3 = Unix)
  std::uint16_t flags = 0;
  std::uint16_t method = 0;  ///< 0 stored, 8 deflate
  std::uint16_t dos_time = 0;
  std::uint16_t dos_date = 0;
  std::uint32_t external_attributes = 0;
  std::uint16_t central_extra_length = 0;
  std::uint16_t local_extra_length = 0;
  std::uint16_t local_dos_time = 0;
  std::uint16_t local_dos_date = 0;
};

struct RawZip {
  bool ok = false;
  std::string error;
  std::vector<RawZipEntry> entries;  ///< central directory order
  std::uint16_t comment_length = 0;
};

/// Parses the end record, the central directory and each local header.
RawZip parse_zip(const std::string& bytes);

/// Every entry's uncompressed bytes (libzip), by name; empty map on error.
std::map<std::string, std::string> unzip(const std::string& bytes);

}  // namespace ww::test
