#include "pipeline/theme_assets.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "pipeline/image_kind.h"
#include "publish/svg_check.h"

namespace ww {

namespace {

std::string lower_extension(const std::string& path) {
  std::string name = path_file(path);
  std::size_t dot = name.rfind('.');
  if (dot == std::string::npos) return {};
  std::string ext = name.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return ext;
}

bool is_image_extension(const std::string& ext) {
  static const std::array<const char*, 6> ok = {".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif"};
  return std::any_of(ok.begin(), ok.end(), [&](const char* e) { return ext == e; });
}

}  // namespace

std::string logo_output(const std::string& logo) { return "gemeente-logo" + lower_extension(logo); }

std::vector<ThemeAsset> load_theme_assets(const FileSystem& fs, const SiteConfig& config,
                                          Diagnostics& diags) {
  std::vector<ThemeAsset> out;
  if (!config.thema.tokens.empty()) {
    const std::string file = config.resolve(config.thema.tokens);
    if (auto bytes = fs.read(file)) {
      out.push_back({kTokensOutput, std::move(*bytes)});
    } else {
      diags.error(config.thema.tokens_pos,
                  "tokenbestand '" + file + "' bestaat niet of kan niet gelezen worden",
                  "het pad in [thema] tokens is relatief ten opzichte van " + config.file,
                  "thema-tokens");
    }
  }
  if (!config.gemeente.logo.empty()) {
    const std::string file = config.resolve(config.gemeente.logo);
    if (!is_image_extension(lower_extension(file))) {
      diags.error(config.gemeente.logo_pos,
                  "logo '" + file + "' is geen afbeelding die een browser toont",
                  "gebruik een .svg, .png, .jpg, .webp of .gif", "gemeente-logo");
    } else if (auto bytes = fs.read(file)) {
      if (auto problem = image_content_problem(lower_extension(file), *bytes))
        diags.error(config.gemeente.logo_pos, "logo '" + file + "' is geen afbeelding: " + *problem,
                    "zet het beeldbestand van uw logo hier neer (bij voorkeur een SVG)",
                    "gemeente-logo");
      else if (auto svg = is_svg_path(file) ? svg_problem(*bytes) : std::nullopt)
        diags.error({file, svg->line, svg->column}, svg->message, kSvgHint, "svg");
      else
        out.push_back({logo_output(file), std::move(*bytes)});
    } else {
      diags.error(config.gemeente.logo_pos,
                  "logo '" + file + "' bestaat niet of kan niet gelezen worden",
                  "het pad in [gemeente] logo is relatief ten opzichte van " + config.file,
                  "gemeente-logo");
    }
  }
  return out;
}

}  // namespace ww
