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
  auto& pages = site.content.pages;
  auto is_vit = [](const Page& p) { return p.section == "vit"; };
  if (std::none_of(pages.begin(), pages.end(), is_vit)) return;

  validate_vit(site.content, diags);

  const Page* section_index = nullptr;
  std::size_t insert_at = 0;
  std::int64_t weight = 0;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (!is_vit(pages[i])) continue;
    if (pages[i].is_index) section_index = &pages[i];
    insert_at = i + 1;
    weight = std::max(weight, pages[i].weight);
  }

  std::vector<Page> extra;
  for (const auto& g : kPages) {
    auto clash = std::find_if(pages.begin(), pages.end(),
                              [&](const Page& p) { return p.output == g.output; });
    if (clash != pages.end()) {
      diags.error({clash->file, 1, 1},
                  std::string("deze pagina krijgt het adres ") + g.output +
                      ", maar dat maakt Wegwijzer zelf voor het VIT",
                  "kies een andere bestandsnaam", "vit-pagina");
      continue;
    }
    extra.push_back(generated_page(g, section_index, ++weight));
    site.generated.insert(g.output);
  }
  pages.insert(pages.begin() + static_cast<std::ptrdiff_t>(insert_at),
               std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()));
  for (std::size_t k = 0; k < extra.size(); ++k) {  // generated pages have no syntax tree
    site.docs.emplace(site.docs.begin() + static_cast<std::ptrdiff_t>(insert_at));
    site.gewone_taal.emplace(site.gewone_taal.begin() + static_cast<std::ptrdiff_t>(insert_at));
  }

  site.files[kVitDataOutput] = vit_data_js(site.content, config);
}

}  // namespace ww
