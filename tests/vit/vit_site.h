#pragma once
// A small site with two basiskenmerken and their VIT parts, shared by the VIT tests.
namespace ww::test {

inline constexpr const char* kVitSite = R"(
-- site-config.toml --
title = "Kader"
short_name = "kader-test"
versie = "2024.1"
[gemeente]
naam = "Gemeente Test"
-- content/_index.md --
+++
title = "Home"
+++
Naar het [VIT](vit/_index.md) en de [resultaten](vit/resultaten.html).
-- content/basiskenmerken/_index.md --
+++
title = "Basiskenmerken"
+++
-- content/basiskenmerken/01-eenvoudig.md --
+++
title = "Eenvoudig systeem"
nummer = 1
waarde = "dichtbij"
+++
Tekst.
-- content/basiskenmerken/05-brede-blik.md --
+++
title = "Brede blik"
nummer = 5
waarde = "integraal"
+++
Tekst.
-- content/vit/_index.md --
+++
title = "VIT"
+++
Uitleg.
-- content/vit/01-eenvoudig.md --
+++
title = "VIT 1"
kenmerk = 1

[[vraag]]
id = "1.1"
tekst = "Inwoners vinden de weg."

[[vraag]]
id = "1.2"
tekst = "Er is één loket."
uitleg = "Een <b>loket</b> & meer."
+++
Handvatten.
-- content/vit/05-brede-blik.md --
+++
title = "VIT 5"
kenmerk = 5

[[vraag]]
id = "5.1"
tekst = "Medewerkers kijken breed."

[[vraag]]
id = "5.3"
tekst = "De wensen van de inwoner zijn leidend."

[[vraag]]
id = "5.4"
tekst = "De inwoner houdt de regie."
+++
Handvatten.
-- content/vit/vervallen.toml --
[[vraag]]
id = "5.2"
tekst = "Een oude uitspraak."
)";

}  // namespace ww::test
