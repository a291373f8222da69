#include "xref/aanvulling_pass.h"

#include <algorithm>
#include <map>

#include "core/slug.h"
#include "core/suggest.h"
#include "markdown/document.h"

namespace ww {

namespace {

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  std::size_t i = s.find_first_not_of(" \n");
  return i == std::string::npos ? std::string{} : s.substr(i);
}

/// Puts heading_ids and toc in the tree's new order after the aanvulling block moved.
void reorder_headings(cmark_node* doc, cmark_node* block, Page& page,
                      const std::map<cmark_node*, std::string>& id_of) {
  std::map<std::string, TocEntry> toc_of;
  TocEntry aanvulling_entry{2, page.aanvulling_id, page.aanvulling->title};
  for (const auto& e : page.toc) {
    if (e.id == page.aanvulling_id)
      aanvulling_entry = e;
    else
      toc_of.emplace(e.id, e);
  }
  std::vector<std::string> ids;
  std::vector<TocEntry> toc;
  cmark_iter* it = cmark_iter_new(doc);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it);
    if (n == block) toc.push_back(aanvulling_entry);
    if (cmark_node_get_type(n) != CMARK_NODE_HEADING) continue;
    auto found = id_of.find(n);
    if (found == id_of.end()) continue;
    ids.push_back(found->second);
    if (auto t = toc_of.find(found->second); t != toc_of.end()) toc.push_back(t->second);
  }
  cmark_iter_free(it);
  page.heading_ids = std::move(ids);
  page.toc = std::move(toc);
}

void place(ParsedSite& site, std::size_t i, Diagnostics& diags) {
  Page& page = site.pages[i].page;
  Aanvulling& a = *page.aanvulling;
  cmark_node* doc = site.pages[i].doc.get();
  cmark_node* block = doc ? find_origin_block(doc) : nullptr;
  if (!block) return;
  // In document order, the order of page.heading_ids.
  const std::vector<cmark_node*> heads = find_headings(doc);
  std::map<cmark_node*, std::string> id_of;
  for (std::size_t k = 0; k < heads.size() && k < page.heading_ids.size(); ++k)
    id_of[heads[k]] = page.heading_ids[k];

  // The candidates: the base text's headings at the top level (not those of the aanvulling).
  const std::string want = slugify(trim(a.na_kop));
  cmark_node* target = nullptr;
  bool kadertekst = false;
  std::vector<std::string> names;
  if (page.kenmerk) {
    names.push_back("Tekst van het kader");
    if (a.na_kop == kKadertekstKop || want == kKadertekstKop) kadertekst = true;
  }
  for (cmark_node* c = cmark_node_first_child(doc); c && c != block && !kadertekst;
       c = cmark_node_next(c)) {
    if (cmark_node_get_type(c) != CMARK_NODE_HEADING) continue;
    auto id = id_of.find(c);
    const std::string text = trim(plain_text(c));
    names.push_back(text);
    if ((id != id_of.end() && (a.na_kop == id->second || want == id->second)) ||
        want == slugify(text)) {
      target = c;
      break;
    }
  }
  if (!target && !kadertekst) {
    std::string hint = did_you_mean(a.na_kop, names);
    if (hint.empty() && names.empty())
      hint = "deze pagina heeft geen koppen; laat na_kop weg, dan staat de aanvulling na de tekst";
    else if (hint.empty()) {
      hint = "de koppen op deze pagina zijn: ";
      for (std::size_t k = 0; k < names.size(); ++k) hint += (k ? "; '" : "'") + names[k] + "'";
    }
    diags.error(a.na_kop_pos,
                "na_kop noemt de kop '" + a.na_kop + "', maar die staat niet op " + page.source,
                hint, "aanvulling-plek");
    return;
  }
  a.geplaatst = true;
  if (kadertekst) return;  // it is already right after the text, before the notes
  const int level = cmark_node_get_heading_level(target);
  a.niveau = std::max(2, level);
  // The section ends at the next heading of the same or a higher level.
  cmark_node* end = cmark_node_next(target);
  while (end && end != block &&
         !(cmark_node_get_type(end) == CMARK_NODE_HEADING &&
           cmark_node_get_heading_level(end) <= level))
    end = cmark_node_next(end);
  if (end == block || !end) return;
  cmark_node_unlink(block);
  cmark_node_insert_before(end, block);
  reorder_headings(doc, block, page, id_of);
  for (auto& e : page.toc)  // an aanvulling after an h3 part is listed as an h3 too
    if (e.id == page.aanvulling_id) e.level = std::min(a.niveau, 3);
}

}  // namespace

void place_aanvulling(ParsedSite& site, std::size_t i, Diagnostics& diags) {
  const Page& page = site.pages[i].page;
  if (page.aanvulling && !page.aanvulling->na_kop.empty()) place(site, i, diags);
}

void run_aanvulling_pass(ParsedSite& site, const SiteConfig&, Diagnostics& diags) {
  for (std::size_t i = 0; i < site.pages.size(); ++i) place_aanvulling(site, i, diags);
}

}  // namespace ww
