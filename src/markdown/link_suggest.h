#pragma once
/// Hints for dead links: which page (or file) the editor probably meant, written as the path
/// the editor must put in the linking file (relative to its folder, the way links are written).
#include <string>
#include <vector>

namespace ww {

struct LinkCandidate {
  std::string source;  ///< relative to the content root: "basiskenmerken/06-samen.md"
  std::string title;   ///< the page title; empty for a file
};

/// The candidate that a dead link to `wanted` (normalized, relative to the content root) from the
/// page `from` (its source path) with link text `text` most likely meant, or "" when none is
/// close. Judged by name and content, not by spelling of the whole path alone: the file name
/// without its number, the link text against the title, the same folder and the same number count;
/// so after a rename the renamed page wins over a same-named page in another section.
std::string suggest_target(const std::string& wanted, const std::string& from,
                           const std::string& text, const std::vector<LinkCandidate>& candidates);

/// `to` as a link written in the file `from` (both relative to the content root):
/// ("kader/een.md", "basiskenmerken/05-x.md") -> "../basiskenmerken/05-x.md".
std::string relative_source_link(const std::string& from, const std::string& to);

}  // namespace ww
