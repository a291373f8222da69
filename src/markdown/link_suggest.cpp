#include "markdown/link_suggest.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/file_system.h"
#include "core/suggest.h"

namespace ww {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

/// "06-brede-blik.md" -> {"06", "brede-blik"}: the number prefix and the name.
std::pair<std::string, std::string> split_stem(const std::string& path) {
  std::string stem = path_file(path);
  if (auto dot = stem.rfind('.'); dot != std::string::npos) stem.erase(dot);
  std::size_t digits = 0;
  while (digits < stem.size() && std::isdigit(static_cast<unsigned char>(stem[digits]))) ++digits;
  if (digits > 0 && digits < stem.size() && (stem[digits] == '-' || stem[digits] == '_'))
    return {stem.substr(0, digits), lower(stem.substr(digits + 1))};
  return {digits == stem.size() ? stem : std::string(), lower(stem)};
}

/// The words of a title, link text or file name (letters and digits, lower case, ASCII-folded
/// only as far as bytes go: accents stay part of the word).
std::set<std::string> words(const std::string& text) {
  std::set<std::string> out;
  std::string w;
  for (char ch : text + " ") {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      if (w.size() > 2) out.insert(w);  // "de", "en", "op" say nothing
      w.clear();
    }
  }
  return out;
}

double overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

double similarity(const std::string& a, const std::string& b) {
  const std::size_t longest = std::max(a.size(), b.size());
  if (longest == 0) return 0;
  return 1.0 - static_cast<double>(edit_distance(a, b)) / static_cast<double>(longest);
}

}  // namespace

std::string relative_source_link(const std::string& from, const std::string& to) {
  std::string dir = path_dir(from);
  std::string prefix;
  while (!dir.empty() && !to.starts_with(dir + "/")) {
    prefix += "../";
    dir = path_dir(dir);
  }
  return prefix + (dir.empty() ? to : to.substr(dir.size() + 1));
}

std::string suggest_target(const std::string& wanted, const std::string& from,
                           const std::string& text, const std::vector<LinkCandidate>& candidates) {
  const auto [number, name] = split_stem(wanted);
  const std::string folder = path_dir(wanted);
  const std::set<std::string> link_words = words(text);
  const std::set<std::string> name_words = words(name);
  const LinkCandidate* best = nullptr;
  double best_score = 0;
  for (const LinkCandidate& c : candidates) {
    const auto [c_number, c_name] = split_stem(c.source);
    const std::set<std::string> title_words = words(c.title);
    // Evidence that this is the page meant: its name, its title against the link text, its number.
    double evidence = 3.0 * similarity(name, c_name);
    evidence +=
        2.0 * std::max(overlap(link_words, title_words), overlap(link_words, words(c_name)));
    evidence +=
        1.5 * std::max(overlap(name_words, title_words), overlap(name_words, words(c_name)));
    if (!number.empty() && number == c_number) evidence += 1.0;  // "06-…" renamed to "06-…"
    if (evidence < 2.0) continue;  // nothing in common but the folder: no suggestion
    double score = evidence;
    if (path_dir(c.source) == folder) score += 3.0;  // the same section beats a namesake elsewhere
    score += 0.5 * similarity(wanted, c.source);     // tie-break: the whole path
    if (score > best_score || (score == best_score && best && c.source < best->source)) {
      best_score = score;
      best = &c;
    }
  }
  if (!best) return {};
  return relative_source_link(from, best->source);
}

}  // namespace ww
