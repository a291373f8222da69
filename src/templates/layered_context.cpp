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
bool needs_escape(char c) { return c == '&' || c == '<' || c == '>' || c == '"' || c == '\''; }
}  // namespace

std::string escape_html_text(const std::string& text) {
  std::size_t at = 0;
  while (at < text.size() && !needs_escape(text[at])) ++at;
  if (at == text.size()) return text;
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t done = 0;  // text before `done` is in `out`
  for (; at < text.size(); ++at) {
    const char c = text[at];
    if (!needs_escape(c)) continue;
    out.append(text, done, at - done);
    done = at + 1;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += "&apos;";
        break;
    }
  }
  out.append(text, done, std::string::npos);
  return out;
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
