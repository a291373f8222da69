#pragma once
/// A VIT statement keeps its id only while it keeps its meaning: against the previous edition, a
/// changed text with the same id must be marked as a wording fix (`tekstcorrectie = "<vorige>"`).
#include "config/site_config.h"
#include "content/page.h"
#include "editions/compare.h"

namespace ww {

/// Errors (rule `vit-tekst-veranderd`) for a statement whose text changed since `changes.previous`
/// without `tekstcorrectie` naming that edition; a warning (`vit-tekstcorrectie`) for a marker that
/// names another edition or a text that did not change; an error (`vit-id-verdwenen`, at the old
/// statement) for a statement of the previous edition that is neither in the VIT nor in
/// vervallen.toml.
void check_vit_against_previous(const SiteContent& content, const EditionChanges& changes,
                                Diagnostics& diags);

/// Gives every reworded statement its text in the previous edition (VitVraag::eerdere_tekst), for
/// the VIT data file: the browser shows it with an answer given to that text.
void add_earlier_texts(SiteContent& content, const EditionChanges& changes);

/// A gemeente copy: a warning (`basis-veranderd`) at every aanvulling whose base page changed since
/// the previous edition, naming the page's change view.
void warn_changed_bases(const SiteContent& content, const EditionChanges& changes,
                        Diagnostics& diags);

/// A gemeente copy: the hint of an `aanvulling-wees` or `verberg` error for a base page that
/// vanished since the previous edition names the page it most likely became (found by content: a
/// rename), or says that VNG removed it.
void hint_vanished_targets(const SiteConfig& config, const EditionChanges& changes,
                           Diagnostics& diags);

}  // namespace ww
