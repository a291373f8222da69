#pragma once
/// The update report of `wegwijzer basis`: what a gemeente should review after a new VNG edition,
/// for the terminal and as one self-contained HTML file.
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "editions/base_lock_check.h"

namespace ww {

struct UpdateReport {
  std::string site;           ///< the site's title
  std::string lock_file;      ///< path of basis.lock
  bool has_lock = false;      ///< basis.lock was there (and readable)
  std::string lock_editie;    ///< the edition in basis.lock
  std::string editie;         ///< kader_editie now
  bool lock_current = false;  ///< basis.lock says exactly what --vastleggen would write now
  std::vector<BaseFinding> findings;
  std::vector<Diagnostic> errors;  ///< other errors in the gemeente's copy (rule and place)
  std::size_t paginas = 0, vragen = 0, woorden = 0;  ///< what the lock covers now
};

/// What the exit code of `wegwijzer basis` is for this report: 0 nothing to review, 1 errors,
/// 3 review needed (a finding, no lock yet, or a lock that is not current).
int update_report_exit_code(const UpdateReport& r);

/// Changed words as `[-weg-]{+nieuw+}` with a few words around them, at most `max` places.
std::vector<std::string> diff_excerpts(const std::string& before, const std::string& after,
                                       std::size_t max = 5);

/// The report for the terminal (Dutch, one finding per block, compiler-style first line).
std::string update_report_text(const UpdateReport& r);

/// The report as a self-contained HTML page (no external files, no script): word diffs in
/// <ins>/<del> with hidden "toegevoegd:"/"verwijderd:" for screen readers.
std::string update_report_html(const UpdateReport& r);

/// Marks a file as an update report, so `wegwijzer basis` only ever replaces its own report.
inline constexpr const char* kUpdateReportMarker =
    "<meta name=\"generator\" content=\"wegwijzer basis\">";

}  // namespace ww
