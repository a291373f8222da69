#include "markdown/headings.h"

#include <vector>

#include "core/html.h"
#include "core/slug.h"

namespace ww {

namespace {
/// Ids the layout uses itself: a heading must not take them.
constexpr std::string_view kLayoutIds[] = {
    "inhoud", "noten", "op-deze-pagina", "in-het-kort", "zoeken", "hoofdmenu", "aanvulling",
    // ids of the standard theme's templates
    "in-gewone-taal", "tekst-van-het-kader", "hangt-samen-met", "vit-verwijzing", "waarden",
    "home-zoeken", "home-zoekterm", "kop-zoekterm", "in-dit-deel", "probleem-melden",
    "over-deze-verklaring"};

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  std::size_t i = s.find_first_not_of(" \n");
  return i == std::string::npos ? std::string{} : s.substr(i);
}
}  // namespace

void collect_headings(cmark_node* doc, Page& page) {
  SlugSet slugs;
  slugs.reserved = kLayoutIds;
  for (cmark_node* h : find_headings(doc)) {
    std::string text = trim(plain_text(h));
    std::string slug = slugify(text);
    // An id starts with a letter (html-validate's valid-id; "### 1. Inwoners ..." gave
    // "1-inwoners-..."). The theme's menu.js sends an old "#1-..." address to "#kop-1-...".
    if (!slug.empty() && slug[0] >= '0' && slug[0] <= '9') slug = "kop-" + slug;
    std::string id = slugs.unique(slug);
    page.heading_ids.push_back(id);
    page.anchors.push_back(id);
    int level = cmark_node_get_heading_level(h);
    if (level == 2 || level == 3) page.toc.push_back({level, id, text});
  }
}

void render_headings(cmark_node* doc, const Page& page) {
  auto hs = find_headings(doc);
  for (std::size_t i = 0; i < hs.size() && i < page.heading_ids.size(); ++i) {
    const std::string level = std::to_string(cmark_node_get_heading_level(hs[i]));
    const std::string id = html_escape(page.heading_ids[i]);
    const std::string text = html_escape(trim(plain_text(hs[i])));
    std::string enter = "<h" + level + " id=\"" + id + "\">";
    std::string exit = " <a class=\"kop-link\" href=\"#" + id +
                       "\"><span class=\"visueel-verborgen\">Link naar kop: " + text +
                       "</span><span aria-hidden=\"true\">#</span></a></h" + level + ">";
    wrap_children(hs[i], enter, exit, true);
  }
}

}  // namespace ww
