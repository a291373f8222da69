#pragma once
/// Small helpers for building kainjow template data without deep copies (internal to templates/).
#include "templates/page_data.h"

namespace ww {

/// An empty list.
inline TemplateData data_list() { return TemplateData(TemplateData::type::list); }

/// The list held by `list`, for appending and marking in place.
inline kainjow::mustache::list& mutable_list(TemplateData& list) {
  // list_value() hands out the list as const, but `list` owns it and it is not const.
  return const_cast<kainjow::mustache::list&>(list.list_value());
}

// data::set and data::push_back copy the whole subtree they are given, and the copies are
// destroyed again: for a page with a large menu that was most of the build. These move instead.
inline void put(TemplateData& object, const std::string& key, TemplateData&& value) {
  object[key] = std::move(value);
}
/// kainjow's move constructor is not noexcept, so a growing std::vector would deep-copy the items
/// it has; this grows the list by moving them.
inline void append(TemplateData& list, TemplateData&& item) {
  auto& items = mutable_list(list);
  if (items.size() == items.capacity()) {
    kainjow::mustache::list bigger;
    bigger.reserve(items.size() * 2 + 4);
    for (auto& old : items) bigger.push_back(std::move(old));
    items.swap(bigger);
  }
  items.push_back(std::move(item));
}

/// A link item `{title, url, kort, nummer, current}` from the page written to `from_output` to page
/// `target`.
TemplateData link_item(const SiteView& view, const std::string& from_output, std::size_t target,
                       bool current);

}  // namespace ww
