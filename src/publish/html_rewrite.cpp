#include "publish/html_rewrite.h"

#include <algorithm>
#include <cctype>

#include "core/file_system.h"
#include "core/html.h"
#include "markdown/links.h"

namespace ww {

namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
         c == '.';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Attributes whose value is one id or a space-separated list of ids.
bool is_idref_attribute(const std::string& name) {
  static const char* names[] = {"id",
                                "for",
                                "headers",
                                "aria-labelledby",
                                "aria-describedby",
                                "aria-controls",
                                "aria-owns",
                                "aria-details",
                                "aria-flowto",
                                "aria-activedescendant",
                                "aria-errormessage",
                                "list",
                                "form",
                                "popovertarget",
                                "commandfor"};
  return std::any_of(std::begin(names), std::end(names), [&](const char* n) { return name == n; });
}

std::string prefix_ids(std::string_view value, const std::string& prefix) {
  std::string out;
  std::size_t i = 0;
  while (i < value.size()) {
    if (value[i] == ' ') {
      out += ' ';
      ++i;
      continue;
    }
    std::size_t end = value.find(' ', i);
    if (end == std::string_view::npos) end = value.size();
    out += prefix;
    out += value.substr(i, end - i);
    i = end;
  }
  return out;
}

/// "<h2" -> "<h3" with shift 1; other names unchanged.
std::string shifted_name(const std::string& name, int shift) {
  if (shift == 0 || name.size() != 2 || (name[0] != 'h' && name[0] != 'H') || name[1] < '1' ||
      name[1] > '6')
    return name;
  int level = std::min(6, name[1] - '0' + shift);
  return std::string(1, name[0]) + static_cast<char>('0' + level);
}

/// A relative link of the page at `from_output` as an absolute path under `base_path`.
std::string absolute_url(const std::string& url, const std::string& from_output,
                         const std::string& base_path) {
  if (url.empty() || url[0] == '#' || url[0] == '/' || is_external_url(url) ||
      url.find(':') != std::string::npos)
    return url;
  std::size_t cut = url.find_first_of("?#");
  std::string path = url.substr(0, cut);
  std::string tail = cut == std::string::npos ? std::string{} : url.substr(cut);
  auto target = path_normalize(path_join(path_dir(from_output), path));
  if (!target) return url;
  return base_path + *target + tail;
}

struct Scanner {
  std::string_view s;
  std::size_t pos = 0;
  std::string out;
  const FragmentMove& move;
  const std::string* absolute_base =
      nullptr;  ///< set: relative links become absolute paths under it

  void copy_until(std::string_view end_marker) {
    std::size_t end = s.find(end_marker, pos);
    end = end == std::string_view::npos ? s.size() : end + end_marker.size();
    out.append(s.substr(pos, end - pos));
    pos = end;
  }

  std::string read_name() {
    std::size_t start = pos;
    while (pos < s.size() && is_name_char(s[pos])) ++pos;
    return std::string(s.substr(start, pos - start));
  }

  std::string rewrite_value(const std::string& attr, std::string_view value) const {
    if (is_idref_attribute(attr)) return prefix_ids(value, move.id_prefix);
    if ((attr == "href" || attr == "src" || attr == "action") && absolute_base)
      return absolute_url(std::string(value), move.from_output, *absolute_base);
    if (attr == "href" || attr == "src") return move_url(std::string(value), move);
    return std::string(value);
  }

