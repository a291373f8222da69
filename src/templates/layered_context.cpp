#include "templates/layered_context.h"

namespace ww {

LayeredContext::LayeredContext(const std::vector<const Data*>& roots)
    : stack_(roots.rbegin(), roots.rend()) {}

const LayeredContext::Data* LayeredContext::get(const std::string& name) const {
  if (name.size() == 1 && name[0] == '.') return stack_.empty() ? nullptr : stack_.back();
  if (name.find('.') == std::string::npos) {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (const Data* var = (*it)->get(name)) return var;
    return nullptr;
  }
  // "x.y": split as kainjow does (std::getline on '.': a trailing empty part is dropped).
  parts_.clear();
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t dot = name.find('.', start);
    if (dot == std::string::npos) dot = name.size();
    parts_.emplace_back(name, start, dot - start);
    start = dot + 1;
  }
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
    const Data* var = *it;
    for (const auto& part : parts_) {
      var = var->get(part);
      if (!var) break;
    }
    if (var) return var;
  }
  return nullptr;
}

const LayeredContext::Data* LayeredContext::get_partial(const std::string& name) const {
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
    if (const Data* var = (*it)->get(name)) return var;
  return nullptr;
}

namespace {
/// The stream kainjow writes to: appends to a string.
struct StringStream {
  std::string text;
  StringStream& operator<<(const std::string& s) {
    text += s;
    return *this;
  }
};
}  // namespace

std::string render_to_string(kainjow::mustache::mustache& tmpl, LayeredContext& ctx) {
  StringStream out;
  if (tmpl.is_valid()) tmpl.render(ctx, out);
  return std::move(out.text);
}

}  // namespace ww
