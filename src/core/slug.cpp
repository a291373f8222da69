#include "core/slug.h"

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
  int& n = used[slug];
  ++n;
  if (n == 1) return slug;
  std::string candidate = slug + "-" + std::to_string(n);
  while (used.count(candidate)) candidate = slug + "-" + std::to_string(++n);
  used[candidate] = 1;
  return candidate;
}

}  // namespace ww
