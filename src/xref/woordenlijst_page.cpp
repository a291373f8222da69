#include "xref/woordenlijst_page.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/html.h"
#include "core/utf8.h"
#include "markdown/links.h"
#include "xref/xref_paths.h"

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

namespace {

std::string letter_id(char c) {
  return std::string("letter-") +
         (c == '#' ? std::string("overig") : std::string(1, static_cast<char>(c - 'A' + 'a')));
}

/// "Zoekt u een afkorting of een bron?": the lists the woordenlijst points to, or none.
toml::array zie_ook_links(const Page& index, bool has_afkortingen, bool has_bronnen) {
  toml::array links;
  auto add = [&](const char* output, const char* naam) {
    links.push_back(toml::table{{"url", url_encode_path(relative_url(index.output, output))},
                                {"naam", naam},
                                {"eerste", links.empty()}});
  };
  if (has_afkortingen) add(kAfkortingenOutput, "afkortingen");
  if (has_bronnen) add(kBronnenOutput, "bronnen");
  return links;
}

}  // namespace

WoordenlijstData woordenlijst_data(const Page& index, const std::vector<const Page*>& terms,
                                   bool has_afkortingen, bool has_bronnen) {
  std::vector<const Page*> sorted = terms;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Page* a, const Page* b) {
    return term_sort_key(a->term->term) < term_sort_key(b->term->term);
  });
  std::map<char, std::vector<const Page*>> by_letter;
  for (const Page* p : sorted) by_letter[term_letter(p->term->term)].push_back(p);

  WoordenlijstData out;
  toml::array letters;
  for (const auto& [letter, pages] : by_letter) {
    const std::string id = letter_id(letter);
    out.anchors.push_back(id);
    toml::array termen;
    for (const Page* p : pages)
      termen.push_back(toml::table{{"url", url_encode_path(relative_url(index.output, p->output))},
                                   {"title", p->title},
                                   {"kort", p->kort}});
    letters.push_back(
        toml::table{{"id", id}, {"letter", std::string(1, letter)}, {"termen", std::move(termen)}});
  }
  out.data.insert("letters", std::move(letters));
  if (toml::array links = zie_ook_links(index, has_afkortingen, has_bronnen); !links.empty())
    out.data.insert("zie_ook", toml::table{{"lijsten", std::move(links)}});
  return out;
}

}  // namespace ww
