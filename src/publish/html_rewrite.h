#pragma once
/// Moves a rendered page body into another page (the print edition): ids get a prefix so
/// they stay unique, same-page links follow them, relative links are re-based, links to pages
/// that moved along point inside the new page, and headings go down a level.
#include <map>
#include <string>
#include <string_view>

namespace ww {

struct FragmentMove {
  std::string id_prefix;    ///< prepended to every id and id reference: "hoofdstuk-1--"
  std::string from_output;  ///< where the fragment was rendered: "kader/hoofdstuk-1.html"
  std::string to_output;    ///< where it goes: "print.html"
  int heading_shift = 0;    ///< 1: <h2> becomes <h3> (at most <h6>)
  /// Pages that are part of the new page too: output path -> the id of their part.
  /// A link to "<output>#x" becomes "#<part id>--x", a link to "<output>" becomes "#<part id>".
  const std::map<std::string, std::string>* moved = nullptr;
};

/// The path of a base_url, with a trailing slash: "https://x.nl/kader" -> "/kader/".
std::string base_url_path(const std::string& base_url);

/// A whole page whose relative links and sources become absolute paths under `base_path`
/// (404.html, which a server shows for any missing address).
std::string absolute_links(std::string_view html, const std::string& output,
                           const std::string& base_path);

/// Rewrites the tags of `html` (a fragment as cmark and the templates write it); text,
/// comments and the content of <script>, <style> and <textarea> are copied unchanged.
std::string move_fragment(std::string_view html, const FragmentMove& move);

/// The href of a link from `move.from_output` as seen from `move.to_output`.
std::string move_url(const std::string& url, const FragmentMove& move);

}  // namespace ww
