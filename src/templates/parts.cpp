#include "templates/parts.h"

#include <memory>
#include <mutex>
#include <set>
#include <vector>

#include "templates/compiled_templates.h"
#include "templates/layered_context.h"
#include "templates/notes_data.h"
#include "templates/page_data.h"
#include "templates/template_check.h"

namespace ww {

namespace {

/// A partial compiled once, and copies of it that calls on other threads have given back.
struct CompiledPart {
  std::string file;
  CompiledTemplate compiled;
  std::vector<std::unique_ptr<CompiledTemplate>> spare;
  bool may_fail = true;  ///< may_fail_when_rendered(its text)
};

struct PartState {
  std::map<std::string, std::pair<std::string, std::string>> sources;  ///< name -> (file, text)
  Diagnostics* diags = nullptr;
  /// False: a partial that compiled and cannot fail while rendering is not rendered (the text
  /// would be thrown away).
  bool keep_text = true;
  std::mutex mutex;  ///< guards everything below
  std::set<std::string> reported;
  std::map<std::string, CompiledPart> compiled;  ///< by name, compiled on first use
};

/// A copy of partial `name` for one call, or nullptr when there is no such partial (or, when the
/// text is not kept, when it need not be rendered: `skip` is then set). A kainjow
/// template is rendered through non-const members, so each call renders its own copy; copies
/// are kept for later calls, so each partial is parsed once however many pages use it.
std::unique_ptr<CompiledTemplate> take_part(PartState& state, const std::string& name,
                                            std::string& file, bool& skip) {
  std::lock_guard<std::mutex> lock(state.mutex);
  auto it = state.compiled.find(name);
  if (it == state.compiled.end()) {
    auto source = state.sources.find(name);
    if (source == state.sources.end()) return nullptr;
    it = state.compiled
             .emplace(name, CompiledPart{source->second.first,
                                         compile_template(source->second.second),
                                         {},
                                         may_fail_when_rendered(source->second.second)})
             .first;
  }
  CompiledPart& part = it->second;
  file = part.file;
  // Nothing to render: the text is not kept, and compiled it cannot fail (see part_renderer).
  if (!state.keep_text && part.compiled.is_valid() && !part.may_fail) {
    skip = true;
    return nullptr;
  }
  if (part.spare.empty()) return std::make_unique<CompiledTemplate>(part.compiled);
  std::unique_ptr<CompiledTemplate> copy = std::move(part.spare.back());
  part.spare.pop_back();
  return copy;
}

void give_back(PartState& state, const std::string& name, std::unique_ptr<CompiledTemplate> m) {
  std::lock_guard<std::mutex> lock(state.mutex);
  state.compiled.at(name).spare.push_back(std::move(m));
}

/// Renders partial `name` with the data `make_data()` gives (called only when the partial is
/// rendered): a missing partial or a template error is reported once per partial and gives "".
template <typename MakeData>
std::string render_part(PartState& state, const std::string& name, MakeData&& make_data) {
  std::string file = "partials/" + name + ".mustache";
  std::string error;
  bool skip = false;
  std::unique_ptr<CompiledTemplate> m = take_part(state, name, file, skip);
  if (skip) return {};
  if (m) {
    if (!m->is_valid()) {  // a syntax error: in Dutch, at its line and column
      std::lock_guard<std::mutex> lock(state.mutex);
      if (state.reported.insert(name).second)
        report_template_syntax_error(file, state.sources.at(name).second, m->error_message(),
                                     *state.diags);
      return {};
    }
    TemplateData root = make_data();
    LayeredContext ctx({&root});
    std::string out = render_to_string(*m, ctx);
    if (m->is_valid()) {
      give_back(state, name, std::move(m));
      return out;
    }
    error = "template-fout: " + m->error_message();  // an error while rendering
  } else {
    error = "partial '" + name + "' ontbreekt in het thema";
  }
  std::lock_guard<std::mutex> lock(state.mutex);
  if (state.reported.insert(name).second) state.diags->error({file, 0, 0}, error, {}, "template");
  return {};
}

}  // namespace

PartRenderer part_renderer(const Theme& theme, Diagnostics& diags, bool keep_text) {
  auto state = std::make_shared<PartState>();
  state->diags = &diags;
  state->keep_text = keep_text;
  for (const auto& [name, text] : builtin_part_partials())
    state->sources[name] = {"(ingebouwd) themes/standaard/templates/partials/" + name + ".mustache",
                            text};
  for (const auto& [name, t] : theme.partials) state->sources[name] = {t.file, t.text};
  PartRenderer renderer;
  renderer.render = [state](const std::string& name, toml::table data) -> std::string {
    return render_part(*state, name, [&] { return take_toml_data(std::move(data)); });
  };
  renderer.notes = [state, name = std::string("noten")](const std::vector<PageNote>& notes,
                                                        std::vector<std::string>& texts) {
    return render_part(*state, name, [&] { return notes_data(notes, texts); });
  };
  return renderer;
}

}  // namespace ww
