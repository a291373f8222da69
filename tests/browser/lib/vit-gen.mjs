// Generates realistic VIT export files in memory (for the compare page's scale test and
// bench/vit_compare.mjs): the real question ids, answer values and perspectives of a built
// site, a fixed pseudo-random sequence (same files every run).
import fs from 'node:fs';
import path from 'node:path';

/** The VIT data file of the built site in `dir` (window.WEGWIJZER_VIT). */
export function vitData(dir) {
  const js = fs.readFileSync(path.join(dir, 'vit', 'vit-data.js'), 'utf8');
  return JSON.parse(js.slice(js.indexOf('{'), js.lastIndexOf('}') + 1));
}

/** A small deterministic generator (mulberry32). */
function willekeurig(zaad) {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` export files as {name, mimeType, buffer, verkenning}: one verkenning each, as a team
 * would save it. Most questions answered (each team leans to its own level), some left open,
 * some with a toelichting or an ontwikkelplan point; one in eight without a perspective.
 */
export function exportBestanden(data, n, zaad = 23) {
  const r = willekeurig(zaad);
  const ids = data.kenmerken.flatMap((k) => k.vragen.map((v) => v.id));
  const tekst = new Map(data.kenmerken.flatMap((k) => k.vragen.map((v) => [v.id, v.tekst])));
  const schaal = data.keuzes.filter((k) => k.score >= 0).sort((a, b) => a.score - b.score).map((k) => k.waarde);
  const weetNiet = data.keuzes.find((k) => k.score < 0).waarde;
  const perspectieven = data.perspectieven.map((p) => p.waarde);
  const uit = [];
  for (let i = 0; i < n; i++) {
    const niveau = r() * (schaal.length - 1);
    const antwoorden = {};
    for (const id of ids) {
      const x = r();
      if (x < 0.08) continue;  // not answered
      let antwoord;
      if (x < 0.14) antwoord = weetNiet;
      else antwoord = schaal[Math.max(0, Math.min(schaal.length - 1, Math.round(niveau + (r() - 0.5) * 2.2)))];
      const a = { antwoord, tekst: tekst.get(id) };
      if (r() < 0.2) a.toelichting = `Team ${i + 1}: bij ons gaat dit ${antwoord === 'helemaal' ? 'goed' : 'nog niet overal goed'}.`;
      if (r() < 0.05) Object.assign(a, { oppakken: true, wat: 'Afspraken maken', wie: 'Teamleider', wanneer: 'Dit jaar' });
      a.gewijzigd = '2024-05-01T10:00:00.000Z';
      antwoorden[id] = a;
    }
    const nr = String(i + 1).padStart(4, '0');
    const verkenning = {
      id: `v-team-${nr}`, naam: `Team ${nr}`, gemeente: 'Testgemeente',
      perspectief: i % 8 === 7 ? '' : perspectieven[i % perspectieven.length],
      gemaakt: '2024-04-01T09:00:00.000Z', gewijzigd: '2024-05-01T10:00:00.000Z', antwoorden,
    };
    const bestand = {
      formaat: 'wegwijzer-vit', schema: data.schema,
      site: { short_name: data.site.short_name, title: data.site.title, versie: data.site.versie, gemeente: 'Testgemeente' },
      gemaakt: '2024-05-01T10:00:00.000Z', verkenningen: [verkenning],
    };
    uit.push({ name: `vit-team-${nr}.json`, mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bestand, null, 2) + '\n'), verkenning });
  }
  return uit;
}
