#include "markdown/links.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/file_system.h"
#include "core/html.h"
#include "core/suggest.h"
#include "markdown/link_suggest.h"

namespace ww {

std::string relative_url(const std::string& from, const std::string& to) {
  // Walk up only as far as the common folder: "a/x.html" -> "a/y.html" gives "y.html".
  const std::string_view rest = to;
  const std::size_t last = from.rfind('/');  // dir is path_dir(from), then its parents
  std::string_view dir =
      last == std::string::npos ? std::string_view() : std::string_view(from).substr(0, last);
  std::size_t ups = 0;
  while (!dir.empty() &&
         !(rest.size() > dir.size() && rest.starts_with(dir) && rest[dir.size()] == '/')) {
    ++ups;
    const std::size_t slash = dir.rfind('/');
    dir = slash == std::string_view::npos ? std::string_view() : dir.substr(0, slash);
  }
  const std::string_view tail = dir.empty() ? rest : rest.substr(dir.size() + 1);
  std::string out;
  out.reserve(3 * ups + tail.size());
  for (std::size_t i = 0; i < ups; ++i) out += "../";
  out += tail;
  return out;
}

namespace {}  // namespace

/// What the pages' links are resolved against: the pages and files that exist when the pass is
/// made (and the pages a later merge adds, `to_come`).
struct LinkPass::Context {
  // Hashed, not ordered: only looked up, once or twice for every link of every page, and an
  // ordered map of 10,000 paths with long common prefixes compares many bytes per lookup.
  std::unordered_map<std::string, std::size_t> by_source;  ///< source -> page index
  std::unordered_map<std::string, std::size_t> by_output;  ///< output -> page index
  std::set<std::string> generated;                         ///< outputs the generator makes itself
  std::set<std::string> to_come;     ///< outputs of pages a later merge adds (bronnen.html, ...)
  std::vector<LinkCandidate> files;  ///< content and site-wide files, for dead file links
  std::set<std::string> assets;
  std::set<std::string> site_assets;
  std::set<std::string> hidden;
  std::set<std::string> drafts;
};

/// A check that needs every page's anchors (or every page, for a hint), done by merge().
struct LinkPass::Deferred {
  enum Kind { own_anchor, page_anchor, output_anchor, dead_page } kind;
  SourcePos pos;
  std::size_t target = 0;  ///< page_anchor: the target page's index
  std::string path;        ///< output_anchor: the target output; dead_page: the normalized path
  std::string frag;        ///< the anchor (without '#')
  std::string url;         ///< dead_page: the link as written
  std::string text;        ///< dead_page: the link text, for the hint
};

/// What one page's links give the merge (slot i).
struct LinkPass::PageResult {
  Diagnostics diags;
  std::vector<Deferred> deferred;
};

namespace {

using LinkContext = LinkPass::Context;
using Deferred = LinkPass::Deferred;

const std::string kUnwrap = "\x01unwrap";  // resolve(): turn this link into plain text

/// "mijn%20pagina.md" -> "mijn pagina.md": links to files with spaces or accents are written
/// percent-encoded on GitHub. Invalid escapes stay as written.
std::string percent_decode(const std::string& s) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool has_anchor(const Page& p, const std::string& frag) {
  return std::find(p.anchors.begin(), p.anchors.end(), frag) != p.anchors.end();
}

bool is_image_path(const std::string& path) {
  std::string ext = path.substr(std::min(path.size(), path.rfind('.')));
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* e : {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif"})
    if (ext == e) return true;
  return false;
}

std::string bedoelde_u(const std::string& suggestion) {
  return suggestion.empty() ? std::string() : "bedoelde u '" + suggestion + "'?";
}

/// The hint for a link to a file that does not exist: the likely file, and where such files go.
std::string dead_file_hint(const LinkContext& ctx, const Page& page, const std::string& normalized,
                           const std::string& text, bool image) {
  std::string hint = bedoelde_u(suggest_target(normalized, page.source, text, ctx.files));
  hint += hint.empty() ? "e" : " E";
  if (image)
    return hint +
           "en afbeelding staat naast de pagina in content/ (schrijf dan ![wat erop "
           "staat](figuur.png)) "
           "of, voor de hele site, in de map assets/ naast content/ (vanuit deze pagina: " +
           relative_source_link(page.source, "assets/figuur.png") + ")";
  return hint +
         "en link naar een pagina wijst naar haar .md-bestand; een ander bestand moet naast de "
         "pagina "
         "in content/ of in assets/ staan";
}

/// Returns the new URL, or nullopt to leave it unchanged; reports problems. `text`: the link text
/// or alt text (for hints). Checks that need every page's anchors, and the hint of a dead page
/// link, go to `deferred` (LinkPass::merge).
std::optional<std::string> resolve(const LinkContext& ctx, const ParsedSite& site, const Page& page,
                                   const std::string& url, const std::string& text,
                                   const SourcePos& pos, Diagnostics& diags,
                                   std::vector<Deferred>& deferred) {
  if (url.empty()) return std::nullopt;
  if (is_dangerous_url(url)) {
    diags.error(
        pos, "onveilige link '" + url + "': javascript:, vbscript: en data: zijn niet toegestaan",
        {}, "onveilige-link");
    return std::string("#");
  }
  if (is_external_url(url)) return std::nullopt;
  if (url.front() == '/') {
    diags.error(
        pos, "absolute link '" + url + "': de site moet ook vanuit een map en offline werken",
        "schrijf een relatief pad naar het .md-bestand, bijv. ../basiskenmerken/05-brede-blik.md",
        "absolute-link");
    return std::nullopt;
  }
  std::string path = url, frag;
  if (auto h = url.find('#'); h != std::string::npos) {
    path = url.substr(0, h);
    frag = url.substr(h + 1);
  }
  if (path.empty()) {
    if (!frag.empty()) deferred.push_back({Deferred::own_anchor, pos, 0, {}, frag, {}, {}});
    return std::nullopt;
  }
  auto normalized = path_normalize(path_join(path_dir(page.source), percent_decode(path)));
  if (!normalized) {
    diags.error(pos, "link '" + url + "' wijst buiten de site", {}, "link-buiten-site");
    return std::string("#");
  }
  const bool is_md = path.size() > 3 && path.ends_with(".md");
  if (is_md && ctx.hidden.count(*normalized)) {
    diags.warning(pos, "link naar verborgen pagina '" + *normalized + "' wordt gewone tekst", {},
                  "verborgen-link");
    return kUnwrap;
  }
  if (is_md && ctx.drafts.count(*normalized)) {
    diags.warning(pos, "link naar conceptpagina '" + *normalized + "' wordt gewone tekst",
                  "die pagina heeft draft = true; bouw met --drafts om haar te zien",
                  "concept-link");
    return kUnwrap;
  }
  auto to = [&](const std::string& output) {
    return url_encode_path(relative_url(page.output, output) + (frag.empty() ? "" : "#" + frag));
  };
  if (is_md) {
    auto it = ctx.by_source.find(*normalized);
    if (it == ctx.by_source.end()) {
      deferred.push_back({Deferred::dead_page, pos, 0, *normalized, {}, url, text});
      return std::nullopt;
    }
    if (!frag.empty())
      deferred.push_back({Deferred::page_anchor, pos, it->second, {}, frag, {}, {}});
    return to(site.pages[it->second].page.output);
  }
  if (auto it = ctx.by_output.find(*normalized); it != ctx.by_output.end()) {
    if (!frag.empty())
      deferred.push_back({Deferred::page_anchor, pos, it->second, {}, frag, {}, {}});
    return to(*normalized);
  }
  if (ctx.to_come.count(*normalized)) {
    // A page a later merge adds (bronnen.html): its anchors are checked once it exists.
    if (!frag.empty())
      deferred.push_back({Deferred::output_anchor, pos, 0, *normalized, frag, {}, {}});
    return to(*normalized);
  }
  if (ctx.generated.count(*normalized) || ctx.assets.count(*normalized) ||
      ctx.site_assets.count(*normalized))
    return to(*normalized);
  if (is_image_path(path)) {
    diags.error(pos, "afbeelding '" + url + "' bestaat niet",
                dead_file_hint(ctx, page, *normalized, text, true), "dode-afbeelding");
    return std::nullopt;
  }
  diags.error(pos, "dode link: '" + url + "' bestaat niet",
              dead_file_hint(ctx, page, *normalized, text, false), "dode-link");
  return std::nullopt;
}

/// Rewrites the links of one tree of `page`; `body_line` is the file line where the tree's text
/// starts.
void rewrite_doc(const LinkContext& ctx, const ParsedSite& site, const Page& page, int body_line,
                 cmark_node* doc, LinkPass::PageResult& out) {
  std::vector<cmark_node*> links;
  CmarkIter it(doc);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    auto t = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE))
      links.push_back(n);
  }
  for (cmark_node* n : links) {
    const char* u = cmark_node_get_url(n);
    std::string url = u ? u : "";
    SourcePos pos = node_pos(n, page.file, body_line);
    auto repl = resolve(ctx, site, page, url, plain_text(n), pos, out.diags, out.deferred);
    if (repl && *repl == kUnwrap) {
      while (cmark_node* c = cmark_node_first_child(n)) {
        cmark_node_unlink(c);
        cmark_node_insert_before(n, c);
      }
      cmark_node_free(n);
      continue;
    }
    if (repl) cmark_node_set_url(n, repl->c_str());
    if (cmark_node_get_type(n) == CMARK_NODE_LINK && is_external_url(url) &&
        !is_dangerous_url(url)) {
      const char* title = cmark_node_get_title(n);
      std::string enter = "<a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer\"";
      if (title && *title) enter += " title=\"" + html_escape(title) + "\"";
      enter += ">";
      wrap_children(n, enter, "</a>", false);
    }
  }
}

}  // namespace

