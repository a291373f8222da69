#include "content/front_matter.h"

namespace ww {

namespace {
bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "+++";
}
}  // namespace

std::optional<FrontMatterSplit> split_front_matter(std::string_view text, const std::string& file,
                                                   Diagnostics& diags) {
  if (text.find_first_not_of(" \t\n") == std::string_view::npos) {
    diags.error({file, 1, 1},
                "leeg bestand: een pagina heeft front matter tussen '+++'-regels nodig",
                "begin met '+++', dan bijvoorbeeld title = \"...\", dan '+++'", "front-matter");
    return std::nullopt;
  }
  std::size_t eol = text.find('\n');
  std::string_view first = text.substr(0, eol);
  if (!is_fence(first)) {
    diags.error({file, 1, 1}, "front matter ontbreekt: de eerste regel moet '+++' zijn",
                "zet title en kort tussen twee regels met '+++'", "front-matter");
    return std::nullopt;
  }
  std::size_t pos = eol == std::string_view::npos ? text.size() : eol + 1;
  int line = 2;
  const std::size_t front_start = pos;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    std::string_view l =
        text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (is_fence(l)) {
      FrontMatterSplit out;
      out.front = std::string(text.substr(front_start, pos - front_start));
      out.front_line = 2;
      std::size_t body_start = end == std::string_view::npos ? text.size() : end + 1;
      out.body = std::string(text.substr(body_start));
      out.body_line = line + 1;
      return out;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  diags.error({file, 1, 1}, "front matter is niet afgesloten: de tweede regel met '+++' ontbreekt",
              "zet een regel met alleen '+++' onder de front matter", "front-matter");
  return std::nullopt;
}

}  // namespace ww
