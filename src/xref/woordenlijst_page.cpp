#include "xref/woordenlijst_page.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/html.h"
#include "core/utf8.h"
#include "markdown/links.h"

namespace ww {

std::string term_sort_key(const std::string& term) {
  std::string key = fold_text(term);
  std::size_t i = 0;
  while (i < key.size() && !std::isalnum(static_cast<unsigned char>(key[i]))) ++i;
  return key.substr(i) + '\n' + key;
}

char term_letter(const std::string& term) {
  const std::string key = term_sort_key(term);
  if (!key.empty() && key[0] >= 'a' && key[0] <= 'z') return static_cast<char>(key[0] - 'a' + 'A');
  return '#';
}

std::string woordenlijst_html(ParsedSite& site, std::size_t index_page,
                              const std::vector<std::size_t>& term_pages) {
  Page& index = site.pages[index_page].page;
  std::vector<std::size_t> sorted = term_pages;
  std::stable_sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) {
    return term_sort_key(site.pages[a].page.term->term) <
           term_sort_key(site.pages[b].page.term->term);
  });
  std::map<char, std::vector<std::size_t>> by_letter;
  for (std::size_t i : sorted) by_letter[term_letter(site.pages[i].page.term->term)].push_back(i);

  auto letter_id = [](char c) {
    return std::string("letter-") +
           (c == '#' ? std::string("overig") : std::string(1, char(c - 'A' + 'a')));
  };
  std::string html = "<nav class=\"letterindex\" aria-label=\"Woorden per letter\">\n<ul>\n";
  for (const auto& [letter, pages] : by_letter)
    html += "<li><a href=\"#" + letter_id(letter) + "\">" + std::string(1, letter) + "</a></li>\n";
  html += "</ul>\n</nav>\n";
  for (const auto& [letter, pages] : by_letter) {
    const std::string id = letter_id(letter);
    index.anchors.push_back(id);
    // No aria-labelledby: a named section is a landmark, and 16 letter landmarks only repeat
    // the letter index above (issue 25: landmarks for what people navigate to).
    html += "<section class=\"woordenlijst-letter\">\n<h2 id=\"" + id + "\">" +
            std::string(1, letter) + "</h2>\n<dl class=\"woordenlijst-termen\">\n";
    for (std::size_t i : pages) {
      const Page& p = site.pages[i].page;
      html += "<dt><a href=\"" +
              html_escape(url_encode_path(relative_url(index.output, p.output))) + "\">" +
              html_escape(p.title) + "</a></dt>\n<dd>" + html_escape(p.kort) + "</dd>\n";
    }
    html += "</dl>\n</section>\n";
  }
  return html;
}

}  // namespace ww
