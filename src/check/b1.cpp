#include "check/b1.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/utf8.h"
#include "language/alternatives.h"
#include "language/sentences.h"

namespace ww {

const char* text_kind_name(TextKind k) {
  switch (k) {
    case TextKind::kort:
      return "kort";
    case TextKind::gewone_taal:
      return "gewone taal";
    case TextKind::ui:
      return "tekst van het thema";
    case TextKind::tekst:
      return "tekst";
    case TextKind::aanvulling:
      return "aanvulling van de gemeente";
  }
  return "tekst";
}

const char* text_kind_id(TextKind k) {
  switch (k) {
    case TextKind::kort:
      return "kort";
    case TextKind::gewone_taal:
      return "gewone_taal";
    case TextKind::ui:
      return "ui";
    case TextKind::tekst:
      return "tekst";
    case TextKind::aanvulling:
      return "aanvulling";
  }
  return "tekst";
}

std::string dutch_number(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  if (s == "-0" || s == "-0,0") s = s.substr(1);
  return s;
}

namespace {

/// What a text is, before it is measured.
MeasuredText describe(const Page* page, TextKind kind, bool b1, SourcePos pos) {
  MeasuredText t;
  t.file = pos.file;
  t.title = page ? page->title : pos.file;
  t.output = page ? page->output : std::string();
  t.kind = kind;
  t.b1 = b1;
  if (b1) {
    t.group = text_kind_name(kind);
    if (kind == TextKind::kort && page && page->term) t.group = "kort van de woordenlijst";
  }
  t.pos = std::move(pos);
  return t;
}

/// Measures the units into `t`.
void measure_into(MeasuredText& t, const std::vector<TextUnit>& units, const LanguageTools& tools,
                  const TaalConfig& taal, WordCache* cache) {
  // The findings, the JSON and the report quote long sentences only.
  t.analysis = analyse_text(units, tools, taal.max_zinslengte, cache, true);
  // A text not held to B1 is reported by its measures and its long sentences only (it is in no
  // group): its other sentences would only take memory, most of it on a big site.
  if (!t.b1)
    std::erase_if(t.analysis.sentences, [&](const SentenceMeasure& s) {
      return s.heading || s.words <= taal.max_zinslengte;
    });
}

/// Below this many sentences a short text gets no findings of its own for the mean and
/// Flesch-Douma (see report_texts).
constexpr int kMinSentencesOwnMeasure = 3;
/// How many places a "moeilijk woord" finding lists before "en nog N".
constexpr std::size_t kMaxPlaces = 8;

/// A difficult word over all B1 texts: its first use, the kinds of text and every place.
struct WordUse {
  const DifficultWord* first = nullptr;
  std::vector<std::string> kinds;
  std::vector<SourcePos> places;
};

std::string short_place(const SourcePos& p) {
  return p.file + ':' + std::to_string(p.line) + ':' + std::to_string(p.col);
}

/// One finding per difficult word, at its first place, listing the others.
Diagnostic difficult_word_finding(const WordUse& use) {
  const DifficultWord& w = *use.first;
  const DifficultyVerdict& v = w.verdict;
  std::string why;
  if (v.kind == Difficulty::compound) {
    why = "samengesteld woord ('" + v.first + "' + '" + v.second + "')";
    if (!v.rare.empty())
      why += "; '" + v.rare + "' is geen veelgebruikt woord";
    else
      why += " uit " + std::to_string(v.parts) + " delen";
  } else {
    // A long word is flagged for its syllables (4 or more) or else for its letters (13 or more).
    why = w.syllables >= 4 ? "lang woord (" + std::to_string(w.syllables) + " lettergrepen)"
                           : "lang woord (" + std::to_string(code_points(w.word)) + " letters)";
  }
  std::string in;
  for (std::size_t k = 0; k < use.kinds.size(); ++k)
    in += (k == 0 ? "'" : k + 1 == use.kinds.size() ? " en '" : ", '") + use.kinds[k] + "'";
  std::string message = "moeilijk woord '" + w.word + "' in " + in + ": " + why;
  if (use.places.size() > 1) {
    message += "; " + std::to_string(use.places.size()) + " keer, ook op";
    for (std::size_t k = 1; k < use.places.size() && k <= kMaxPlaces; ++k)
      message += (k == 1 ? " " : ", ") + short_place(use.places[k]);
    if (use.places.size() > kMaxPlaces + 1)
      message += " en nog " + std::to_string(use.places.size() - kMaxPlaces - 1) + " keer";
  }
  std::string hint;
  const std::string_view simpler = simpler_word(w.word);
  if (!simpler.empty()) hint = "gewoner: '" + std::string(simpler) + "'; ";
  if (v.kind == Difficulty::compound) {
    // An ordinary compound is no term for the glossary: say it in other words.
    hint += simpler.empty() ? "kies een gewoner woord, of zeg het met meer woorden"
                            : "of zeg het met meer woorden";
  } else {
    hint += std::string(simpler.empty() ? "kies een gewoner woord, of leg" : "of leg") +
            " het uit in woordenlijst/ (een bestand met term = \"" + w.word + "\")";
  }
  return {Severity::warning, use.places.front(), message, hint, "moeilijk-woord"};
}

std::string quote_sentence(const std::string& s) {
  constexpr std::size_t kMax = 80;
  if (s.size() <= kMax) return "'" + s + "'";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return "'" + s.substr(0, cut) + "…'";
}

}  // namespace

std::vector<PageText> page_texts(const ParsedSite& site, std::size_t i) {
  std::vector<PageText> out;
  const Page& page = site.pages[i].page;
  cmark_node* doc = site.pages[i].doc.get();
  if (!doc) return out;  // generated by the tool
  if (!page.kort.empty()) {
    NodePtr tree = parse_markdown(page.kort, {});
    out.push_back({describe(&page, TextKind::kort, true, page.kort_pos),
                   units_from_markdown(tree.get(), page.kort_origin)});
  }
  if (page.kenmerk && site.pages[i].gewone_taal) {
    out.push_back(
        {describe(&page, TextKind::gewone_taal, true, page.kenmerk->gewone_taal_pos),
         units_from_markdown(site.pages[i].gewone_taal.get(), page.kenmerk->gewone_taal_origin)});
  }
  SourcePos body{page.file, page.body_line, 1};
  out.push_back({describe(&page, TextKind::tekst, false, body), units_from_markdown(doc, body)});
  if (page.aanvulling && !page.aanvulling->body.empty()) {
    SourcePos origin{page.aanvulling->file, page.aanvulling->body_line, 1};
    NodePtr tree = parse_markdown(page.aanvulling->body, {});
    out.push_back({describe(&page, TextKind::aanvulling, true, origin),
                   units_from_markdown(tree.get(), origin)});
  }
  return out;
}

MeasuredText measure_page_text(PageText& text, const LanguageTools& tools, const TaalConfig& taal,
                               WordCache* cache) {
  MeasuredText t = std::move(text.text);
  measure_into(t, text.units, tools, taal, cache);
  text.units = {};
  return t;
}

std::vector<MeasuredText> measure_page_texts(const ParsedSite& site, std::size_t i,
                                             const LanguageTools& tools, const TaalConfig& taal,
                                             WordCache* cache) {
  std::vector<MeasuredText> out;
  for (PageText& t : page_texts(site, i)) out.push_back(measure_page_text(t, tools, taal, cache));
  return out;
}

std::vector<MeasuredText> measure_theme_texts(const Theme& theme, const LanguageTools& tools,
                                              const TaalConfig& taal, WordCache* cache) {
  std::vector<MeasuredText> out;
  for (const auto& tpl : theme.files) {
    MeasuredText t = describe(nullptr, TextKind::ui, true, {tpl.file, 1, 1});
    measure_into(t, units_from_template(tpl.text, tpl.file), tools, taal, cache);
    t.title = tpl.name;
    if (t.analysis.metrics.words > 0) out.push_back(std::move(t));
  }
  return out;
}

std::vector<MeasuredText> measure_site_texts(const ParsedSite& site, const Theme& theme,
                                             const LanguageTools& tools, const TaalConfig& taal) {
  WordCache cache;
  std::vector<MeasuredText> out;
  for (std::size_t i = 0; i < site.pages.size(); ++i)
    for (MeasuredText& t : measure_page_texts(site, i, tools, taal, &cache))
      out.push_back(std::move(t));
  for (MeasuredText& t : measure_theme_texts(theme, tools, taal, &cache))
    out.push_back(std::move(t));
  return out;
}

std::vector<TextPool> report_texts(std::vector<MeasuredText>& texts, const TaalConfig& taal,
                                   Diagnostics& diags) {
  std::map<std::string, std::vector<std::size_t>> groups;  // group -> B1 texts
  std::map<std::string, WordUse> words;  // folded difficult word -> its uses in B1 texts
  for (std::size_t i = 0; i < texts.size(); ++i) {
    MeasuredText& t = texts[i];
    const TextMetrics& m = t.analysis.metrics;
    if (m.words == 0) continue;
    const std::string what = text_kind_name(t.kind);
    const bool too_long_mean = m.words_per_sentence > taal.max_woorden_per_zin;
    const bool too_hard = m.flesch_douma < taal.min_flesch_douma;
    t.meets = !too_long_mean && !too_hard && m.long_sentences == 0;
    if (!t.b1) {
      if (t.meets) continue;
      Diagnostic d;
      d.severity = Severity::note;
      d.pos = t.pos;
      d.rule = "taal-meting";
      d.message = "leesbaarheid van de tekst: gemiddeld " + dutch_number(m.words_per_sentence) +
                  " woorden per zin, " + std::to_string(m.long_sentences) + " van " +
                  std::to_string(m.sentences) + " zinnen langer dan " +
                  std::to_string(taal.max_zinslengte) + " woorden, Flesch-Douma " +
                  dutch_number(m.flesch_douma, 0);
      d.hint =
          "officiële tekst: wordt gemeten, niet getoetst; zie het rapport van wegwijzer check "
          "--rapport";
      diags.items.push_back(std::move(d));
      continue;
    }
    groups[t.group].push_back(i);
    for (const auto& s : t.analysis.sentences) {
      if (s.heading || s.words <= taal.max_zinslengte) continue;
      diags.error(s.pos,
                  "zin van " + std::to_string(s.words) + " woorden in '" + what +
                      "' (B1: hoogstens " + std::to_string(taal.max_zinslengte) +
                      "): " + quote_sentence(s.text),
                  "maak er twee of meer korte zinnen van", "b1-zinslengte");
    }
    const bool short_text = m.words < taal.min_woorden_meting;
    const Severity severity = short_text ? Severity::warning : Severity::error;
    const std::string sample = short_text
                                   ? "; een korte tekst (" + std::to_string(m.words) +
                                         " woorden) telt mee in het totaal van '" + t.group + "'"
                                   : std::string();
    // A text of one or two sentences (a glossary definition, a label) is judged per sentence:
    // its mean is just its sentence lengths, which max_zinslengte judges, and its Flesch-Douma
    // is the score of one or two long words, which moeilijk-woord names. Its sentences still
    // count in the total of its group.
    const bool own_finding =
        !short_text || (t.kind != TextKind::ui && m.sentences >= kMinSentencesOwnMeasure);
    if (too_long_mean && own_finding)
      diags.items.push_back(
          {severity, t.pos,
           "gemiddeld " + dutch_number(m.words_per_sentence) + " woorden per zin in '" + what +
               "' (B1: hoogstens " + dutch_number(taal.max_woorden_per_zin) + ")" + sample,
           "gebruik kortere zinnen: één boodschap per zin", "b1-woorden-per-zin"});
    if (too_hard && own_finding) {
      std::string hint = "gebruik kortere woorden en zinnen";
      if (!t.analysis.difficult.empty()) {
        hint += "; moeilijke woorden hier:";
        for (std::size_t k = 0; k < t.analysis.difficult.size() && k < 5; ++k)
          hint += (k ? ", '" : " '") + t.analysis.difficult[k].word + "'";
      }
      diags.items.push_back({severity, t.pos,
                             "Flesch-Douma " + dutch_number(m.flesch_douma, 0) + " voor '" + what +
                                 "' (B1: minstens " + dutch_number(taal.min_flesch_douma, 0) + ")" +
                                 sample,
                             hint, "b1-flesch-douma"});
    }
    for (const auto& w : t.analysis.difficult) {
      auto [it, fresh] = words.emplace(fold_text(w.word), WordUse{&w, {}, {}});
      if (std::find(it->second.kinds.begin(), it->second.kinds.end(), what) ==
          it->second.kinds.end())
        it->second.kinds.push_back(what);
      if (w.places.empty())
        it->second.places.push_back(w.pos);
      else
        it->second.places.insert(it->second.places.end(), w.places.begin(), w.places.end());
    }
  }
  for (const auto& [key, use] : words) diags.items.push_back(difficult_word_finding(use));
  std::vector<TextPool> pools;
  for (const auto& [group, members] : groups) {
    TextPool pool;
    pool.group = group;
    pool.texts = members.size();
    std::vector<SentenceMeasure> all;
    std::size_t worst_mean = members.front(), worst_fd = members.front();
    for (std::size_t i : members) {
      const auto& a = texts[i].analysis;
      all.insert(all.end(), a.sentences.begin(), a.sentences.end());
      if (a.metrics.words < taal.min_woorden_meting) ++pool.short_texts;
      if (a.metrics.words_per_sentence > texts[worst_mean].analysis.metrics.words_per_sentence)
        worst_mean = i;
      if (a.metrics.flesch_douma < texts[worst_fd].analysis.metrics.flesch_douma) worst_fd = i;
    }
    pool.metrics = compute_metrics(all, taal.max_zinslengte);
    const TextMetrics& m = pool.metrics;
    const std::string all_of =
        "alle " + std::to_string(pool.texts) + " teksten '" + group + "' samen: ";
    if (pool.short_texts > 0 && m.words_per_sentence > taal.max_woorden_per_zin) {
      pool.meets = false;
      diags.error(texts[worst_mean].pos,
                  all_of + "gemiddeld " + dutch_number(m.words_per_sentence) +
                      " woorden per zin (B1: hoogstens " + dutch_number(taal.max_woorden_per_zin) +
                      "); deze tekst heeft de langste zinnen (" +
                      dutch_number(texts[worst_mean].analysis.metrics.words_per_sentence) + ")",
                  "gebruik kortere zinnen: één boodschap per zin", "b1-woorden-per-zin");
    }
    if (pool.short_texts > 0 && m.flesch_douma < taal.min_flesch_douma) {
      pool.meets = false;
      diags.error(texts[worst_fd].pos,
                  all_of + "Flesch-Douma " + dutch_number(m.flesch_douma, 0) + " (B1: minstens " +
                      dutch_number(taal.min_flesch_douma, 0) +
                      "); deze tekst is het moeilijkst (Flesch-Douma " +
                      dutch_number(texts[worst_fd].analysis.metrics.flesch_douma, 0) + ")",
                  "gebruik kortere woorden en zinnen", "b1-flesch-douma");
    }
    pools.push_back(std::move(pool));
  }
  return pools;
}

}  // namespace ww
