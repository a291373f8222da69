#include "xref/abbreviations_pass.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/html.h"
#include "core/slug.h"
#include "core/utf8.h"
#include "markdown/links.h"
#include "xref/generated_pages.h"
#include "xref/term_matcher.h"
#include "xref/text_runs.h"
#include "xref/xref_paths.h"

namespace ww {

std::string written_out(const std::string& afkorting, const std::string& voluit) {
  const std::string folded = fold_text(voluit), abbr = fold_text(afkorting);
  for (std::size_t p = folded.find(abbr); p != std::string::npos; p = folded.find(abbr, p + 1))
    if (is_whole_word(folded, p, p + abbr.size())) return voluit;
  if (!voluit.empty() && voluit.back() == ')') {
    std::size_t open = voluit.rfind(" (");
    if (open != std::string::npos)
      return voluit.substr(0, open) + " (" + afkorting + ", " + voluit.substr(open + 2);
  }
  return voluit + " (" + afkorting + ")";
}

namespace {

/// Per abbreviation (by index in the list): what one page did with it.
struct PageState {
  explicit PageState(std::size_t n) : handled(n, false), used(n, false) {}
  std::vector<bool> handled;  ///< explained (or already spelled out) on this page
  std::vector<bool> used;
  bool toggletip = false;  ///< a first use became a link with a toggletip
};

/// What every page needs of an abbreviation, computed once for the site.
struct Prepared {
  std::string folded_voluit;  ///< fold_text(voluit)
  std::string abbr_enter;     ///< <abbr title="voluit">
  std::string anchor;         ///< id of its entry on afkortingen.html
  /// The end of the first use's link start tag: `#anchor" data-term="…" data-kort="…">`
  std::string link_attrs;
};

/// The id of an abbreviation's entry on afkortingen.html: spellings that only differ in
/// capitals share one entry ("ggz", "GGZ"), so the id is the slug of the folded spelling.
std::string entry_anchor(const std::string& afkorting) {
  return "afkorting-" + slugify(fold_text(afkorting));
}

std::vector<Prepared> prepare(const std::vector<Afkorting>& list) {
  std::vector<Prepared> out;
  out.reserve(list.size());
  for (const Afkorting& a : list) {
    const std::string anchor = entry_anchor(a.afkorting);
    out.push_back({fold_text(a.voluit), "<abbr title=\"" + html_escape(a.voluit) + "\">", anchor,
                   "#" + anchor + "\" data-term=\"" + html_escape(a.afkorting) + "\" data-kort=\"" +
                       html_escape(a.voluit) + "\">"});
  }
  return out;
}

/// Marks the abbreviations of one tree. The words are never changed: the first use on a page
/// becomes a link to its entry on afkortingen.html that the theme's toggletip script explains
/// (like a glossary term), later uses an <abbr title>; a first use whose paragraph already
/// spells it out only gets the <abbr>.
void process_tree(const std::vector<Prepared>& list, const TermMatcher& matcher, cmark_node* root,
                  const std::string& afkortingen_url, PageState& st) {
  for_each_text_run(root, [&](TextRun& run) {
    auto matches = matcher.find(run.text);
    if (matches.empty()) return;
    for (const auto& m : matches) st.used[static_cast<std::size_t>(m.id)] = true;
    if (run.blocked_by) return;  // headings, links, term links: counted, not changed
    std::string block_text;      // folded text of the paragraph, computed when needed
    std::vector<RunPiece> pieces;
    std::size_t at = 0;
    for (const auto& m : matches) {
      const Prepared& a = list[static_cast<std::size_t>(m.id)];
      const std::string shown = run.text.substr(m.begin, m.end - m.begin);
      std::string enter = a.abbr_enter, exit = "</abbr>";
      if (!st.handled[static_cast<std::size_t>(m.id)]) {
        st.handled[static_cast<std::size_t>(m.id)] = true;
        if (block_text.empty())
          if (cmark_node* block = enclosing_block(run.nodes.front()))
            block_text = fold_text(plain_text(block));
        if (block_text.find(a.folded_voluit) == std::string::npos) {  // not spelled out nearby
          enter = "<a class=\"term afkorting\" href=\"" + afkortingen_url + a.link_attrs + enter;
          exit += "</a>";
          st.toggletip = true;
        }
      }
      pieces.push_back({at, m.begin, nullptr});
      pieces.push_back({0, 0, make_wrapped_text(enter, shown, exit)});
      at = m.end;
    }
    if (at == 0) return;
    pieces.push_back({at, run.text.size(), nullptr});
    replace_run(run, pieces);
  });
}

std::string sort_key(const std::string& s) { return fold_text(s) + '\n' + s; }

void add_afkortingen_page(ParsedSite& site, const std::vector<std::vector<std::size_t>>& used_on,
                          Diagnostics& diags) {
  const auto& list = site.content.afkortingen;
  // One entry per spelling that only differs in capitals and means the same ("ggz", "GGZ").
  std::vector<std::vector<std::size_t>> entries;
  std::map<std::string, std::size_t> entry_of;
  std::vector<std::size_t> order(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return sort_key(list[a].afkorting) < sort_key(list[b].afkorting);
  });
  for (std::size_t i : order) {
    const std::string key = fold_text(list[i].afkorting) + '\n' + list[i].voluit;
    auto [it, fresh] = entry_of.try_emplace(key, entries.size());
    if (fresh) entries.emplace_back();
    entries[it->second].push_back(i);
  }
  Page page;
  page.output = kAfkortingenOutput;
  page.file = list.front().pos.file;
  page.title = "Afkortingen";
  page.kort =
      "Hier staan alle afkortingen van deze website, met wat ze betekenen. Bij elke afkorting "
      "staat op "
      "welke pagina's hij voorkomt.";
  // The list is the theme's partial `afkortingen` (docs/templates.md, "Page parts").
  toml::array items;
  for (const auto& entry : entries) {
    toml::array namen;
    std::set<std::size_t> pages;
    for (std::size_t i : entry) {
      namen.push_back(toml::table{{"naam", list[i].afkorting}, {"eerste", namen.empty()}});
      pages.insert(used_on[i].begin(), used_on[i].end());
    }
    const std::string anchor = entry_anchor(list[entry.front()].afkorting);
    page.anchors.push_back(anchor);
    toml::table item{
        {"id", anchor}, {"namen", std::move(namen)}, {"voluit", list[entry.front()].voluit}};
    if (!pages.empty())
      item.insert("gebruikt", page_links_data(site, page.output,
                                              std::vector<std::size_t>(pages.begin(), pages.end()),
                                              "Gebruikt op"));
    items.push_back(std::move(item));
  }
  toml::table data{{"afkortingen", std::move(items)}};
  if (auto at = add_generated_page(site, std::move(page), diags))
    site.pages[*at].parts.push_back({"afkortingen", std::move(data)});
}

}  // namespace

