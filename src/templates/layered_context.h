#pragma once
/// A Mustache context over several root objects, so that page data can be split into parts that
/// are built once (site-wide strings, a folder's menu) and parts built for each page.
#include <kainjow/mustache.hpp>
#include <string>
#include <vector>

namespace ww {

/// Looks names up like kainjow's own context, with `roots` (first wins) at the bottom of the stack.
/// When the roots have no top-level name in common, every lookup gives the same result as one root
/// object holding all their names, so templates see the same data either way.
class LayeredContext : public kainjow::mustache::basic_context<std::string> {
 public:
  using Data = kainjow::mustache::data;
  explicit LayeredContext(const std::vector<const Data*>& roots);

  void push(const Data* data) override { stack_.push_back(data); }
  void pop() override { stack_.pop_back(); }
  const Data* get(const std::string& name) const override;
  const Data* get_partial(const std::string& name) const override;

 private:
  std::vector<const Data*>
      stack_;  ///< bottom first: the last root, ..., the first root, then sections
  mutable std::vector<std::string> parts_;  ///< scratch for dotted names
};

/// Renders `tmpl` with `ctx` into a string (without kainjow's stringstream and its copy).
std::string render_to_string(kainjow::mustache::mustache& tmpl, LayeredContext& ctx);

}  // namespace ww
