#include "xref/citations.h"

#include <functional>

#include "core/html.h"
#include "core/suggest.h"
#include "markdown/document.h"
#include "markdown/raw_html.h"

namespace ww {

BronIndex index_bronnen(const std::vector<Bron>& bronnen, const std::vector<Eindnoot>& eindnoten) {
  BronIndex index;
  for (const auto& b : bronnen) {
    index.by_key[b.key] = &b;
    index.keys.push_back(b.key);
  }
  for (const auto& e : eindnoten) {
    // Inline Markdown (italics, <https://…>, [tekst](url)); raw HTML is shown as text.
    NodePtr doc = parse_markdown(e.tekst, {});
    escape_raw_html(doc.get());
    std::string html;
    for (cmark_node* block = cmark_node_first_child(doc.get()); block;
         block = cmark_node_next(block))
      for (cmark_node* c = cmark_node_first_child(block); c; c = cmark_node_next(c))
        html += render_html(c);
    index.eindnoot_html[e.nummer] = html;
  }
  return index;
}

std::string bron_anchor(const std::string& key) { return "bron-" + key; }

bool check_citation(const Citation& c, const BronIndex& index,
                    const std::function<SourcePos(std::size_t)>& key_pos, Diagnostics& diags) {
  bool ok = true;
  for (const auto& item : c.items) {
    if (index.by_key.count(item.key)) continue;
    std::string hint = did_you_mean(item.key, index.keys);
    if (hint.empty()) hint = "de bronnen staan in content/bronnen.toml";
    diags.error(key_pos(item.key_offset), "onbekende bron '@" + item.key + "'", hint,
                "onbekende-bron");
    ok = false;
  }
  return ok;
}

namespace {

std::string ends_with_period(std::string s) {
  if (!s.empty() && s.back() != '.' && s.back() != '?' && s.back() != '!') s += '.';
  return s;
}

std::string item_html(const CitationItem& item, const Bron& b, const std::string& bronnen_url) {
  std::string out;
  if (!item.prefix.empty()) out += html_escape(item.prefix) + " ";
  if (!b.auteur.empty()) {
    out += html_escape(b.auteur);
    out += b.jaar.empty() ? ". " : " (" + html_escape(b.jaar) + "). ";
  }
  out += "<a href=\"" + html_escape(bronnen_url + "#" + bron_anchor(b.key)) + "\"><cite>" +
         html_escape(b.titel) + "</cite></a>";
  if (b.auteur.empty() && !b.jaar.empty()) out += " (" + html_escape(b.jaar) + ")";
  std::string loc = item.locator;
  while (!loc.empty() && (loc.front() == ',' || loc.front() == ' ')) loc.erase(0, 1);
  if (!loc.empty()) out += ", " + html_escape(loc);
  return out;
}

}  // namespace

std::string citation_html(const Citation& c, const BronIndex& index,
                          const std::string& bronnen_url) {
  std::string out;
  for (const auto& item : c.items) {
    auto it = index.by_key.find(item.key);
    if (it == index.by_key.end()) continue;
    if (!out.empty()) out += "; ";
    out += item_html(item, *it->second, bronnen_url);
  }
  return ends_with_period(out);
}

std::string full_reference_html(const Bron& b) {
  std::string out;
  if (!b.auteur.empty()) {
    out += html_escape(b.auteur);
    out += b.jaar.empty() ? ". " : " (" + html_escape(b.jaar) + "). ";
  }
  out += "<cite>" + html_escape(b.titel) + "</cite>";
  if (b.auteur.empty() && !b.jaar.empty()) out += " (" + html_escape(b.jaar) + ")";
  const bool year_last = b.auteur.empty() && !b.jaar.empty();
  if (year_last || ends_with_period(b.titel) != b.titel) out += ".";
  if (!b.uitgever.empty() && b.uitgever != b.auteur)
    out += " " + html_escape(ends_with_period(b.uitgever));
  return out;
}

}  // namespace ww
