#include "templates/compiled_templates.h"

#include <optional>
#include <vector>

#include "core/html.h"
#include "core/parallel.h"

namespace ww {

CompiledTemplate compile_template(const std::string& text) {
  CompiledTemplate m(text);
  m.set_custom_escape([](const std::string& s) { return html_escape(s); });  // core/html.h
  return m;
}

CompiledTemplates compile_templates(const Theme& theme, WorkerPool* workers) {
  std::vector<const std::pair<const std::string, TemplateSource>*> sources;
  for (const auto& entry : theme.templates) sources.push_back(&entry);
  std::vector<std::optional<CompiledTemplate>> made(sources.size());
  // Parsing is most of the theme's start-up time at kader size; each template is parsed alone.
  parallel_for(sources.size(), workers,
               [&](std::size_t i) { made[i].emplace(compile_template(sources[i]->second.text)); });
  CompiledTemplates compiled;
  for (std::size_t i = 0; i < sources.size(); ++i)
    compiled.emplace(sources[i]->first, std::move(*made[i]));
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
