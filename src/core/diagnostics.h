#pragma once
/// Diagnostics in the form compilers use: `file:line:col: fout: message [rule]`.
/// Every stage reports into a Diagnostics list; the build fails after all are collected.
#include <string>
#include <vector>

namespace ww {

/// A place in an input file. line and col are 1-based; 0 means unknown.
struct SourcePos {
  std::string file;
  int line = 0;
  int col = 0;
};

enum class Severity { error, warning, note };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;  ///< Dutch, for editors
  std::string hint;     ///< optional, e.g. "bedoelde u 'sociale-basis'?"
  std::string rule;     ///< optional rule id, e.g. "dode-link"
};

/// An append-only list of findings. Not thread-safe: give each worker its own and merge.
struct Diagnostics {
  std::vector<Diagnostic> items;

  void error(SourcePos pos, std::string message, std::string hint = {}, std::string rule = {});
  void warning(SourcePos pos, std::string message, std::string hint = {}, std::string rule = {});
  void note(SourcePos pos, std::string message);
  void merge(Diagnostics other);
  [[nodiscard]] bool has_errors() const;
  [[nodiscard]] std::size_t count(Severity s) const;
};

/// "fout", "waarschuwing", "opmerking".
const char* severity_word(Severity s);

/// One diagnostic as text: `file:line:col: fout: message [rule]` plus a hint line.
std::string format_diagnostic(const Diagnostic& d);

/// Sorts by file, line, column (stable), so output order never depends on threads.
void sort_diagnostics(std::vector<Diagnostic>& items);

}  // namespace ww
