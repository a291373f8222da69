#include "templates/parts.h"

#include <memory>
#include <mutex>
#include <set>

#include "core/html.h"
#include "templates/layered_context.h"
#include "templates/page_data.h"

namespace ww {

namespace {

struct PartState {
  std::map<std::string, std::pair<std::string, std::string>> sources;  ///< name -> (file, text)
  Diagnostics* diags = nullptr;
  std::mutex mutex;  ///< guards diags and reported
  std::set<std::string> reported;
};

}  // namespace

PartRenderer part_renderer(const Theme& theme, Diagnostics& diags) {
  auto state = std::make_shared<PartState>();
  state->diags = &diags;
  for (const auto& [name, text] : builtin_part_partials())
    state->sources[name] = {"(ingebouwd) themes/standaard/templates/partials/" + name + ".mustache",
                            text};
  for (const auto& [name, t] : theme.partials) state->sources[name] = {t.file, t.text};
  return [state](const std::string& name, const toml::table& data) -> std::string {
    auto it = state->sources.find(name);
    std::string error;
    std::string file = "partials/" + name + ".mustache";
    if (it == state->sources.end()) {
      error = "partial '" + name + "' ontbreekt in het thema";
    } else {
      // A small template, compiled per call: parts are few, and a compiled kainjow template may
      // not be shared between threads.
      kainjow::mustache::mustache m(it->second.second);
      // The one escaper (core/html.h), as for the page templates and the passes' own HTML.
      m.set_custom_escape([](const std::string& s) { return html_escape(s); });
      if (m.is_valid()) {
        TemplateData root = toml_to_data(data);
        LayeredContext ctx({&root});
        std::string out = render_to_string(m, ctx);
        if (m.is_valid()) return out;
      }
      file = it->second.first;
      error = "template-fout: " + m.error_message();
    }
    std::lock_guard<std::mutex> lock(state->mutex);
    if (state->reported.insert(name).second)
      state->diags->error({file, 0, 0}, error, {}, "template");
    return {};
  };
}

}  // namespace ww
