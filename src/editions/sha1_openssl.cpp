// The hash module (lib/wegwijzer/wegwijzer-sha1.so): git blob ids for basis.lock with OpenSSL's
// libcrypto (editions/blob_hash.h). A module so that the binary does not link libcrypto, whose
// start-up cost (thousands of symbol lookups, its constructor) every command paid. Only the two
// symbols at the end are exported.
#include <openssl/evp.h>

#include <cstddef>
#include <string>

// The module's interface (core/module.h, editions/blob_hash.h).
extern "C" __attribute__((visibility("default"))) const char wegwijzer_module_build[] =
    WEGWIJZER_MODULE_BUILD;
extern "C" __attribute__((visibility("default"))) bool wegwijzer_git_blob_id(const char* data,
                                                                             std::size_t size,
                                                                             char* hex) {
  // What git hashes for a blob: "blob <size>\0" and the bytes, SHA-1.
  const std::string header = "blob " + std::to_string(size) + std::string(1, '\0');
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  const bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha1(), nullptr) == 1 &&
                  EVP_DigestUpdate(ctx, header.data(), header.size()) == 1 &&
                  EVP_DigestUpdate(ctx, data, size) == 1 && EVP_DigestFinal_ex(ctx, md, &len) == 1;
  EVP_MD_CTX_free(ctx);
  if (!ok || len != 20) return false;
  static constexpr char kHex[] = "0123456789abcdef";
  for (unsigned int i = 0; i < len; ++i) {
    hex[2 * i] = kHex[md[i] >> 4];
    hex[2 * i + 1] = kHex[md[i] & 0xf];
  }
  hex[2 * len] = '\0';
  return true;
}
