#include "check/output.h"

#include <cmath>
#include <cstdio>

namespace ww {

namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

const char* severity_id(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

/// A number for JSON: integers as such, others with up to 3 decimals, never NaN or inf.
std::string json_number(double v) {
  if (!std::isfinite(v)) return "0";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

/// A small writer for one JSON object: `field("a", 1)` adds `"a":1` with the right commas.
struct JsonObject {
  std::string out = "{";
  bool first = true;
  void key(std::string_view k) {
    if (!first) out += ',';
    first = false;
    out += json_string(k);
    out += ':';
  }
  void str(std::string_view k, std::string_view v) { key(k), out += json_string(v); }
  void num(std::string_view k, double v) { key(k), out += json_number(v); }
  void integer(std::string_view k, long long v) { key(k), out += std::to_string(v); }
  void boolean(std::string_view k, bool v) { key(k), out += v ? "true" : "false"; }
  void raw(std::string_view k, std::string_view json) { key(k), out += json; }
  std::string done() { return out + '}'; }
};

std::string json_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i];
  return out + ']';
}

std::string text_json(const MeasuredText& t, int max_sentence_words) {
  const TextMetrics& m = t.analysis.metrics;
  JsonObject o;
  o.str("file", t.file);
  o.integer("line", t.pos.line);
  o.str("title", t.title);
  o.str("output", t.output);
  o.str("kind", text_kind_id(t.kind));
  o.boolean("b1", t.b1);
  o.boolean("meets", t.meets);
  o.integer("sentences", m.sentences);
  o.integer("words", m.words);
  o.integer("syllables", m.syllables);
  o.num("words_per_sentence", m.words_per_sentence);
  o.num("share_long_sentences", m.share_long_sentences);
  o.num("share_polysyllabic", m.share_polysyllabic);
  o.num("flesch_douma", m.flesch_douma);
  o.num("lix", m.lix);
  std::vector<std::string> long_sentences;
  for (const auto& s : t.analysis.sentences) {
    if (s.heading || s.words <= max_sentence_words) continue;
    JsonObject j;
    j.integer("line", s.pos.line);
    j.integer("column", s.pos.col);
    j.integer("words", s.words);
    j.str("text", s.text);
    long_sentences.push_back(j.done());
  }
  o.raw("long_sentences", json_array(long_sentences));
  std::vector<std::string> difficult;
  for (const auto& w : t.analysis.difficult) {
    JsonObject j;
    j.str("word", w.word);
    j.integer("line", w.pos.line);
    j.integer("column", w.pos.col);
    j.integer("syllables", w.syllables);
    j.str("reason", w.verdict.kind == Difficulty::compound ? "compound" : "long");
    if (w.verdict.kind == Difficulty::compound)
      j.raw("parts", json_array({json_string(w.verdict.first), json_string(w.verdict.second)}));
    j.str("sentence", w.sentence);
    difficult.push_back(j.done());
  }
  o.raw("difficult_words", json_array(difficult));
  return o.done();
}

}  // namespace

std::string check_summary(const CheckResult& r) {
  std::string s = plural(r.diags.count(Severity::error), "fout", "fouten") + ", " +
                  plural(r.diags.count(Severity::warning), "waarschuwing", "waarschuwingen") +
                  ", " + plural(r.diags.count(Severity::note), "opmerking", "opmerkingen") +
                  " in " + plural(r.pages, "pagina", "pagina's");
  if (r.language_ran) {
    std::size_t b1 = 0, missed = 0;
    for (const auto& t : r.texts) {
      if (!t.b1) continue;
      ++b1;
      if (!t.meets) ++missed;
    }
    std::size_t pools_ok = 0;
    for (const auto& p : r.pools) pools_ok += p.meets ? 1 : 0;
    s += "; taaltoets: " + plural(b1, "B1-tekst", "B1-teksten") + ", waarvan " +
         std::to_string(missed) +
         " apart onder een drempel; per soort samen: " + std::to_string(pools_ok) + " van " +
         std::to_string(r.pools.size()) + " in orde";
  }
  return s;
}

std::string check_text(const CheckResult& r) {
  std::string out;
  for (const auto& d : r.diags.items) out += format_diagnostic(d) + '\n';
  return out + check_summary(r) + '\n';
}

std::string check_json(const CheckResult& r, bool strict) {
  JsonObject summary;
  summary.integer("errors", static_cast<long long>(r.diags.count(Severity::error)));
  summary.integer("warnings", static_cast<long long>(r.diags.count(Severity::warning)));
  summary.integer("notes", static_cast<long long>(r.diags.count(Severity::note)));
  summary.integer("pages", static_cast<long long>(r.pages));
  summary.boolean("strict", strict);
  summary.integer("exit_code", check_exit_code(r.diags, strict));

  std::vector<std::string> diags;
  for (const auto& d : r.diags.items) {
    JsonObject j;
    j.str("file", d.pos.file);
    j.integer("line", d.pos.line);
    j.integer("column", d.pos.col);
    j.str("severity", severity_id(d.severity));
    j.str("message", d.message);
    j.str("hint", d.hint);
    j.str("rule", d.rule);
    diags.push_back(j.done());
  }

  JsonObject thresholds;
  thresholds.num("max_woorden_per_zin", r.taal.max_woorden_per_zin);
  thresholds.integer("max_zinslengte", r.taal.max_zinslengte);
  thresholds.num("min_flesch_douma", r.taal.min_flesch_douma);
  thresholds.integer("min_woorden_meting", r.taal.min_woorden_meting);
  std::vector<std::string> texts;
  for (const auto& t : r.texts) texts.push_back(text_json(t, r.taal.max_zinslengte));
  std::vector<std::string> pools;
  for (const auto& p : r.pools) {
    JsonObject j;
    j.str("group", p.group);
    j.integer("texts", static_cast<long long>(p.texts));
    j.integer("short_texts", static_cast<long long>(p.short_texts));
    j.boolean("meets", p.meets);
    j.integer("sentences", p.metrics.sentences);
    j.integer("words", p.metrics.words);
    j.num("words_per_sentence", p.metrics.words_per_sentence);
    j.num("flesch_douma", p.metrics.flesch_douma);
    j.num("lix", p.metrics.lix);
    pools.push_back(j.done());
  }
  JsonObject language;
  language.boolean("ran", r.language_ran);
  language.raw("thresholds", thresholds.done());
  language.raw("groups", json_array(pools));
  language.raw("texts", json_array(texts));

  JsonObject o;
  o.integer("version", 1);
  o.raw("summary", summary.done());
  o.raw("diagnostics", json_array(diags));
  o.raw("language", language.done());
  return o.done() + '\n';
}

}  // namespace ww
