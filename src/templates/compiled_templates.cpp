#include "templates/compiled_templates.h"

#include "core/html.h"

namespace ww {

CompiledTemplate compile_template(const std::string& text) {
  CompiledTemplate m(text);
  m.set_custom_escape([](const std::string& s) { return html_escape(s); });  // core/html.h
  return m;
}

CompiledTemplates compile_templates(const Theme& theme) {
  CompiledTemplates compiled;
  for (const auto& [name, t] : theme.templates) compiled.emplace(name, compile_template(t.text));
  return compiled;
}

CompiledTemplate* TemplateCopies::get(const std::string& name) {
  auto it = copies_.find(name);
  if (it != copies_.end()) return it->second.get();
  auto source = compiled_->find(name);
  if (source == compiled_->end()) return nullptr;
  return copies_.emplace(name, std::make_unique<CompiledTemplate>(source->second))
      .first->second.get();
}

}  // namespace ww
