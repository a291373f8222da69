#pragma once
/// The data of the partial `noten` ("Bronnen en voetnoten"), made from a page's notes.
#include <string>
#include <vector>

#include "markdown/parsed_site.h"
#include "templates/page_data.h"

namespace ww {

/// `{noten: [{id, nummer, uit_kader, kader_noot, inhoud, terug: [{ref_id, volgnummer, eerste,
/// meer}]}]}`: per note its id, number (its place, from 1), whether it is the kader's and the
/// kader's number for it, its rendered text (`texts[i]`, moved from) and one back-link per
/// reference. Made as template data directly: it was a TOML table per page turned into template
/// data, which cost more than rendering the partial (bench/RESULTS.md). The names are in
/// template_check's list of known variables.
TemplateData notes_data(const std::vector<PageNote>& notes, std::vector<std::string>& texts);

}  // namespace ww
