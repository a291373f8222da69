#pragma once
/// Citations resolved against `bronnen.toml`: lookup, diagnostics and the reference text.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "content/page.h"
#include "xref/citation_syntax.h"

namespace ww {

struct BronIndex {
  std::map<std::string, const Bron*> by_key;
  std::vector<std::string> keys;
  /// The kader's own words of each endnote (eindnoten.toml) as inline HTML, by number ("iv").
  std::map<std::string, std::string> eindnoot_html;
};

BronIndex index_bronnen(const std::vector<Bron>& bronnen,
                        const std::vector<Eindnoot>& eindnoten = {});

/// The anchor of a source on bronnen.html.
std::string bron_anchor(const std::string& key);

/// Reports every key of `c` that is not a source (with "did you mean"); `key_pos` gives the
/// position of the '@' at a byte offset. Returns true when all keys are known.
bool check_citation(const Citation& c, const BronIndex& index,
                    const std::function<SourcePos(std::size_t)>& key_pos, Diagnostics& diags);

/// The note text of a citation (HTML): "o.a. Auteur (2023). <a …>Titel</a>, p. 29; …".
/// `bronnen_url` is the relative link to bronnen.html from the page.
std::string citation_html(const Citation& c, const BronIndex& index,
                          const std::string& bronnen_url);

/// The full reference of a source (HTML): "Auteur (jaar). <cite>Titel</cite>. Uitgever."
std::string full_reference_html(const Bron& b);

}  // namespace ww
