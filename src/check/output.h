#pragma once
/// How `wegwijzer check` shows its result: the text form for editors (one finding a line,
/// compiler style, plus a summary) and the JSON form for CI.
#include <string>

#include "check/check.h"
#include "core/json.h"  // json_string

namespace ww {

/// "3 fouten, 12 waarschuwingen, 4 opmerkingen in 92 pagina's; taaltoets: 41 B1-teksten, waarvan 2
/// apart onder een drempel; per soort samen: 4 van 4 in orde".
std::string check_summary(const CheckResult& result);

/// Every finding formatted as `path:line:col: fout|waarschuwing|opmerking: message [rule]` with
/// its hint line, then the summary line.
std::string check_text(const CheckResult& result);

/// The same as one JSON object (keys in English, messages in Dutch):
/// {"version":1, "summary":{"errors","warnings","notes","strict","exit_code","pages"},
///  "diagnostics":[{"file","line","column","severity","message","hint","rule"}],
///  "language":{"ran","thresholds":{...},"groups":[{"group","texts","short_texts","meets",
///   "sentences","words","words_per_sentence","flesch_douma","lix"}],"texts":[{"file","line","title","output","kind","b1","meets",
///   "sentences","words","syllables","words_per_sentence","share_long_sentences",
///   "share_polysyllabic","flesch_douma","lix","long_sentences":[...],"difficult_words":[...]}]}}
/// `severity` is "error", "warning" or "note".
std::string check_json(const CheckResult& result, bool strict);

}  // namespace ww
