#include "templates/menu_data.h"

#include "core/file_system.h"
#include "markdown/links.h"
#include "templates/data_helpers.h"

namespace ww {

namespace {
/// Sections with more pages than this list only their index page in the menu.
constexpr std::size_t kMaxMenuPages = 40;

/// A link item; its target is recorded in `targets`, in the order the items are made.
TemplateData menu_item(const SiteView& v, const Page& from, const Page* current, std::size_t target,
                       std::vector<std::size_t>& targets) {
  targets.push_back(target);
  return link_item(v, from.output, target, current == &v.site.pages[target].page);
}

/// Records where the `current` flag of every menu item in `menu` lives, visiting the items in the
/// order add_menu_data makes them (a section, then its pages; the kenmerken by waarde).
void record_flags(TemplateData& menu, const std::vector<std::size_t>& targets,
                  CurrentFlags& flags) {
  std::size_t n = 0;
  auto record = [&](TemplateData& item) { flags.emplace(targets.at(n++), &item["current"]); };
  for (auto& section : mutable_list(menu["nav"])) {
    record(section);
    for (auto& item : mutable_list(section["pages"])) record(item);
  }
  for (auto& waarde : mutable_list(menu["waarden"]))
    for (auto& item : mutable_list(waarde["kenmerken"])) record(item);
}
}  // namespace

void add_menu_data(const SiteView& v, const Page& from, const Page* current, TemplateData& into,
                   CurrentFlags* flags) {
  const auto pages = pages_of(v.site);
  std::vector<std::size_t> targets;
  into.set("root", root_prefix(from.output));
  into.set("home_url", relative_url(from.output, "index.html"));

  // Main navigation: sections in page order with their pages (long sections list only their index).
  TemplateData nav = data_list();
  for (std::size_t i : v.nav.section_indices) {
    TemplateData s = menu_item(v, from, current, i, targets);
    if (from.section == pages[i].section) s.set("in_section", true);
    // The theme's menu lists the pages of the current section only; the other sections are one
    // link each, to their section page that lists their pages (a side navigation that unfolds
    // where you are; the whole list on every page was twice the text at 400 % zoom, issue 25).
    const std::string& sec = pages[i].section;
    s.set("uitgeklapt", from.section == sec);
    s.set("is_kenmerken", sec == "basiskenmerken");
    static const std::vector<std::size_t> none;
    auto it = v.nav.section_pages.find(pages[i].section);
    const auto& members = it == v.nav.section_pages.end() ? none : it->second;
    TemplateData items = data_list();
    if (members.size() <= kMaxMenuPages)
      for (std::size_t j : members) append(items, menu_item(v, from, current, j, targets));
    if (!members.empty() && members.size() <= kMaxMenuPages) s.set("has_pages", true);
    put(s, "pages", std::move(items));
    append(nav, std::move(s));
  }
  put(into, "nav", std::move(nav));

  // The three values with their basiskenmerken.
  TemplateData waarden = data_list();
  for (const char* w : {"dichtbij", "integraal", "mandaat"}) {
    TemplateData wd;
    wd.set("waarde", std::string(w));
    wd.set("label", waarde_label(w));
    TemplateData ks = data_list();
    for (const auto& [nummer, pi] : v.nav.kenmerk_page)
      if (pages[pi].kenmerk->waarde == w) append(ks, menu_item(v, from, current, pi, targets));
    put(wd, "kenmerken", std::move(ks));
    append(waarden, std::move(wd));
  }
  put(into, "waarden", std::move(waarden));
  if (flags) record_flags(into, targets, *flags);
}

void MenuCache::unmark() {
  if (!marked_) return;
  auto [lo, hi] = marked_->flags.equal_range(marked_index_);
  for (auto it = lo; it != hi; ++it) *it->second = TemplateData(false);
  marked_ = nullptr;
}

const TemplateData& MenuCache::layer_for(const SiteView& v, std::size_t index) {
  // A site with a folder per page would keep one menu per page: start over now and then.
  constexpr std::size_t kMaxLayers = 64;
  unmark();
  const Page& page = v.site.pages[index].page;
  auto key = std::make_pair(path_dir(page.output), page.section);
  auto it = layers_.find(key);
  if (it == layers_.end()) {
    if (layers_.size() >= kMaxLayers) layers_.clear();
    it = layers_.emplace(std::move(key), Layer{}).first;
    add_menu_data(v, page, nullptr, it->second.data, &it->second.flags);
  }
  Layer& layer = it->second;
  auto [lo, hi] = layer.flags.equal_range(index);
  for (auto f = lo; f != hi; ++f) *f->second = TemplateData(true);
  marked_ = &layer;
  marked_index_ = index;
  return layer.data;
}

}  // namespace ww