struct AbbreviationsPass::State {
  TermMatcher matcher{false};
  std::vector<Prepared> prepared;
  std::vector<std::vector<int>> used_by_page;  ///< slot i: the abbreviations page i uses
};

AbbreviationsPass::AbbreviationsPass(const ParsedSite& site) : state_(new State) {
  const auto& list = site.content.afkortingen;
  if (list.empty()) return;
  for (std::size_t i = 0; i < list.size(); ++i)
    state_->matcher.add(list[i].afkorting, static_cast<int>(i));
  state_->matcher.build();  // find() only reads from here on, so pages can share it
  state_->prepared = prepare(list);
  state_->used_by_page.resize(site.pages.size());
}

AbbreviationsPass::~AbbreviationsPass() = default;

void AbbreviationsPass::page(ParsedSite& site, std::size_t i) {
  const auto& list = site.content.afkortingen;
  if (list.empty() || !site.pages[i].doc) return;
  PageState st(list.size());
  const std::string url =
      html_escape(url_encode_path(relative_url(site.pages[i].page.output, kAfkortingenOutput)));
  if (site.pages[i].gewone_taal)
    process_tree(state_->prepared, state_->matcher, site.pages[i].gewone_taal.get(), url, st);
  process_tree(state_->prepared, state_->matcher, site.pages[i].doc.get(), url, st);
  for (std::size_t id = 0; id < st.used.size(); ++id)
    if (st.used[id]) state_->used_by_page[i].push_back(static_cast<int>(id));
  if (st.toggletip) site.pages[i].has_toggletips = true;  // only record i is written
}

void AbbreviationsPass::merge(ParsedSite& site, Diagnostics& diags) {
  const auto& list = site.content.afkortingen;
  if (list.empty()) return;
  std::vector<std::vector<std::size_t>> used_on(list.size());
  for (std::size_t i = 0; i < state_->used_by_page.size(); ++i)
    for (int id : state_->used_by_page[i]) used_on[static_cast<std::size_t>(id)].push_back(i);
  state_->used_by_page.clear();
  add_afkortingen_page(site, used_on, diags);
}

void run_abbreviations_pass(ParsedSite& site, const SiteConfig&, Diagnostics& diags) {
  // Per page in parallel (each page's trees only), then merged in page order.
  AbbreviationsPass pass(site);
  parallel_for(site.pages.size(), site.workers, [&](std::size_t i) { pass.page(site, i); });
  pass.merge(site, diags);
}

}  // namespace ww
