#include "support/mini_site.h"

namespace ww::test {

MemoryFileSystem mini_site(std::string_view spec, bool with_theme) {
  MemoryFileSystem fs;
  std::string current;
  std::string body;
  bool has_base = false;
  auto flush = [&] {
    if (!current.empty()) {
      fs.add(current, body);
      if (current == "themes/standaard/templates/base.mustache") has_base = true;
    }
    body.clear();
  };
  std::size_t pos = 0;
  while (pos <= spec.size()) {
    std::size_t end = spec.find('\n', pos);
    std::string_view line =
        spec.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    std::string_view trimmed = line;
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
    if (trimmed.size() > 6 && trimmed.substr(0, 3) == "-- " &&
        trimmed.substr(trimmed.size() - 3) == " --") {
      flush();
      current = std::string(trimmed.substr(3, trimmed.size() - 6));
    } else if (!current.empty()) {
      body += std::string(line);
      body += '\n';
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  flush();
  if (with_theme && !has_base && !fs.is_file("themes/standaard/templates/base.mustache")) {
    fs.add("themes/standaard/templates/base.mustache",
           "<html><head><title>{{page.title}}</title></head><body>{{{main}}}</body></html>\n");
    if (!fs.is_file("themes/standaard/templates/page.mustache"))
      fs.add("themes/standaard/templates/page.mustache",
             "<h1>{{page.title}}</h1>\n{{{page.content}}}");
  }
  return fs;
}

std::string BuildResult::messages() const {
  std::string out;
  for (const auto& d : diags.items) out += format_diagnostic(d) + "\n";
  return out;
}

BuildResult build_memory(const FileSystem& fs, BuildOptions options) {
  BuildResult r;
  MemoryOutput out;
  BuildStats stats;
  options.threads = options.threads ? options.threads : 2;
  r.ok = build_site(fs, out, options, r.diags, stats);
  r.files = out.files();
  return r;
}

const BuildResult& kader_site() {
  static const BuildResult r = [] {
    DiskFileSystem fs;
    BuildOptions o;
    o.config_path = "site-config.toml";
    o.theme_dirs = {"themes"};
    return build_memory(fs, o);
  }();
  return r;
}

const std::string& kader_file(const std::string& path) {
  static const std::string none;
  auto it = kader_site().files.find(path);
  return it == kader_site().files.end() ? none : it->second;
}

}  // namespace ww::test