LinkPass::LinkPass(const ParsedSite& site, std::set<std::string> to_come)
    : ctx_(new Context), results_(site.pages.size()) {
  Context& ctx = *ctx_;
  for (std::size_t i = 0; i < site.pages.size(); ++i) {
    const Page& p = site.pages[i].page;
    ctx.by_source[p.source] = i;
    ctx.by_output[p.output] = i;
  }
  ctx.generated = site.generated;
  ctx.to_come = std::move(to_come);
  for (const auto& a : site.content.assets) ctx.files.push_back({a, {}});
  for (const auto& a : site.site_assets) ctx.files.push_back({a, {}});
  ctx.assets.insert(site.content.assets.begin(), site.content.assets.end());
  ctx.site_assets = site.site_assets;
  ctx.hidden.insert(site.content.hidden.begin(), site.content.hidden.end());
  ctx.drafts.insert(site.content.drafts.begin(), site.content.drafts.end());
}

LinkPass::~LinkPass() = default;

void LinkPass::page(ParsedSite& site, std::size_t i) {
  const Page& page = site.pages[i].page;
  if (!site.pages[i].doc) return;  // a generated page: no Markdown
  rewrite_doc(*ctx_, site, page, page.body_line, site.pages[i].doc.get(), results_[i]);
  if (site.pages[i].gewone_taal &&
      page.kenmerk)  // positions inside gewone_taal are relative to its TOML value
    rewrite_doc(*ctx_, site, page, page.kenmerk->gewone_taal_pos.line,
                site.pages[i].gewone_taal.get(), results_[i]);
}

