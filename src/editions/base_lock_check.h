#pragma once
/// A gemeente copy against its `basis.lock`: what changed in the VNG text under the gemeente's own
/// text since the lock was written (docs/edities.md). Used by `build`, `check` and `wegwijzer
/// basis`.
#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/page.h"
#include "core/file_system.h"
#include "editions/base_lock.h"
#include "editions/base_snapshot.h"
#include "editions/compare.h"

namespace ww {

/// Keeps in `now` the lock's hidden questions that VNG took out but `verberg_vragen` still names:
/// recording the new base must not silence their warning (it stays until the id is taken out).
void carry_over_vanished_questions(const BaseLock& lock, const SiteConfig& config, BaseLock& now);

/// One thing a gemeente should look at after a new base.
struct BaseFinding {
  Severity severity = Severity::warning;
  std::string rule;  ///< basis-veranderd, basis-verdwenen, basis-vraag-veranderd, ...
  SourcePos pos;
  std::string message, hint;
  /// Set: not a diagnostic of its own but the hint of the error with this rule that the loader
  /// already gave at `pos.file` (aanvulling-wees) or about `onderwerp` (verberg).
  std::string hint_for_rule;
  std::string onderwerp;  ///< the base page, question id, term or abbreviation
  std::string titel;      ///< what readers call it (page title, statement text)
  std::string soort;      ///< aanvulling, vervangen, verborgen, vraag, begrip, afkorting, editie
  std::string oude_tekst, nieuwe_tekst;  ///< for a word diff in the update report
  std::string voorstel;                  ///< a vanished page: the page it most likely became
  std::string wijziging;                 ///< the change view in the site, when [edities] has one
};

/// Compares the lock with the content now. `now` is snapshot_base_lock of the same content;
/// `changes` (may be null) the comparison with [edities], for links to change views.
/// `fs` tells whether a gemeente file the lock names is still there.
/// `sha1` hashes the base pages now (editions/blob_hash.h).
std::vector<BaseFinding> compare_base_lock(const FileSystem& fs, const BaseLock& lock,
                                           const BaseLock& now, const SiteConfig& config,
                                           const SiteContent& merged, const SiteContent& base,
                                           const EditionChanges* changes, const BlobHasher& sha1);

/// True when `f` is about the loader's error `d` (see BaseFinding::hint_for_rule).
bool finding_covers(const BaseFinding& f, const Diagnostic& d);

/// Adds the findings to `diags` (or puts them as hints on the loader's errors, see hint_for_rule).
void report_base_findings(const std::vector<BaseFinding>& findings, Diagnostics& diags);

/// For build and check: when basis.lock exists, reads it (errors at its file:line:col) and reports
/// the findings. Without a lock, a copy with overlays gets one note on how to make it. Returns true
/// when a lock was there. Only with a lock is the hash module loaded from `module_dirs`; when it
/// cannot be, that is an error at the lock.
bool check_base_lock(const FileSystem& fs, const SiteConfig& config, const SiteContent& merged,
                     const EditionChanges* changes, WorkerPool* workers,
                     const std::vector<std::string>& module_dirs, Diagnostics& diags);

}  // namespace ww
