#include "publish/zip_reader.h"

#include <zip.h>

namespace ww::test {

namespace {
std::uint16_t u16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    (static_cast<unsigned char>(b[at + 1]) << 8));
}
std::uint32_t u32(const std::string& b, std::size_t at) {
  return u16(b, at) | (std::uint32_t(u16(b, at + 2)) << 16);
}
}  // namespace

RawZip parse_zip(const std::string& b) {
  RawZip z;
  if (b.size() < 22) {
    z.error = "te kort";
    return z;
  }
  std::size_t eocd = b.rfind(std::string("PK\x05\x06", 4));
  if (eocd == std::string::npos || eocd + 22 > b.size()) {
    z.error = "geen end-of-central-directory";
    return z;
  }
  const std::uint16_t count = u16(b, eocd + 10);
  std::size_t at = u32(b, eocd + 16);
  z.comment_length = u16(b, eocd + 20);
  for (std::uint16_t i = 0; i < count; ++i) {
    if (at + 46 > b.size() || u32(b, at) != 0x02014b50) {
      z.error = "central directory kapot";
      return z;
    }
    RawZipEntry e;
    e.made_by = u16(b, at + 4);
    e.flags = u16(b, at + 8);
    e.method = u16(b, at + 10);
    e.dos_time = u16(b, at + 12);
    e.dos_date = u16(b, at + 14);
    const std::uint16_t name_len = u16(b, at + 28);
    e.central_extra_length = u16(b, at + 30);
    const std::uint16_t comment_len = u16(b, at + 32);
    e.external_attributes = u32(b, at + 38);
    const std::uint32_t local = u32(b, at + 42);
    e.name = b.substr(at + 46, name_len);
    if (local + 30 > b.size() || u32(b, local) != 0x04034b50) {
      z.error = "local header kapot: " + e.name;
      return z;
    }
    e.local_dos_time = u16(b, local + 10);
    e.local_dos_date = u16(b, local + 12);
    e.local_extra_length = u16(b, local + 28);
    z.entries.push_back(e);
    at += 46 + name_len + e.central_extra_length + comment_len;
  }
  z.ok = true;
  return z;
}

std::map<std::string, std::string> unzip(const std::string& bytes) {
  std::map<std::string, std::string> out;
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) return out;
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  zip_error_fini(&err);
  if (!za) {
    zip_source_free(src);
    return out;
  }
  const zip_int64_t n = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st);
    zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
    if (!f) continue;
    std::string data(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t got = data.empty() ? 0 : zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    if (got == static_cast<zip_int64_t>(st.size)) out[st.name] = std::move(data);
  }
  zip_close(za);
  return out;
}

}  // namespace ww::test
