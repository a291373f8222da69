#pragma once
/// The main navigation (`nav`, `waarden`) and the links to the site root (`root`, `home_url`).
/// They depend only on the folder of a page's output and its section, except for the items marked
/// `current`, so the page renderer builds them once per folder and section and only moves the
/// marks.
#include <map>
#include <utility>

#include "templates/page_data.h"

namespace ww {

/// The `current` flags in a menu, by the page index they link to.
using CurrentFlags = std::multimap<std::size_t, TemplateData*>;

/// Adds `root`, `home_url`, `nav` and `waarden` for a page written to `from` to the object `into`.
/// Items linking to `current` are marked current; with `flags`, where each item's flag lives is
/// recorded (valid while `into` lives and its menu is not changed).
void add_menu_data(const SiteView& view, const Page& from, const Page* current, TemplateData& into,
                   CurrentFlags* flags);

/// The menu data of pages by folder and section, for one worker: not thread-safe, every worker
/// has its own.
class MenuCache {
 public:
  /// An object with `root`, `home_url`, `nav` and `waarden` for page `index`, with that page's
  /// items marked current; the same as add_menu_data gives. Valid until the next call.
  const TemplateData& layer_for(const SiteView& view, std::size_t index);

 private:
  struct Layer {
    TemplateData data;
    CurrentFlags flags;
  };
  void unmark();
  std::map<std::pair<std::string, std::string>, Layer> layers_;  ///< by (output folder, section)
  Layer* marked_ = nullptr;
  std::size_t marked_index_ = 0;
};

}  // namespace ww
