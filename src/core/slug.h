#pragma once
/// Dutch-aware slugs for heading ids and file names.
#include <map>
#include <span>
#include <string>
#include <string_view>

namespace ww {

/// "Één brede blik & analyse!" -> "een-brede-blik-analyse". Never empty: "" -> "kop".
std::string slugify(std::string_view text);

/// Hands out slugs unique within one page: "kop", "kop-2", "kop-3".
struct SlugSet {
  /// Ids taken before the first slug (the layout's own), as if each were in `used` once; a list
  /// instead of entries in `used`, so a set per page costs no allocations for them.
  std::span<const std::string_view> reserved;
  std::map<std::string, int> used;
  std::string unique(const std::string& slug);
};

}  // namespace ww
