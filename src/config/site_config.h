#pragma once
/// site-config.toml: the site's settings, checked strictly (unknown keys are errors).
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace ww {

struct GemeenteConfig {
  std::string naam;  ///< "Gemeente Krimpenerwaard"; empty for VNG's own site
  std::string logo;  ///< path relative to the config file
  std::string website;
  std::string loket;  ///< name of the loket / contact point
  std::string telefoon;
  std::string email;
  std::string url;     ///< contact page
  SourcePos logo_pos;  ///< where `logo` stands, for diagnostics
};

struct ThemaConfig {
  std::string tokens;    ///< NL Design System token CSS, relative to the config file
  std::string klasse;    ///< theme class put on <html>, e.g. "voorbeeld-theme"
  SourcePos tokens_pos;  ///< where `tokens` stands, for diagnostics
  SourcePos klasse_pos;  ///< where `klasse` stands, for diagnostics
};

/// Thresholds for the B1 check of `wegwijzer check`.
struct TaalConfig {
  double max_woorden_per_zin = 12.0;  ///< mean words per sentence
  int max_zinslengte = 20;            ///< no sentence longer than this
  double min_flesch_douma = 65.0;
  /// A text with fewer words is too short for a reliable mean and Flesch-Douma on its own: it is
  /// held to those thresholds together with the other texts of its kind.
  int min_woorden_meting = 100;
};

/// `[edities]`: the previous edition to compare with (docs/configuration.md, "Edities").
struct EditiesConfig {
  std::string vorige;  ///< folder with the previous edition's content, relative to the config file
  std::string vorige_ref;  ///< or a git ref of the repository ("v2024.03"), read with libgit2
  std::string naam;  ///< how readers see the previous edition ("2024.03"); defaults to the ref or
                     ///< folder name
  SourcePos vorige_pos, vorige_ref_pos;  ///< where those keys stand, for diagnostics
  [[nodiscard]] bool set() const { return !vorige.empty() || !vorige_ref.empty(); }
};

struct SiteConfig {
  std::string file;      ///< path of the config file as given
  std::string base_dir;  ///< folder of the config file; other paths are relative to it
  std::string title;
  std::string subtitle;
  std::string language = "nl";
  std::string organisation;
  std::string short_name;    ///< used for the zip's folder name; defaults to a slug of the title
  std::string versie;        ///< "2024.03"
  std::string datum;         ///< publication date, ISO "2024-03-01"
  std::string kader_editie;  ///< a gemeente copy: the VNG edition in content_dir ("2024.03",
                             ///< kader-<editie>.tar.gz)
  std::string base_url;      ///< only for canonical links and the sitemap
  std::string theme = "standaard";
  std::string content_dir = "content";
  std::string output_dir = "public";
  bool unsafe_html = false;
  bool smart_punctuation = false;
  std::vector<std::string> overlays;
  /// Folders outside the config's folder that the site may read (e.g. VNG's content beside a
  /// gemeente's copy); relative to the config file. See "the project" in docs/configuration.md.
  std::vector<std::string> toegestane_mappen;
  SourcePos content_dir_pos, toegestane_mappen_pos;
  std::vector<std::string> verberg;           ///< base pages to hide ("kader/leeswijzer.md")
  std::vector<std::string> verberg_vragen;    ///< base VIT question ids to hide ("5.3")
  std::vector<SourcePos> verberg_vragen_pos;  ///< where each id stands, for diagnostics
  SourcePos overlays_pos, verberg_pos;        ///< where those keys stand, for diagnostics
  SourcePos theme_pos, output_dir_pos;        ///< where `theme` and `output_dir` stand
  /// Reading order for previous/next: source paths ("kader/samenvatting.md") or whole
  /// sections ("basiskenmerken/"). Pages not listed get previous/next within their section.
  std::vector<std::string> leesvolgorde;
  GemeenteConfig gemeente;
  ThemaConfig thema;
  TaalConfig taal;
  EditiesConfig edities;

  /// Path of a site-relative setting (content_dir, theme folder, ...) from the working folder.
  [[nodiscard]] std::string resolve(const std::string& relative) const;
};

/// Parses the config text. All problems are reported; the result is usable when no error was added.
SiteConfig parse_site_config(std::string_view text, const std::string& file, Diagnostics& diags);

/// Reads and parses `path`; a missing file is an error.
SiteConfig load_site_config(const FileSystem& fs, const std::string& path, Diagnostics& diags);

}  // namespace ww
