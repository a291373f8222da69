#pragma once
/// Dutch-aware slugs for heading ids and file names.
#include <map>
#include <string>
#include <string_view>

namespace ww {

/// "Één brede blik & analyse!" -> "een-brede-blik-analyse". Never empty: "" -> "kop".
std::string slugify(std::string_view text);

/// Hands out slugs unique within one page: "kop", "kop-2", "kop-3".
struct SlugSet {
  std::map<std::string, int> used;
  std::string unique(const std::string& slug);
};

}  // namespace ww
