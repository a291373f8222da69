#include "editions/base_lock_check.h"

#include <algorithm>
#include <map>
#include <set>

#include "content/loader.h"
#include "core/slug.h"
#include "core/utf8.h"
#include "editions/edition_pages.h"
#include "editions/word_diff.h"
#include "xref/term_matcher.h"

namespace ww {

namespace {

constexpr const char* kVastleggen = "wegwijzer basis --vastleggen";

std::string percent(double share) {
  if (share > 0 && share < 0.005) return "minder dan 1%";
  return std::to_string(static_cast<int>(share * 100 + 0.5)) + "%";
}

std::string since(const BaseLock& lock) {
  return lock.editie.empty() ? std::string("sinds basis.lock")
                             : "sinds versie " + lock.editie + " (basis.lock)";
}

/// The base page a vanished page most likely became: by its words (when the lock has its text), by
/// a rename that [edities] found, or by its title.
/// The words of every base page, made once and only when a page vanished.
struct BaseWords {
  const SiteContent& base;
  std::vector<std::vector<WordToken>> words;
  const std::vector<std::vector<WordToken>>& get() {
    if (words.empty())
      for (const auto& p : base.pages) words.push_back(tokenize_words(comparable_text(p)));
    return words;
  }
};

std::pair<std::string, double> likely_successor(const LockPage& e, const SiteContent& base,
                                                BaseWords& base_words,
                                                const EditionChanges* changes) {
  std::string best;
  double best_score = 0;
  if (!e.tekst.empty()) {
    auto words = tokenize_words(e.tekst);
    const auto& all = base_words.get();
    for (std::size_t i = 0; i < all.size(); ++i) {
      double s = word_similarity(words, all[i]);
      if (s > best_score) {
        best_score = s;
        best = base.pages[i].source;
      }
    }
    if (best_score >= kRenameSimilarity) return {best, best_score};
  }
  if (changes)
    for (const auto& r : changes->renamed)
      if (r.old_source == e.bron) return {r.new_source, r.similarity};
  if (!e.titel.empty())
    for (const auto& p : base.pages)
      if (p.title == e.titel) return {p.source, 0};
  return {};
}

std::string aanvulling_name(const std::string& source) {
  return source.substr(0, source.size() - 3) + ".aanvulling.md";
}

void compare_pages(const FileSystem& fs, const BaseLock& lock, const BaseLock& now,
                   const SiteConfig& config, const SiteContent& merged, const SiteContent& base,
                   const EditionChanges* changes, const BlobHasher& sha1,
                   std::vector<BaseFinding>& out) {
  BaseWords base_words{base, {}};
  for (const LockPage& e : lock.paginas) {
    const LockPage* cur = nullptr;
    for (const auto& n : now.paginas)
      if (n.bron == e.bron && n.soort == e.soort) cur = &n;
    BaseFinding f;
    f.soort = e.soort;
    f.onderwerp = e.bron;
    f.titel = e.titel;
    f.oude_tekst = e.tekst;
    if (const Page* bp = base.find(e.bron)) {
      const std::string text = comparable_text(*bp);
      if (!cur || sha1.content_hash(text) == e.hash) continue;  // unchanged, or no longer overlaid
      f.titel = bp->title;
      f.pos = cur->pos;
      if (changes && changes->for_new_source(e.bron)) f.wijziging = change_view_output(e.bron);
      if (e.soort == "verborgen") {
        f.severity = Severity::note;
        f.rule = "basis-verborgen-veranderd";
        f.message =
            "u verbergt " + e.bron + ", maar de VNG heeft die pagina veranderd " + since(lock);
        f.hint = "wilt u de pagina nog steeds verbergen? Leg het daarna vast met: " +
                 std::string(kVastleggen);
        out.push_back(std::move(f));
        continue;
      }
      f.nieuwe_tekst = text;
      f.rule = "basis-veranderd";
      std::string how_much =
          e.tekst.empty()
              ? std::string()
              : " (" + percent(diff_words(e.tekst, text).changed_share()) + " van de woorden)";
      f.message =
          (e.soort == "aanvulling"
               ? "de tekst van de VNG onder deze aanvulling is veranderd "
               : "de pagina van de VNG die deze pagina vervangt (" + e.bron + ") is veranderd ") +
          since(lock) + how_much;
      f.hint = (f.wijziging.empty()
                    ? "bekijk de veranderingen woord voor woord met: wegwijzer basis"
                    : "lees wat er veranderd is op " + f.wijziging + " (of met: wegwijzer basis)") +
               "; past uw tekst nog? Leg het daarna vast met: " + kVastleggen;
      out.push_back(std::move(f));
      continue;
    }
    // The base page is gone.
    auto [successor, score] = likely_successor(e, base, base_words, changes);
    std::string became =
        successor.empty()
            ? "de VNG heeft deze pagina weggehaald " + since(lock) +
                  (e.titel.empty() ? std::string() : " ('" + e.titel + "')")
            : since(lock) + " heet deze pagina van de VNG waarschijnlijk " + successor +
                  (score > 0 ? " (" + percent(score) + " dezelfde woorden)" : std::string());
    f.voorstel = successor;
    f.severity = Severity::error;
    f.rule = "basis-verdwenen";
    if (!successor.empty()) f.nieuwe_tekst = comparable_text(*base.find(successor));
    if (e.soort == "aanvulling") {
      const std::string file = config.resolve(e.bestand);
      if (!fs.is_file(file)) continue;  // the gemeente already moved or removed it
      f.pos = {file, 1, 1};
      f.rule = f.hint_for_rule = "aanvulling-wees";
      f.message = "aanvulling op een pagina die niet (meer) bestaat: " + e.bron;
      f.hint = became + (successor.empty()
                             ? "; haal uw aanvulling weg of maak er een eigen pagina van"
                             : "; geef uw aanvulling dan de naam " + aanvulling_name(successor));
    } else if (e.soort == "vervangen") {
      const Page* mine = merged.find(e.bron);
      if (!mine || !mine->eigen) continue;
      f.pos = {mine->file, 1, 1};
      f.message =
          "deze pagina vervangt " + e.bron + " van de VNG, maar die pagina bestaat niet meer";
      f.hint = became + (successor.empty()
                             ? "; uw pagina staat nu los in de site: haal hem weg of houd hem als "
                               "eigen pagina"
                             : "; zet uw pagina dan op de plaats van " + successor);
    } else {
      if (std::find(config.verberg.begin(), config.verberg.end(), e.bron) == config.verberg.end())
        continue;
      f.pos = {config.file, config.verberg_pos.line, config.verberg_pos.col};
      f.rule = f.hint_for_rule = "verberg";
      f.message = "verberg noemt '" + e.bron + "', maar die pagina bestaat niet";
      f.hint = became + (successor.empty() ? "; haal '" + e.bron + "' weg uit verberg"
                                           : "; zet in verberg dan " + successor);
    }
    out.push_back(std::move(f));
  }
}

void compare_questions(const BaseLock& lock, const SiteConfig& config, const SiteContent& base,
                       std::vector<BaseFinding>& out) {
  for (const LockVraag& v : lock.vragen) {
    auto it = std::find(config.verberg_vragen.begin(), config.verberg_vragen.end(), v.id);
    if (it == config.verberg_vragen.end()) continue;  // no longer hidden
    const std::size_t i = static_cast<std::size_t>(it - config.verberg_vragen.begin());
    BaseFinding f;
    f.soort = "vraag";
    f.onderwerp = v.id;
    f.titel = v.tekst;
    f.oude_tekst = v.tekst;
    f.pos = i < config.verberg_vragen_pos.size() ? config.verberg_vragen_pos[i]
                                                 : SourcePos{config.file, 0, 0};
    f.severity = Severity::warning;
    if (const VitVraag* q = base_statement(base, v.id)) {
      if (q->tekst == v.tekst) continue;
      f.nieuwe_tekst = q->tekst;
      f.rule = "basis-vraag-veranderd";
      f.message =
          "u verbergt uitspraak " + v.id + ", maar de VNG heeft de tekst veranderd " + since(lock);
      f.hint = "nu staat er: '" + q->tekst +
               "'; wilt u hem nog steeds verbergen? Leg het daarna "
               "vast met: " +
               kVastleggen;
      out.push_back(std::move(f));
      continue;
    }
    bool retired = false;
    for (const auto& r : base.vervallen_vragen) retired = retired || r.id == v.id;
    const VitVraag* similar = nullptr;
    double best = 0;
    auto words = tokenize_words(v.tekst);
    for (const auto& p : base.pages)
      if (p.vit)
        for (const auto& q : p.vit->vragen) {
          double s = q.lokaal ? 0 : word_similarity(words, tokenize_words(q.tekst));
          if (s > best) {
            best = s;
            similar = &q;
          }
        }
    if (best < 0.5) similar = nullptr;
    f.rule = "basis-vraag-verdwenen";
    f.hint_for_rule = "verberg";
    if (similar) {
      f.voorstel = similar->id;
      f.nieuwe_tekst = similar->tekst;
    }
    f.message = "u verbergt uitspraak " + v.id + ", maar die staat niet meer in het VIT van de VNG";
    f.hint = "in basis.lock stond: '" + v.tekst + "'. " +
             (retired ? "De VNG heeft de uitspraak laten vervallen. " : "") +
             (similar ? "Hij lijkt nu uitspraak " + similar->id + ": '" + similar->tekst +
                            "'; verberg die als u hem ook niet wilt tonen. "
                      : "") +
             "Haal '" + v.id + "' weg uit verberg_vragen";
    out.push_back(std::move(f));
  }
}

/// True when `phrase` is (a whole match of) one of the phrases of `m`.
bool known(const TermMatcher& m, const std::string& phrase) {
  for (const auto& x : m.find(phrase))
    if (x.begin == 0 && x.end == phrase.size()) return true;
  return false;
}

void compare_words(const BaseLock& lock, const SiteContent& merged, std::vector<BaseFinding>& out) {
  TermMatcher terms(true), abbreviations(false);
  for (const auto& p : merged.pages)
    if (p.term) {
      terms.add(p.term->term, 0);
      for (const auto& v : p.term->varianten) terms.add(v, 0);
    }
  for (const auto& a : merged.afkortingen) abbreviations.add(a.afkorting, 0);
  const auto texts = local_texts(merged);
  auto check = [&](const std::vector<LockWoord>& words, bool fold, const TermMatcher& now,
                   const char* soort) {
    for (const LockWoord& w : words) {
      if (known(now, w.naam)) continue;
      TermMatcher old(fold);
      old.add(w.naam, 0);
      for (const auto& v : w.varianten) old.add(v, 0);
      std::set<std::string> reported;
      for (const auto& t : texts) {
        if (reported.contains(t.file)) continue;
        auto found = old.find(*t.text);
        if (found.empty()) continue;
        reported.insert(t.file);
        BaseFinding f;
        f.soort = soort;
        f.onderwerp = w.naam;
        f.oude_tekst = w.uitleg;
        f.pos = local_text_pos(t, found.front().begin);
        const std::string used =
            t.text->substr(found.front().begin, found.front().end - found.front().begin);
        if (fold) {
          f.rule = "basis-begrip-verdwenen";
          f.message = "'" + used + "' was een begrip uit de woordenlijst van de VNG ('" + w.naam +
                      "'), maar de VNG heeft het weggehaald " + since(lock) +
                      "; nu is het gewone tekst zonder uitleg";
          f.hint = "leg het begrip zelf uit met een pagina in de woordenlijst van uw overlay (" +
                   std::string("woordenlijst/") + slugify(w.naam) + ".md, met term = \"" + w.naam +
                   "\"), of schrijf het anders";
        } else {
          f.rule = "basis-afkorting-verdwenen";
          f.message = "de VNG heeft de afkorting '" + used + "' weggehaald " + since(lock) +
                      "; nu krijgt hij geen uitleg meer";
          f.hint = "zet hem in afkortingen.toml van uw overlay: " + w.naam + " = \"" + w.uitleg +
                   "\", of schrijf hem voluit";
        }
        out.push_back(std::move(f));
      }
    }
  };
  check(lock.begrippen, true, terms, "begrip");
  check(lock.afkortingen, false, abbreviations, "afkorting");
}

}  // namespace

void carry_over_vanished_questions(const BaseLock& lock, const SiteConfig& config, BaseLock& now) {
  for (const auto& v : lock.vragen) {
    bool hidden = std::find(config.verberg_vragen.begin(), config.verberg_vragen.end(), v.id) !=
                  config.verberg_vragen.end();
    bool present = false;
    for (const auto& n : now.vragen) present = present || n.id == v.id;
    if (hidden && !present) now.vragen.push_back({v.id, v.tekst, v.pos});
  }
}

std::vector<BaseFinding> compare_base_lock(const FileSystem& fs, const BaseLock& lock,
                                           const BaseLock& now, const SiteConfig& config,
                                           const SiteContent& merged, const SiteContent& base,
                                           const EditionChanges* changes, const BlobHasher& sha1) {
  std::vector<BaseFinding> out;
  compare_pages(fs, lock, now, config, merged, base, changes, sha1, out);
  compare_questions(lock, config, base, out);
  compare_words(lock, merged, out);
  // What the gemeente wrote since the lock was made: not yet reviewed against a base.
  for (const auto& n : now.paginas) {
    bool recorded = false;
    for (const auto& e : lock.paginas)
      recorded = recorded || (e.bron == n.bron && e.soort == n.soort);
    if (recorded) continue;
    BaseFinding f;
    f.severity = Severity::note;
    f.rule = "basis-niet-vastgelegd";
    f.soort = n.soort;
    f.onderwerp = n.bron;
    f.titel = n.titel;
    f.pos = n.pos;
    f.message = n.bestand + " staat nog niet in basis.lock";
    f.hint = std::string("leg het vast met: ") + kVastleggen;
    out.push_back(std::move(f));
  }
  for (const auto& n : now.vragen) {
    bool recorded = false;
    for (const auto& e : lock.vragen) recorded = recorded || e.id == n.id;
    if (recorded) continue;
    BaseFinding f;
    f.severity = Severity::note;
    f.rule = "basis-niet-vastgelegd";
    f.soort = "vraag";
    f.onderwerp = n.id;
    f.titel = n.tekst;
    f.pos = n.pos;
    f.message = "verberg_vragen noemt " + n.id + ", maar dat staat nog niet in basis.lock";
    f.hint = std::string("leg het vast met: ") + kVastleggen;
    out.push_back(std::move(f));
  }
  std::stable_sort(out.begin(), out.end(), [](const BaseFinding& a, const BaseFinding& b) {
    return std::tie(a.pos.file, a.pos.line, a.pos.col) <
           std::tie(b.pos.file, b.pos.line, b.pos.col);
  });
  return out;
}

bool finding_covers(const BaseFinding& f, const Diagnostic& d) {
  if (f.hint_for_rule.empty() || d.rule != f.hint_for_rule) return false;
  return f.hint_for_rule == "aanvulling-wees"
             ? d.pos.file == f.pos.file
             : d.message.find("'" + f.onderwerp + "'") != std::string::npos;
}

void report_base_findings(const std::vector<BaseFinding>& findings, Diagnostics& diags) {
  std::vector<const BaseFinding*> unrecorded;
  for (const auto& f : findings) {
    if (f.rule == "basis-niet-vastgelegd") {
      unrecorded.push_back(&f);
      continue;
    }
    if (f.hint_for_rule.empty()) {
      diags.items.push_back({f.severity, f.pos, f.message, f.hint, f.rule});
      continue;
    }
    for (auto& d : diags.items) {
      if (!finding_covers(f, d)) continue;
      d.hint = f.hint;
      if (f.soort == "vraag") {  // a hidden question VNG took out: no typo, so no error
        d.severity = f.severity;
        d.message = f.message;
        d.rule = f.rule;
      }
    }
  }
  if (unrecorded.empty()) return;
  std::string which;
  for (std::size_t i = 0; i < unrecorded.size() && i < 3; ++i)
    which += (i ? ", " : "") + unrecorded[i]->onderwerp;
  if (unrecorded.size() > 3) which += ", ...";
  diags.items.push_back(
      {Severity::note, unrecorded.front()->pos,
       std::to_string(unrecorded.size()) +
           (unrecorded.size() == 1 ? " eigen aanpassing staat" : " eigen aanpassingen staan") +
           " nog niet in basis.lock (" + which + ")",
       std::string("leg ze vast met: ") + kVastleggen, "basis-niet-vastgelegd"});
}

bool check_base_lock(const FileSystem& fs, const SiteConfig& config, const SiteContent& merged,
                     const EditionChanges* changes, WorkerPool* workers,
                     const std::vector<std::string>& module_dirs, Diagnostics& diags) {
  const std::string path = base_lock_path(config);
  auto text = fs.read(path);
  if (!text) {
    if (!config.overlays.empty() || !config.verberg.empty() || !config.verberg_vragen.empty())
      diags.items.push_back(
          {Severity::note,
           config.overlays.empty() ? SourcePos{config.file, 1, 1} : config.overlays_pos,
           "deze kopie heeft nog geen basis.lock: bij een nieuwe versie van de VNG ziet u dan niet "
           "welke eigen tekst u moet nakijken",
           std::string("maak het met: ") + kVastleggen + " (docs/edities.md)",
           "basis-lock-ontbreekt"});
    return false;
  }
  Diagnostics lock_diags;
  BaseLock lock = read_base_lock(normalize_newlines(*text), path, lock_diags);
  const bool broken = lock_diags.has_errors();
  diags.merge(std::move(lock_diags));
  if (broken) return true;
  const BlobHasher sha1(module_dirs);  // unloaded at the end of this check
  if (!sha1.ok()) {
    diags.error({path, 1, 1}, "basis.lock kan niet nagekeken worden: " + sha1.problem(), {},
                "basis-lock");
    return true;
  }
  SiteContent base = load_base_content(fs, config, workers);
  BaseLock now = snapshot_base_lock(config, merged, base, sha1);
  carry_over_vanished_questions(lock, config, now);
  report_base_findings(compare_base_lock(fs, lock, now, config, merged, base, changes, sha1),
                       diags);
  if (lock.editie != now.editie)
    diags.items.push_back(
        {Severity::note,
         {path, 1, 1},
         "basis.lock is vastgelegd voor versie " + (lock.editie.empty() ? "(geen)" : lock.editie) +
             " van de VNG; kader_editie is nu " + (now.editie.empty() ? "(geen)" : now.editie),
         std::string("bekijk het update-rapport met: wegwijzer basis, en leg de nieuwe versie vast "
                     "met: ") +
             kVastleggen,
         "basis-editie"});
  return true;
}

}  // namespace ww
