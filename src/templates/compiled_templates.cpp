#include "templates/compiled_templates.h"

#include <stdexcept>
#include <vector>

#include "core/html.h"

namespace ww {

CompiledTemplate compile_template(const std::string& text) {
  CompiledTemplate m(text);
  m.set_custom_escape([](const std::string& s) { return html_escape(s); });  // core/html.h
  return m;
}

bool compiles_certainly(std::string_view in) {
  // kainjow's parser (mustache.hpp, parser::parse) with the default delimiters: a tag starts at
  // each "{{" outside a tag ("{{{" when the next character is '{', unless the "{{" ends the
  // text) and ends at the next "}}" ("}}}"); its contents are trimmed with kainjow's trim. It
  // fails on a tag without an end, an end tag with no open section, and (when done) a section
  // not closed by an end tag of the same name. A tag starting with '=' (also in "{{{") changes the
  // delimiters or fails: not followed.
  using kainjow::mustache::trim;
  std::vector<std::string> open;
  std::size_t pos = 0;
  while (true) {
    const std::size_t start = in.find("{{", pos);
    if (start == std::string_view::npos) break;
    std::size_t contents = start + 2;
    const bool unescaped = start != in.size() - 2 && in[contents] == '{';
    const std::string_view end_delim = unescaped ? "}}}" : "}}";
    if (unescaped) ++contents;
    const std::size_t end = in.find(end_delim, contents);
    if (end == std::string_view::npos) return false;
    pos = end + end_delim.size();
    const std::string tag = trim(std::string(in.substr(contents, end - contents)));
    if (tag.empty()) continue;
    if (tag[0] == '=') return false;  // also in "{{{= ...}}}"
    if (unescaped) continue;
    if (tag[0] == '#' || tag[0] == '^') {
      open.push_back(trim(tag.substr(1)));
    } else if (tag[0] == '/') {
      if (open.empty() || open.back() != trim(tag.substr(1))) return false;
      open.pop_back();
    }
  }
  return open.empty();
}

CompiledTemplates::CompiledTemplates(const Theme& theme) {
  std::map<std::string_view, std::shared_ptr<Entry>> by_text;
  for (const auto& [name, source] : theme.templates) {
    auto& entry = by_text[source.text];
    if (!entry) {
      entry = std::make_shared<Entry>();
      entry->text = source.text;
    }
    by_name_.emplace(name, entry);
  }
}

const CompiledTemplate& CompiledTemplates::at(const std::string& name) const {
  auto it = by_name_.find(name);
  if (it == by_name_.end()) throw std::out_of_range("template " + name);
  Entry& e = *it->second;
  std::call_once(e.once, [&] { e.compiled.emplace(compile_template(std::string(e.text))); });
  return *e.compiled;
}

bool CompiledTemplates::is_valid(const std::string& name) const {
  auto it = by_name_.find(name);
  if (it == by_name_.end()) throw std::out_of_range("template " + name);
  return compiles_certainly(it->second->text) || at(name).is_valid();
}

CompiledTemplates compile_templates(const Theme& theme) { return CompiledTemplates(theme); }

CompiledTemplate* TemplateCopies::get(const std::string& name) {
  auto it = copies_.find(name);
  if (it != copies_.end()) return it->second.get();
  if (!compiled_->count(name)) return nullptr;
  return copies_.emplace(name, std::make_unique<CompiledTemplate>(compiled_->at(name)))
      .first->second.get();
}

}  // namespace ww
