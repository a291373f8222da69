#pragma once
/// A small CSS reader for design-token files: it finds the rules and their custom properties
/// (`--name: value;`) with their positions, and reports broken CSS (an open comment, string or
/// block, a stray `}`). It is no full CSS parser: other declarations are skipped.
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace ww {

struct CssDeclaration {
  std::string name;   ///< "--basis-color-default-bg-document"
  std::string value;  ///< trimmed, comments removed
  SourcePos pos;      ///< where the name starts
};

struct CssRule {
  std::vector<std::string> selectors;        ///< the comma-separated selectors, trimmed
  bool dark = false;                         ///< inside `@media (prefers-color-scheme: dark)`
  std::vector<CssDeclaration> declarations;  ///< custom properties only, in file order
};

struct CssTokenFile {
  std::vector<CssRule> rules;
  std::size_t custom_properties = 0;
};

/// Reads `text` (from `file`); problems are errors in `diags` with their line and column.
CssTokenFile read_css_tokens(const std::string& text, const std::string& file, Diagnostics& diags);

/// The class names (without '.') that the selectors of `rules` use, sorted and unique.
std::vector<std::string> css_classes(const CssTokenFile& css);

}  // namespace ww
