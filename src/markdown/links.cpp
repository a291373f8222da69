#include "markdown/links.h"

#include <algorithm>
#include <map>

#include "core/file_system.h"
#include "core/html.h"
#include "core/suggest.h"
#include "markdown/link_suggest.h"

namespace ww {

std::string relative_url(const std::string& from, const std::string& to) {
  // Walk up only as far as the common folder: "a/x.html" -> "a/y.html" gives "y.html".
  std::string from_dir = path_dir(from);
  std::string prefix;
  std::string rest = to;
  std::string dir = from_dir;
  while (!dir.empty() && !(rest.size() > dir.size() && rest.compare(0, dir.size(), dir) == 0 &&
                           rest[dir.size()] == '/')) {
    prefix += "../";
    dir = path_dir(dir);
  }
  if (!dir.empty()) rest = rest.substr(dir.size() + 1);
  return prefix + rest;
}

namespace {

struct Target {
  const Page* page = nullptr;
};

struct LinkContext {
  const ParsedSite& site;
  std::map<std::string, const Page*> by_source;
  std::map<std::string, const Page*> by_output;
  std::vector<LinkCandidate> pages;  ///< for "bedoelde u" hints on dead page links
  std::vector<LinkCandidate> files;  ///< content and site-wide files, for dead file links
  std::set<std::string> assets;
  std::set<std::string> hidden;
  std::set<std::string> drafts;
};

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
/// or alt text (for hints).
std::optional<std::string> resolve(const LinkContext& ctx, const Page& page, const std::string& url,
                                   const std::string& text, const SourcePos& pos,
                                   Diagnostics& diags) {
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
    if (!frag.empty() && !has_anchor(page, frag))
      diags.error(pos, "anker '#" + frag + "' bestaat niet op deze pagina",
                  did_you_mean(frag, page.anchors), "dood-anker");
    return std::nullopt;
  }
  auto normalized = path_normalize(path_join(path_dir(page.source), percent_decode(path)));
  if (!normalized) {
    diags.error(pos, "link '" + url + "' wijst buiten de site", {}, "link-buiten-site");
    return std::string("#");
  }
  const bool is_md = path.size() > 3 && path.ends_with(".md");
  const Page* target = nullptr;
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
  if (is_md) {
    auto it = ctx.by_source.find(*normalized);
    if (it == ctx.by_source.end()) {
      diags.error(pos, "dode link: '" + url + "' bestaat niet",
                  bedoelde_u(suggest_target(*normalized, page.source, text, ctx.pages)),
                  "dode-link");
      return std::nullopt;
    }
    target = it->second;
  } else if (auto it = ctx.by_output.find(*normalized); it != ctx.by_output.end()) {
    target = it->second;
  } else if (ctx.site.generated.count(*normalized) || ctx.assets.count(*normalized) ||
             ctx.site.site_assets.count(*normalized)) {
    return url_encode_path(relative_url(page.output, *normalized) +
                           (frag.empty() ? "" : "#" + frag));
  } else if (is_image_path(path)) {
    diags.error(pos, "afbeelding '" + url + "' bestaat niet",
                dead_file_hint(ctx, page, *normalized, text, true), "dode-afbeelding");
    return std::nullopt;
  } else {
    diags.error(pos, "dode link: '" + url + "' bestaat niet",
                dead_file_hint(ctx, page, *normalized, text, false), "dode-link");
    return std::nullopt;
  }
  if (!frag.empty() && !has_anchor(*target, frag))
    diags.error(pos, "anker '#" + frag + "' bestaat niet in " + target->source,
                did_you_mean(frag, target->anchors), "dood-anker");
  return url_encode_path(relative_url(page.output, target->output) +
                         (frag.empty() ? "" : "#" + frag));
}

/// Rewrites the links of one tree of `page`; `body_line` is the file line where the tree's text
/// starts.
void rewrite_doc(const LinkContext& ctx, const Page& page, int body_line, cmark_node* doc,
                 Diagnostics& diags) {
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
    auto repl = resolve(ctx, page, url, plain_text(n), pos, diags);
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

void rewrite_links(ParsedSite& site, Diagnostics& diags) {
  LinkContext ctx{site, {}, {}, {}, {}, {}, {}, {}};
  for (const auto& p : pages_of(site)) {
    ctx.by_source[p.source] = &p;
    ctx.by_output[p.output] = &p;
    ctx.pages.push_back({p.source, p.title});
  }
  for (const auto& a : site.content.assets) ctx.files.push_back({a, {}});
  for (const auto& a : site.site_assets) ctx.files.push_back({a, {}});
  ctx.assets.insert(site.content.assets.begin(), site.content.assets.end());
  ctx.hidden.insert(site.content.hidden.begin(), site.content.hidden.end());
  ctx.drafts.insert(site.content.drafts.begin(), site.content.drafts.end());
  // Per page in parallel: a page changes only its own trees and reads the others' anchors.
  std::vector<Diagnostics> page_diags(site.pages.size());
  parallel_for(site.pages.size(), site.threads, [&](std::size_t i) {
    const Page& page = site.pages[i].page;
    if (!site.pages[i].doc) return;  // a generated page: no Markdown
    rewrite_doc(ctx, page, page.body_line, site.pages[i].doc.get(), page_diags[i]);
    if (site.pages[i].gewone_taal &&
        page.kenmerk)  // positions inside gewone_taal are relative to its TOML value
      rewrite_doc(ctx, page, page.kenmerk->gewone_taal_pos.line, site.pages[i].gewone_taal.get(),
                  page_diags[i]);
  });
  for (Diagnostics& d : page_diags) diags.merge(std::move(d));
}

}  // namespace ww
