// The zip module (lib/wegwijzer/wegwijzer-zip.so): reproducible zip archives with libzip.
// Built as a shared module, not into the binary, so that only `build --zip` loads libzip and the
// libcrypto it links (publish/zip_writer.h, core/module.h). Only the two symbols at the end are
// exported; the rest (and zip_writer.cpp, compiled into it too) has hidden visibility.
#include <zip.h>

#include <array>
#include <memory>

#include "publish/zip_writer.h"

namespace ww {

namespace {

/// Formats that do not get smaller by deflating them again.
bool already_compressed(const std::string& path) {
  static const std::array<const char*, 11> exts = {
      ".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".zip", ".pdf", ".gz", ".avif"};
  for (const char* e : exts) {
    std::string ext(e);
    if (path.ends_with(ext)) return true;
  }
  return false;
}

std::string libzip_error(zip_t* za) { return zip_error_strerror(zip_get_error(za)); }

struct SourceCloser {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

/// Reads the whole (closed) buffer source back into a string.
std::optional<std::string> read_source(zip_source_t* src, std::string& error) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(src, &st) < 0 || !(st.valid & ZIP_STAT_SIZE)) {
    error = "grootte van het zip-bestand onbekend";
    return std::nullopt;
  }
  if (zip_source_open(src) < 0) {
    error = zip_error_strerror(zip_source_error(src));
    return std::nullopt;
  }
  std::string out(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t n = zip_source_read(src, out.data(), st.size);
  zip_source_close(src);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    error = "zip-bestand kan niet gelezen worden";
    return std::nullopt;
  }
  return out;
}

std::optional<std::string> zip_with_libzip(const std::map<std::string, std::string>& files,
                                           const ZipSettings& settings, std::string& error) {
  if (files.empty()) {
    error = "geen bestanden om in te pakken";
    return std::nullopt;
  }
  zip_error_t zerr;
  zip_error_init(&zerr);
  std::unique_ptr<zip_source_t, SourceCloser> buffer(
      zip_source_buffer_create(nullptr, 0, 0, &zerr));
  if (!buffer) {
    error = zip_error_strerror(&zerr);
    zip_error_fini(&zerr);
    return std::nullopt;
  }
  zip_source_keep(buffer.get());  // stays ours after zip_close
  zip_t* za = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zerr);
  if (!za) {
    error = zip_error_strerror(&zerr);
    zip_error_fini(&zerr);
    return std::nullopt;
  }
  zip_error_fini(&zerr);
  const DosTimestamp ts = dos_timestamp(settings.datum);
  const std::string prefix =
      settings.top_folder.empty() ? std::string{} : settings.top_folder + "/";
  constexpr zip_uint32_t kFileMode = 0100644;  // regular file, rw-r--r--
  for (const auto& [path, bytes] : files) {
    // The map owns the bytes until zip_close, so libzip may read them without copying.
    zip_source_t* s = zip_source_buffer(za, bytes.data(), bytes.size(), 0);
    if (!s) {
      error = path + ": " + libzip_error(za);
      zip_discard(za);
      return std::nullopt;
    }
    const std::string name = prefix + path;
    if (std::string why = zip_entry_name_problem(name); !why.empty()) {
      error = "ongeldige naam in het zip-bestand '" + name + "': " + why;
      zip_source_free(s);
      zip_discard(za);
      return std::nullopt;
    }
    zip_int64_t idx = zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(s);
      error = path + ": " + libzip_error(za);
      zip_discard(za);
      return std::nullopt;
    }
    const auto i = static_cast<zip_uint64_t>(idx);
    const bool store = already_compressed(path) || bytes.empty();
    if (zip_set_file_compression(za, i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, store ? 0 : 9) < 0 ||
        zip_file_set_dostime(za, i, ts.time, ts.date, 0) < 0 ||
        zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX, kFileMode << 16) < 0) {
      error = path + ": " + libzip_error(za);
      zip_discard(za);
      return std::nullopt;
    }
  }
  if (!settings.comment.empty() &&
      zip_set_archive_comment(za, settings.comment.data(),
                              static_cast<zip_uint16_t>(settings.comment.size())) < 0) {
    error = libzip_error(za);
    zip_discard(za);
    return std::nullopt;
  }
  if (zip_close(za) < 0) {
    error = libzip_error(za);
    zip_discard(za);
    return std::nullopt;
  }
  return read_source(buffer.get(), error);
}

}  // namespace

}  // namespace ww

// The module's interface (core/module.h, publish/zip_writer.h).
extern "C" __attribute__((visibility("default"))) const char wegwijzer_module_build[] =
    WEGWIJZER_MODULE_BUILD;
extern "C" __attribute__((visibility("default"))) bool wegwijzer_make_zip(
    const std::map<std::string, std::string>& files, const ww::ZipSettings& settings,
    std::string& zip, std::string& error) {
  auto bytes = ww::zip_with_libzip(files, settings, error);
  if (bytes) zip = std::move(*bytes);
  return bytes.has_value();
}
