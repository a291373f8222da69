// The report of a comparison (vit/rapport.html), without DOM: columns, averages, the
// difference measure, the consolidated ontwikkelplan, CSV and JSON. Pure, tested in Node.
(function (root) {
  'use strict';
  var model = typeof module === 'object' && module.exports ? require('./model.js') : root.WegwijzerVit.model;

  function keuze(ix, v, id) {
    var a = v.antwoorden && v.antwoorden[id];
    return (a && a.antwoord && ix.keuzes[a.antwoord]) || null;
  }
  function tal(n) {
    var t = { som: 0, n: 0, kol: [] };
    for (var i = 0; i < n; i++) t.kol.push({ som: 0, n: 0 });
    return t;
  }
  function gem(t) { return t.n ? t.som / t.n : null; }

  // Highest minus lowest of the values that are not null; null when fewer than two.
  function verschil(w) {
    w = w.filter(function (x) { return x !== null; });
    return w.length < 2 ? null : Math.round((Math.max.apply(null, w) - Math.min.apply(null, w)) * 1e6) / 1e6;
  }

  function perspectiefLabel(ix, v) {
    return ix.perspectieven[v.perspectief] ? ix.perspectieven[v.perspectief].label : '';
  }

  // The columns: one per verkenning, or one per perspective (the site's order, then "Geen
  // perspectief"; only those with verkenningen). leden: indexes into gekozen.
  function kolommen(ix, gekozen, perPerspectief) {
    if (!perPerspectief) {
      var namen = gekozen.map(function (g) {
        var p = perspectiefLabel(ix, g.v);
        return g.v.naam + (p ? ' (' + p.toLowerCase() + ')' : '');
      });
      return gekozen.map(function (g, i) {
        var dubbel = namen.filter(function (n) { return n === namen[i]; }).length > 1;
        return { label: namen[i] + (dubbel ? ' – ' + (g.bestand || 'deze browser') : ''), leden: [i], perspectief: g.v.perspectief || '' };
      });
    }
    return ix.data.perspectieven.concat([{ waarde: '', label: 'Geen perspectief' }]).map(function (p) {
      var leden = [];
      gekozen.forEach(function (g, i) { if ((ix.perspectieven[g.v.perspectief] ? g.v.perspectief : '') === p.waarde) leden.push(i); });
      return { label: p.label + ' (' + leden.length + ')', leden: leden, perspectief: p.waarde };
    }).filter(function (k) { return k.leden.length; });
  }

  // The whole report. Per part (a waarde, then the gemeente's own parts) and per kenmerk the
  // average score per column and together, and per question the answer (one verkenning per
  // column) or the average (a perspective per column). verschil: highest minus lowest column.
  function rapport(ix, gekozen, perPerspectief) {
    var kol = kolommen(ix, gekozen, perPerspectief);
    var vragen = [];
    var delen = ix.data.waarden.map(function (w) { return { waarde: w.waarde, label: w.label, kenmerken: [] }; });
    var eigen = { waarde: '', label: 'Eigen onderdelen van de gemeente', kenmerken: [] };
    ix.data.kenmerken.forEach(function (k) {
      (delen.filter(function (d) { return d.waarde === k.waarde; })[0] || eigen).kenmerken.push(k);
    });
    function uitkomst(t) {
      var per = t.kol.map(gem);
      return { per: per, samen: gem(t), verschil: verschil(per) };
    }
    delen = delen.concat([eigen]).filter(function (d) { return d.kenmerken.length; }).map(function (d) {
      var dt = tal(kol.length);
      var ks = d.kenmerken.map(function (k) {
        var kt = tal(kol.length);
        var vs = k.vragen.map(function (q) {
          var qt = tal(kol.length);
          var cellen = kol.map(function (c, ci) {
            var eerste = null;
            c.leden.forEach(function (i) {
              var a = keuze(ix, gekozen[i].v, q.id);
              if (!eerste) eerste = a;
              if (!a || a.score < 0) return;
              [qt, kt, dt].forEach(function (t) { t.som += a.score; t.n++; t.kol[ci].som += a.score; t.kol[ci].n++; });
            });
            return perPerspectief ? null : eerste;
          });
          var vraag = Object.assign({ id: q.id, vraag: q, kenmerk: k, antwoorden: cellen, n: qt.n, plek: vragen.length }, uitkomst(qt));
          vragen.push(vraag);
          return vraag;
        });
        return Object.assign({ kenmerk: k, vragen: vs }, uitkomst(kt));
      });
      return Object.assign({ waarde: d.waarde, label: d.label, kenmerken: ks }, uitkomst(dt));
    });
    function uniek(l) { return l.filter(function (x, i) { return x && l.indexOf(x) === i; }); }
    return { kolommen: kol, perPerspectief: !!perPerspectief, gekozen: gekozen, delen: delen, vragen: vragen,
      // the gemeente: that of the site, else those typed in the verkenningen; the files it is made from
      gemeente: ix.data.site.gemeente || uniek(gekozen.map(function (g) { return g.v.gemeente; })).join(', '),
      bronnen: uniek(gekozen.map(function (g) { return g.bestand ? 'bestand ' + g.bestand : 'deze browser'; })),
      verschillen: grootsteVerschil(vragen), plan: plan(ix, gekozen) };
  }

  // Questions with a difference, largest first; then the most answers; then VIT order.
  function grootsteVerschil(vragen) {
    return vragen.filter(function (r) { return r.verschil > 0; }).sort(function (a, b) {
      return b.verschil - a.verschil || b.n - a.n || a.plek - b.plek;
    });
  }

  // Every "Dit pakken we op" of the chosen verkenningen, in VIT order, then in the order chosen.
  function plan(ix, gekozen) {
    var plek = model.kaart();
    ix.volgorde.forEach(function (id, i) { plek[id] = i; });
    var uit = [];
    gekozen.forEach(function (g, gi) {
      var antw = g.v.antwoorden || {};
      Object.keys(antw).forEach(function (id) {
        var a = antw[id];
        if (!a || !a.oppakken) return;
        var e = ix.vragen[id];
        var k = a.antwoord && ix.keuzes[a.antwoord];
        uit.push({ id: id, tekst: e ? e.vraag.tekst : ix.vervallen[id] ? ix.vervallen[id].tekst : a.tekst || '',
          kenmerk: e ? e.kenmerk : null, nu: k ? k.label : '', wat: a.wat || '', wie: a.wie || '', wanneer: a.wanneer || '',
          verkenning: g.v.naam, perspectief: perspectiefLabel(ix, g.v), bestand: g.bestand || '',
          p: id in plek ? plek[id] : 1e9, gi: gi });
      });
    });
    return uit.sort(function (a, b) {
      return a.p - b.p || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.gi - b.gi;
    });
  }

  // 2.5 -> "2,5"; null -> "" (or leeg).
  function cijfer(x, leeg) {
    return x === null || x === undefined ? (leeg === undefined ? '' : leeg) : (Math.round(x * 10) / 10).toFixed(1).replace('.', ',');
  }

  function kenmerkNaam(k) {
    return k ? (k.nummer !== undefined && k.nummer !== null ? k.nummer + '. ' : '') + k.title : 'Niet meer in het VIT';
  }

  // The answer in a question's column: the label (a verkenning) or the average (a perspective).
  function cel(r, i) {
    return r.antwoorden[i] ? r.antwoorden[i].label : cijfer(r.per[i]);
  }

  // CSV of the answers: a row per question, a column per report column, then the difference.
  function csvAntwoorden(ix, rap) {
    var rijen = [['Waarde', 'Basiskenmerk', 'Id', 'Uitspraak'].concat(rap.kolommen.map(function (c) { return c.label; }), ['Samen', 'Verschil'])];
    rap.delen.forEach(function (d) {
      d.kenmerken.forEach(function (k) {
        k.vragen.forEach(function (r) {
          rijen.push([d.label, kenmerkNaam(k.kenmerk), r.id, r.vraag.tekst].concat(
            rap.kolommen.map(function (c, i) { return cel(r, i); }),
            [cijfer(r.samen), cijfer(r.verschil)]));
        });
      });
    });
    return model.csv(rijen);
  }

  // CSV of the consolidated ontwikkelplan.
  function csvPlan(ix, rap) {
    return model.csv([['Id', 'Basiskenmerk', 'Uitspraak', 'Nu', 'Wat gaan we doen', 'Wie', 'Wanneer', 'Verkenning', 'Perspectief', 'Bestand']]
      .concat(rap.plan.map(function (p) {
        return [p.id, kenmerkNaam(p.kenmerk), p.tekst, p.nu, p.wat, p.wie, p.wanneer, p.verkenning, p.perspectief, p.bestand];
      })));
  }

  // The report as data (JSON text): the report with each question and kenmerk by its id, number and
  // title; gemaakt: the time (ISO). Not an import file of the VIT.
  function json(ix, rap, gemaakt) {
    var s = ix.data.site;
    return JSON.stringify({ formaat: 'wegwijzer-vit-rapport', schema: 1,
      site: { short_name: s.short_name, title: s.title, versie: s.versie, gemeente: s.gemeente },
      gemeente: rap.gemeente, bronnen: rap.bronnen, gemaakt: gemaakt, kolommen_per: rap.perPerspectief ? 'perspectief' : 'verkenning',
      verkenningen: rap.gekozen.map(function (g) {
        return { id: g.v.id, naam: g.v.naam, gemeente: g.v.gemeente || '', perspectief: g.v.perspectief || '', bestand: g.bestand || '' };
      }),
      kolommen: rap.kolommen, delen: rap.delen, grootste_verschil: rap.verschillen.map(function (r) { return r.id; }), ontwikkelplan: rap.plan,
    }, function (k, v) {
      if (k === 'vraag') return { tekst: v.tekst, lokaal: !!v.lokaal };
      if (k === 'kenmerk') return v && { nummer: v.nummer, title: v.title };
      if (k === 'antwoorden' && Array.isArray(v)) return rap.perPerspectief ? undefined : v.map(function (a) { return a && a.waarde; });
      if (k === 'gi' || k === 'p' || k === 'plek') return undefined;
      return typeof v === 'number' ? Math.round(v * 100) / 100 : v;
    }, 2) + '\n';
  }

  var api = { rapport: rapport, cijfer: cijfer, cel: cel, kenmerkNaam: kenmerkNaam,
    csvAntwoorden: csvAntwoorden, csvPlan: csvPlan, json: json };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.WegwijzerVit.rapport = Object.assign(root.WegwijzerVit.rapport || {}, api);
})(this);
