#pragma once
/// The theme's page templates compiled once (kainjow parses a template into a tree of
/// components). check_templates() reads their syntax errors; render_pages() gives every worker
/// its own copy of the ones it uses, because a kainjow template is rendered through non-const
/// members and so is not shared between threads. Copying a compiled template costs a few
/// allocations; parsing it again costs far more (bench/RESULTS.md).
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string>

#include "core/parallel.h"
#include "templates/theme.h"

namespace ww {

using CompiledTemplate = kainjow::mustache::mustache;

/// Template name ("page", "base") -> the compiled template, escaping with core's html_escape.
using CompiledTemplates = std::map<std::string, CompiledTemplate>;

/// Compiles `theme.templates` on `workers` (null: the calling thread); a template with a syntax
/// error is kept with is_valid() false.
CompiledTemplates compile_templates(const Theme& theme, WorkerPool* workers = nullptr);

/// Compiles one template text with the escaper every template uses (core's html_escape).
CompiledTemplate compile_template(const std::string& text);

/// One worker's copies of compiled templates, made on first use.
class TemplateCopies {
 public:
  explicit TemplateCopies(const CompiledTemplates& compiled) : compiled_(&compiled) {}
  /// The worker's copy of template `name`, or nullptr when the theme has no such template.
  CompiledTemplate* get(const std::string& name);
  /// Forgets the worker's copy of `name` (one that failed while rendering keeps kainjow's
  /// error); the next get() copies the compiled template again.
  void drop(const std::string& name) { copies_.erase(name); }

 private:
  const CompiledTemplates* compiled_;
  std::map<std::string, std::unique_ptr<CompiledTemplate>> copies_;
};

}  // namespace ww