  /// After "<name": the attributes up to and including '>'.
  void attributes() {
    while (pos < s.size()) {
      char c = s[pos];
      if (c == '>') {
        out += '>';
        ++pos;
        return;
      }
      if (!is_name_char(c)) {  // whitespace, '/', stray characters
        out += c;
        ++pos;
        continue;
      }
      std::string name = read_name();
      out += name;
      const std::string key = lower(name);
      std::size_t after_name = pos;
      while (pos < s.size() && std::isspace(static_cast<unsigned char>(s[pos]))) ++pos;
      if (pos >= s.size() || s[pos] != '=') {
        pos = after_name;  // a boolean attribute
        continue;
      }
      ++pos;
      while (pos < s.size() && std::isspace(static_cast<unsigned char>(s[pos]))) ++pos;
      if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) {
        char q = s[pos];
        std::size_t end = s.find(q, pos + 1);
        if (end == std::string_view::npos) end = s.size();
        out += '=';
        out += q;
        out += rewrite_value(key, s.substr(pos + 1, end - pos - 1));
        out += q;
        pos = std::min(end + 1, s.size());
      } else {
        std::size_t start = pos;
        while (pos < s.size() && !std::isspace(static_cast<unsigned char>(s[pos])) && s[pos] != '>')
          ++pos;
        out += "=\"" + rewrite_value(key, s.substr(start, pos - start)) + "\"";
      }
    }
  }

  void run() {
    while (pos < s.size()) {
      std::size_t lt = s.find('<', pos);
      if (lt == std::string_view::npos) {
        out.append(s.substr(pos));
        return;
      }
      out.append(s.substr(pos, lt - pos));
      pos = lt;
      if (s.compare(pos, 4, "<!--") == 0) {
        copy_until("-->");
      } else if (pos + 1 < s.size() && (s[pos + 1] == '!' || s[pos + 1] == '?')) {
        copy_until(">");
      } else if (pos + 1 < s.size() && s[pos + 1] == '/') {
        pos += 2;
        std::string name = read_name();
        out += "</" + shifted_name(name, move.heading_shift);
      } else if (pos + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[pos + 1]))) {
        ++pos;
        std::string name = read_name();
        out += '<' + shifted_name(name, move.heading_shift);
        attributes();
        const std::string key = lower(name);
        if (key == "script" || key == "style" || key == "textarea") copy_until("</" + key);
      } else {
        out += '<';
        ++pos;
      }
    }
  }
};

}  // namespace

std::string move_url(const std::string& url, const FragmentMove& move) {
  if (url.empty()) return url;
  if (url[0] == '#') return "#" + move.id_prefix + url.substr(1);
  if (is_external_url(url) || url[0] == '/' || url.find(':') != std::string::npos) return url;
  std::size_t hash = url.find('#');
  std::string path = url.substr(0, hash);
  std::string frag = hash == std::string::npos ? std::string{} : url.substr(hash + 1);
  std::string query;
  if (std::size_t q = path.find('?'); q != std::string::npos) {
    query = path.substr(q);
    path = path.substr(0, q);
  }
  auto target = path_normalize(path_join(path_dir(move.from_output), path));
  if (!target) return url;  // leaves the site: nothing sensible to do
  if (move.moved && query.empty()) {
    if (auto it = move.moved->find(*target); it != move.moved->end())
      return "#" + it->second + (frag.empty() ? "" : "--" + frag);
  }
  return relative_url(move.to_output, *target) + query +
         (hash == std::string::npos ? "" : "#" + frag);
}

std::string base_url_path(const std::string& base_url) {
  std::size_t scheme = base_url.find("://");
  std::size_t start = scheme == std::string::npos ? 0 : base_url.find('/', scheme + 3);
  std::string path = start == std::string::npos ? "/" : base_url.substr(start);
  path = path.substr(0, path.find_first_of("?#"));
  if (path.empty() || path[0] != '/') path = "/" + path;
  if (path.back() != '/') path += '/';
  return path;
}

std::string absolute_links(std::string_view html, const std::string& output,
                           const std::string& base_path) {
  FragmentMove move{{}, output, output, 0, nullptr};
  Scanner sc{html, 0, {}, move, &base_path};
  sc.out.reserve(html.size() + html.size() / 8);
  sc.run();
  return std::move(sc.out);
}

std::string move_fragment(std::string_view html, const FragmentMove& move) {
  Scanner sc{html, 0, {}, move, nullptr};
  sc.out.reserve(html.size() + html.size() / 8);
  sc.run();
  return std::move(sc.out);
}

}  // namespace ww