void LinkPass::merge(ParsedSite& site, Diagnostics& diags) {
  // The pages as they are now (the merges before this one added theirs), for anchors and hints.
  std::map<std::string, std::size_t> by_output;
  std::vector<LinkCandidate> pages;
  for (std::size_t i = 0; i < site.pages.size(); ++i) {
    by_output[site.pages[i].page.output] = i;
    pages.push_back({site.pages[i].page.source, site.pages[i].page.title});
  }
  for (std::size_t i = 0; i < results_.size(); ++i) {
    const Page& page = site.pages[i].page;
    Diagnostics& out = results_[i].diags;
    for (const Deferred& d : results_[i].deferred) {
      switch (d.kind) {
        case Deferred::own_anchor:
          if (!has_anchor(page, d.frag))
            out.error(d.pos, "anker '#" + d.frag + "' bestaat niet op deze pagina",
                      did_you_mean(d.frag, page.anchors), "dood-anker");
          break;
        case Deferred::output_anchor:
        case Deferred::page_anchor: {
          std::size_t t = d.target;
          if (d.kind == Deferred::output_anchor) {
            auto it = by_output.find(d.path);
            if (it == by_output.end()) break;  // not made after all (an error says why)
            t = it->second;
          }
          const Page& target = site.pages[t].page;
          if (!has_anchor(target, d.frag))
            out.error(d.pos, "anker '#" + d.frag + "' bestaat niet in " + target.source,
                      did_you_mean(d.frag, target.anchors), "dood-anker");
          break;
        }
        case Deferred::dead_page:
          out.error(d.pos, "dode link: '" + d.url + "' bestaat niet",
                    bedoelde_u(suggest_target(d.path, page.source, d.text, pages)), "dode-link");
          break;
      }
    }
    diags.merge(std::move(out));
  }
  results_.clear();
}

void rewrite_links(ParsedSite& site, Diagnostics& diags) {
  // Per page in parallel: a page changes only its own trees; the anchors are checked after.
  LinkPass pass(site);
  parallel_for(site.pages.size(), site.workers, [&](std::size_t i) { pass.page(site, i); });
  pass.merge(site, diags);
}

}  // namespace ww
