#include "pipeline/render_pages.h"

#include <optional>
#include <set>

#include "core/html.h"
#include "core/toml_util.h"
#include "publish/html_rewrite.h"
#include "templates/layered_context.h"
#include "templates/menu_data.h"
#include "templates/template_check.h"

namespace ww {

namespace {
/// Where the page's `template = ...` stands.
SourcePos template_key_pos(const Page& page) {
  if (page.template_pos.line > 0) return page.template_pos;
  if (const toml::node* n = page.front.get("template"))
    return toml_pos(page.file, n->source(), page.front_line - 1);
  return {page.file, 1, 1};
}

}  // namespace

void render_pages(const ParsedSite& site, const SiteView& view, const Theme& theme,
                  const CompiledTemplates& templates, OutputSink& sink, WorkerPool* pool,
                  Diagnostics& diags, const std::vector<char>* only) {
  const auto pages = pages_of(site);
  const unsigned workers = worker_count(pool);
  std::vector<TemplateCopies> compiled;
  for (unsigned w = 0; w < workers; ++w) compiled.emplace_back(templates);
  std::vector<Diagnostics> worker_diags(workers);
  /// Per page: the template that failed while rendering it (its file) and kainjow's message.
  std::vector<std::optional<std::pair<std::string, std::string>>> failures(pages.size());
  // Into a sink that keeps nothing (check), a page is only rendered when that can report a
  // template error (may_fail_when_rendered); a missing template is found without rendering.
  const bool render_all = sink.keeps_output();
  std::set<std::string> must_render;
  if (!render_all)
    for (const auto& [name, t] : theme.templates)
      if (may_fail_when_rendered(t.text)) must_render.insert(name);
  // The data of a page comes in three layers (see make_page_data): site-wide, shared by all
  // workers and only read; the menu, from a cache per worker; and the page's own.
  const TemplateData site_layer =
      render_all || !must_render.empty() ? make_site_layer(view) : TemplateData();
  std::vector<MenuCache> menus(workers);
  parallel_for_workers(pages.size(), pool, [&](std::size_t i, unsigned w) {
    if (only && !(*only)[i]) return;
    const Page& page = pages[i];
    if (!render_all) {  // only what the lookup below reports, without copying a template
      const std::string wanted = template_for(page);
      const bool known = templates.count(wanted) > 0;
      if (!must_render.count(known ? wanted : "page") && !must_render.count("base")) {
        if (!known && !page.template_name.empty())
          worker_diags[w].error(template_key_pos(page),
                                "template '" + wanted + "' bestaat niet in het thema", {},
                                "template");
        return;
      }
    }
    TemplateCopies& c = compiled[w];
    std::string name = template_for(page);
    CompiledTemplate* body_t = c.get(name);
    if (!body_t) {
      if (!page.template_name.empty())
        worker_diags[w].error(template_key_pos(page),
                              "template '" + name + "' bestaat niet in het thema", {}, "template");
      name = "page";
      body_t = c.get(name);
    }
    CompiledTemplate* base_t = c.get("base");
    if (!body_t || !base_t) return;
    TemplateData page_layer = make_page_layer(view, i);
    const TemplateData& menu_layer = menus[w].layer_for(view, i);
    LayeredContext ctx({&page_layer, &menu_layer, &site_layer});
    // A template that fails while rendering keeps kainjow's error: the worker's copy is made
    // again, so the next page starts clean whichever worker gets it.
    auto failed = [&](const std::string& failing, CompiledTemplate& t) {
      failures[i] = {theme.templates.at(failing).file, "template-fout: " + t.error_message()};
      c.drop(failing);
    };
    std::string main = render_to_string(*body_t, ctx);
    if (!body_t->is_valid()) return failed(name, *body_t);
    page_layer["main"] = text_data(std::move(main));  // set() would copy the page body twice
    std::string html = render_to_string(*base_t, ctx);
    if (!base_t->is_valid()) return failed("base", *base_t);
    // A server shows 404.html for a missing address at any depth: its links must not be relative.
    if (page.output == "404.html" && !view.config.base_url.empty() && !view.serve_mode)
      html = absolute_links(html, page.output, base_url_path(view.config.base_url));
    if (!sink.write(page.output, html))
      worker_diags[w].error({page.output, 0, 0}, "kan niet geschreven worden", {}, "uitvoer");
  });
  for (auto& d : worker_diags) diags.merge(std::move(d));
  // Each failing template once, at the first page in page order it failed on.
  std::set<std::pair<std::string, std::string>> reported;
  for (auto& f : failures)
    if (f && reported.insert(*f).second) diags.error({f->first, 0, 0}, f->second, {}, "template");
}

}  // namespace ww
