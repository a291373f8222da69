#include "editions/vit_edition_check.h"

#include <map>

#include "editions/edition_pages.h"

namespace ww {

void check_vit_against_previous(const SiteContent& content, const EditionChanges& changes,
                                Diagnostics& diags) {
  // A statement that vanished keeps its id reserved in vervallen.toml, so no new statement can take
  // it.
  for (const auto& c : changes.vit.removed) {
    bool retired = false;
    for (const auto& v : content.vervallen_vragen) retired = retired || v.id == c.key;
    if (!retired)
      diags.error(c.pos,
                  "uitspraak " + c.key + " van versie " + changes.previous +
                      " staat niet meer in het VIT en ook niet in vit/vervallen.toml",
                  "zet de [[vraag]] met id \"" + c.key +
                      "\" en de oude tekst in vit/vervallen.toml: dan blijft het id "
                      "gereserveerd en weten opgeslagen antwoorden dat de uitspraak vervallen is",
                  "vit-id-verdwenen");
  }
  std::map<std::string, const ItemChange*> reworded;
  for (const auto& c : changes.vit.changed) reworded.emplace(c.key, &c);
  for (const auto& page : content.pages) {
    if (!page.vit) continue;
    for (const auto& v : page.vit->vragen) {
      if (v.lokaal) continue;
      auto it = reworded.find(v.id);
      const bool marked = v.tekstcorrectie == changes.previous;
      if (it != reworded.end() && !marked) {
        diags.error(
            v.pos,
            "de tekst van uitspraak " + v.id + " is veranderd sinds versie " + changes.previous +
                ", maar de id is hetzelfde gebleven",
            "is de betekenis anders? Geef de uitspraak dan een nieuwe id en zet de oude id in "
            "vit/vervallen.toml, zodat oude antwoorden niet bij de nieuwe tekst komen. Is het "
            "alleen een "
            "tekstcorrectie (zelfde betekenis)? Zet dan bij deze vraag tekstcorrectie = \"" +
                changes.previous + "\"",
            "vit-tekst-veranderd");
      } else if (!v.tekstcorrectie.empty() && !marked) {
        diags.warning(v.tekstcorrectie_pos,
                      "tekstcorrectie = \"" + v.tekstcorrectie +
                          "\" noemt niet de vorige versie (" + changes.previous + ")",
                      "haal tekstcorrectie weg: het geldt alleen tegenover de vorige versie",
                      "vit-tekstcorrectie");
      } else if (marked && it == reworded.end()) {
        diags.warning(v.tekstcorrectie_pos,
                      "uitspraak " + v.id +
                          " heeft tekstcorrectie, maar de tekst is niet veranderd sinds versie " +
                          changes.previous,
                      "haal tekstcorrectie weg", "vit-tekstcorrectie");
      }
    }
  }
}

void add_earlier_texts(SiteContent& content, const EditionChanges& changes) {
  std::map<std::string, const ItemChange*> reworded;
  for (const auto& c : changes.vit.changed) reworded.emplace(c.key, &c);
  for (auto& page : content.pages) {
    if (!page.vit) continue;
    for (auto& v : page.vit->vragen)
      if (auto it = reworded.find(v.id); it != reworded.end() && !v.lokaal) {
        v.eerdere_tekst = it->second->old_text;
        v.eerdere_editie = changes.previous;
      }
  }
}

void warn_changed_bases(const SiteContent& content, const EditionChanges& changes,
                        Diagnostics& diags) {
  for (const auto& page : content.pages) {
    if (!page.aanvulling) continue;
    const PageChange* c = changes.for_new_source(page.source);
    if (!c) continue;
    diags.warning({page.aanvulling->file, 1, 1},
                  "de tekst van de VNG onder deze aanvulling is veranderd sinds versie " +
                      changes.previous + " (" +
                      std::to_string(static_cast<int>(c->diff.changed_share() * 100 + 0.5)) +
                      "% van de woorden)",
                  "lees wat er veranderd is op " + change_view_output(page.source) +
                      " en kijk of uw aanvulling er nog bij past",
                  "basis-veranderd");
  }
}

namespace {
std::string vanished_hint(const std::string& target, const EditionChanges& changes,
                          const std::string& fix_for) {
  for (const auto& r : changes.renamed)
    if (r.old_source == target)
      return "sinds versie " + changes.previous + " heet deze pagina van de VNG waarschijnlijk " +
             r.new_source + " (" + std::to_string(static_cast<int>(r.similarity * 100 + 0.5)) +
             "% dezelfde woorden); " + fix_for + r.new_source;
  for (const auto& r : changes.removed)
    if (r.old_source == target)
      return "de VNG heeft deze pagina verwijderd in de nieuwe versie (" + r.old_title + ")";
  return {};
}
}  // namespace

void hint_vanished_targets(const SiteConfig& config, const EditionChanges& changes,
                           Diagnostics& diags) {
  constexpr std::string_view kSuffix = ".aanvulling.md";
  for (auto& d : diags.items) {
    std::string hint;
    if (d.rule == "aanvulling-wees" && d.pos.file.ends_with(kSuffix)) {
      for (const auto& o : config.overlays) {
        std::string prefix = config.resolve(o) + "/";
        if (!d.pos.file.starts_with(prefix)) continue;
        std::string rel = d.pos.file.substr(prefix.size());
        std::string target = rel.substr(0, rel.size() - kSuffix.size()) + ".md";
        hint = vanished_hint(target, changes, "geef uw aanvulling dan de naam van ");
      }
    } else if (d.rule == "verberg") {
      auto open = d.message.find('\'');
      auto close = open == std::string::npos ? open : d.message.find('\'', open + 1);
      if (close != std::string::npos)
        hint = vanished_hint(d.message.substr(open + 1, close - open - 1), changes,
                             "zet in verberg dan ");
    }
    if (!hint.empty()) d.hint = hint;
  }
}

}  // namespace ww
