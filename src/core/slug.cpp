#include "core/slug.h"

#include <algorithm>

#include "core/utf8.h"

namespace ww {

std::string slugify(std::string_view text) {
  std::string folded = fold_text(text);
  std::string out;
  bool dash = false;
  for (char ch : folded) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += static_cast<char>(c);
    } else if (c == ' ' || c == '-' || c == '_' || c == '/' || c == '\t' || c == '\n') {
      dash = true;
    }
  }
  return out.empty() ? std::string("kop") : out;
}

std::string SlugSet::unique(const std::string& slug) {
  auto is_reserved = [this](std::string_view id) {
    return std::find(reserved.begin(), reserved.end(), id) != reserved.end();
  };
  int& n = used[slug];
  if (n == 0 && is_reserved(slug)) n = 1;
  ++n;
  if (n == 1) return slug;
  std::string candidate = slug + "-" + std::to_string(n);
  while (used.count(candidate) || is_reserved(candidate))
    candidate = slug + "-" + std::to_string(++n);
  used[candidate] = 1;
  return candidate;
}

}  // namespace ww
