#include "vit/vit_pass.h"

#include <algorithm>

#include "vit/vit_data.h"
#include "vit/vit_paths.h"
#include "vit/vit_validate.h"

namespace ww {

namespace {

struct Generated {
  const char* output;
  const char* title;
  const char* kort;
};

const Generated kPages[] = {
    {kVitResultatenOutput, "Resultaten en ontwikkelplan",
     "Hier ziet u de antwoorden van uw verkenning bij elkaar, per waarde en per basiskenmerk. U "
     "ziet ook uw "
     "ontwikkelplan: de punten die u wilt oppakken. U kunt alles afdrukken of bewaren als "
     "bestand."},
    {kVitVergelijkenOutput, "Perspectieven vergelijken",
     "Leg de antwoorden van verschillende verkenningen naast elkaar. Zo ziet u waar de "
     "perspectieven het eens "
     "zijn en waar ze verschillen. Over de verschillen gaat het goede gesprek."},
    {kVitRapportOutput, "Rapport voor de gemeenteraad",
     "Maak van de verkenningen van uw team één rapport. U ziet de antwoorden per waarde en per "
     "basiskenmerk naast elkaar, waar ze het meest verschillen en één ontwikkelplan. U kunt het "
     "rapport afdrukken, opslaan als pdf of bewaren als bestand."},
};

Page generated_page(const Generated& g, const Page* section_index, std::int64_t weight) {
  Page p;
  p.output = g.output;
  p.source = g.output;
  p.file = section_index ? section_index->file : std::string("content/vit/");
  p.section = "vit";
  p.title = g.title;
  p.kort = g.kort;
  p.description = g.kort;
  p.weight = weight;
  return p;
}

}  // namespace

void run_vit_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags) {
  auto is_vit = [](const Page& p) { return p.section == "vit"; };
  const auto pages = pages_of(site);
  if (std::none_of(pages.begin(), pages.end(), is_vit)) return;

  validate_vit(site, diags);

  // The generated pages go right after the last VIT page, in the order of kPages.
  std::size_t section_index = site.pages.size();
  std::size_t insert_at = 0;
  std::int64_t weight = 0;
  for (std::size_t i = 0; i < site.pages.size(); ++i) {
    const Page& p = site.pages[i].page;
    if (!is_vit(p)) continue;
    if (p.is_index) section_index = i;
    insert_at = i + 1;
    weight = std::max(weight, p.weight);
  }

  std::vector<Page> extra;
  for (const auto& g : kPages)
    extra.push_back(generated_page(
        g, section_index < site.pages.size() ? &site.pages[section_index].page : nullptr,
        ++weight));
  for (Page& p : extra) {
    GeneratedPlace place;
    place.before = insert_at;
    place.rule = "vit-pagina";
    if (add_generated_page(site, std::move(p), diags, place)) ++insert_at;
  }

  site.files[kVitDataOutput] = vit_data_js(site, config);
}

}  // namespace ww
