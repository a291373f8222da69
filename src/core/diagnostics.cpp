#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace ww {

void Diagnostics::error(SourcePos pos, std::string message, std::string hint, std::string rule) {
  items.push_back(
      {Severity::error, std::move(pos), std::move(message), std::move(hint), std::move(rule)});
}

void Diagnostics::warning(SourcePos pos, std::string message, std::string hint, std::string rule) {
  items.push_back(
      {Severity::warning, std::move(pos), std::move(message), std::move(hint), std::move(rule)});
}

void Diagnostics::note(SourcePos pos, std::string message) {
  items.push_back({Severity::note, std::move(pos), std::move(message), {}, {}});
}

void Diagnostics::merge(Diagnostics other) {
  items.insert(items.end(), std::make_move_iterator(other.items.begin()),
               std::make_move_iterator(other.items.end()));
}

bool Diagnostics::has_errors() const { return count(Severity::error) > 0; }

std::size_t Diagnostics::count(Severity s) const {
  return static_cast<std::size_t>(std::count_if(
      items.begin(), items.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

const char* severity_word(Severity s) {
  switch (s) {
    case Severity::error:
      return "fout";
    case Severity::warning:
      return "waarschuwing";
    case Severity::note:
      return "opmerking";
  }
  return "fout";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out;
  if (!d.pos.file.empty()) {
    out += d.pos.file;
    if (d.pos.line > 0) {
      out += ':' + std::to_string(d.pos.line);
      if (d.pos.col > 0) out += ':' + std::to_string(d.pos.col);
    }
    out += ": ";
  }
  out += severity_word(d.severity);
  out += ": ";
  out += d.message;
  if (!d.rule.empty()) out += " [" + d.rule + "]";
  if (!d.hint.empty()) out += "\n  hint: " + d.hint;
  return out;
}

void sort_diagnostics(std::vector<Diagnostic>& items) {
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.file, a.pos.line, a.pos.col) <
           std::tie(b.pos.file, b.pos.line, b.pos.col);
  });
}

}  // namespace ww
