#pragma once
/// The theme's page templates, each compiled once, on its first use (kainjow parses a template
/// into a tree of components). check_templates() asks whether each one compiles; render_pages()
/// gives every worker its own copy of the ones it uses, because a kainjow template is rendered
/// through non-const members and so is not shared between threads. Copying a compiled template
/// costs a few allocations; parsing it again costs far more (bench/RESULTS.md).
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "templates/theme.h"

namespace ww {

using CompiledTemplate = kainjow::mustache::mustache;

/// Whether kainjow compiles `text` without a syntax error, found without building its tree (a
/// scan for the tags, as kainjow's parser finds them). False also when the scan cannot tell
/// (a delimiter change `{{=<% %>=}}`): the caller then compiles the text to know.
bool compiles_certainly(std::string_view text);

/// Template name ("page", "base") -> the compiled template, escaping with core's html_escape.
/// A template is compiled on its first use (at(): render_pages, or check_templates for one that
/// may not compile), once for all templates with the same text; a theme's templates that no page
/// of a build uses are not compiled. Thread-safe.
class CompiledTemplates {
 public:
  CompiledTemplates() = default;  ///< no templates
  explicit CompiledTemplates(const Theme& theme);
  std::size_t size() const { return by_name_.size(); }
  std::size_t count(const std::string& name) const { return by_name_.count(name); }
  /// Template `name` compiled (is_valid() false for a syntax error); throws std::out_of_range
  /// when the theme has no such template.
  const CompiledTemplate& at(const std::string& name) const;
  /// Whether template `name` compiles; compiles it only when the scan cannot tell.
  bool is_valid(const std::string& name) const;

 private:
  struct Entry {
    std::string_view text;  ///< the theme's expanded text (the Theme outlives this)
    std::once_flag once;
    std::optional<CompiledTemplate> compiled;
  };
  std::map<std::string, std::shared_ptr<Entry>> by_name_;  ///< the same Entry for the same text
};

/// The theme's templates, each compiled when first used (see CompiledTemplates), by the worker
/// that first needs it.
CompiledTemplates compile_templates(const Theme& theme);

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
