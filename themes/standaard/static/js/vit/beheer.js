// VIT overview: the verkenningen in this browser (create, rename, choose, delete).
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var el = ui.el;
  var details = WV.verkenningen.details;

  function veld(id, labelTekst, invoer) {
    return el('div', { class: 'vit-veld' }, el('label', { for: id, text: labelTekst }), invoer);
  }

  function perspectiefKeuze(ctx, id, huidig) {
    return el('select', { id: id },
      el('option', { value: '', text: 'Geen perspectief gekozen' }),
      ctx.ix.data.perspectieven.map(function (p) {
        return el('option', { value: p.waarde, selected: p.waarde === huidig, text: p.label });
      }));
  }

  function hernoemFormulier(ctx, v, item, melding) {
    var nid = 'vit-naam-' + v.id;
    var pid = 'vit-persp-' + v.id;
    var naam = el('input', { type: 'text', id: nid, value: v.naam });
    var form = el('div', { class: 'vit-hernoem', role: 'group', 'aria-label': 'Gegevens van ' + v.naam + ' wijzigen' },
      veld(nid, 'Nieuwe naam', naam),
      veld(pid, 'Perspectief', perspectiefKeuze(ctx, pid, v.perspectief)),
      el('p', {},
        el('button', { type: 'button', class: 'knop knop-primair', text: 'Opslaan', onclick: function () {
          var nieuw = naam.value.trim();
          if (!nieuw) { ui.meld(melding, 'Vul een naam in.'); naam.focus(); return; }
          var persp = form.querySelector('select').value;
          ctx.store.wijzig(function (s) {
            var w = s.verkenningen[v.id];
            if (w) { w.naam = nieuw; w.perspectief = persp; w.gewijzigd = new Date().toISOString(); }
          });
          ctx.opnieuw();
          ui.meld(melding, 'De verkenning heet nu ' + nieuw + '.');
          focusKnop(v.id, 'hernoem');
        } }),
        ' ',
        el('button', { type: 'button', class: 'knop', text: 'Annuleren', onclick: function () {
          form.remove();
          focusKnop(v.id, 'hernoem');
        } })));
    item.appendChild(form);
    naam.focus();
  }

  function focusKnop(id, soort) {
    var k = root.document.querySelector('[data-vit-id="' + root.CSS.escape(id) + '"][data-vit-knop="' + soort + '"]');
    if (k) k.focus();
    else {
      var kop = root.document.getElementById('verkenningen-kop');
      if (kop) { kop.setAttribute('tabindex', '-1'); kop.focus(); }
    }
  }

  /** The list on the overview. */
  function lijst(ctx) {
    var doel = ui.deel('lijst');
    if (!doel) return;
    var melding = ui.deel('nieuw-melding');
    var s = ctx.staat();
    if (!s.volgorde.length) {
      ui.vervang(doel, el('p', { text: 'Er zijn nog geen verkenningen in deze browser. Maak er hieronder een, of begin gewoon met invullen: dan maakt het VIT er zelf een.' }));
      return;
    }
    ui.vervang(doel, el('ul', { class: 'vit-verkenningen' }, s.volgorde.map(function (id) {
      var v = s.verkenningen[id];
      var aantal = Object.keys(v.antwoorden).filter(function (q) { return v.antwoorden[q].antwoord; }).length;
      var actief = id === s.actief;
      var item = el('li', { class: actief ? 'vit-verkenning vit-actief' : 'vit-verkenning', 'data-vit-verkenning': id },
        el('p', {}, el('strong', { text: v.naam }), ' ', details(ctx, v), ' · ', aantal + (aantal === 1 ? ' antwoord' : ' antwoorden'),
          actief ? el('span', { class: 'vit-actief-label', text: ' · u werkt nu in deze verkenning' }) : null),
        el('p', { class: 'vit-knoppen-rij' },
          actief ? null : el('button', { type: 'button', class: 'knop', 'data-vit-id': id, 'data-vit-knop': 'kies',
            text: 'Kies ' + v.naam, onclick: function () {
              ctx.store.wijzig(function (st) { st.actief = id; });
              ctx.opnieuw();
              ui.meld(melding, 'U werkt nu in verkenning ' + v.naam + '.');
              focusKnop(id, 'hernoem');
            } }),
          ' ',
          el('button', { type: 'button', class: 'knop', 'data-vit-id': id, 'data-vit-knop': 'hernoem',
            text: 'Wijzig ' + v.naam, onclick: function () {
              if (!item.querySelector('.vit-hernoem')) hernoemFormulier(ctx, v, item, melding);
            } }),
          ' ',
          el('button', { type: 'button', class: 'knop knop-gevaar', 'data-vit-id': id, 'data-vit-knop': 'verwijder',
            text: 'Verwijder ' + v.naam, onclick: function () {
              var vraag = 'Verkenning "' + v.naam + '" verwijderen? Alle ' + aantal +
                ' antwoorden daarin worden gewist. Bewaar ze eerst als bestand als u ze nog wilt hebben.';
              if (!root.confirm(vraag)) return;
              ctx.store.wijzig(function (st) { delete st.verkenningen[id]; });
              ctx.opnieuw();
              ui.meld(melding, 'Verkenning ' + v.naam + ' is verwijderd.');
              focusKnop('', 'geen');
            } })));
      return item;
    })));
  }

  function nieuw(ctx) {
    var knop = ui.deel('nieuw-maak');
    if (!knop) return;
    knop.addEventListener('click', function () {
      var naamVeld = ui.deel('nieuw-naam');
      var naam = naamVeld.value.trim();
      var melding = ui.deel('nieuw-melding');
      WV.fout(naamVeld, naam ? '' : 'Vul eerst een naam in voor de nieuwe verkenning.');
      if (!naam) return naamVeld.focus();
      var v = WV.storage.maakVerkenning(naam, ui.deel('nieuw-gemeente').value.trim(), ui.deel('nieuw-perspectief').value);
      var ok = ctx.store.wijzig(function (s) { s.verkenningen[v.id] = v; s.volgorde.push(v.id); s.actief = v.id; });
      ctx.opnieuw();
      naamVeld.value = '';
      ui.meld(melding, ok ? 'Verkenning ' + naam + ' is gemaakt. U werkt nu in deze verkenning.' : ctx.store.waarschuwing());
    });
  }

  // GOV.UK error: the message by the field, which the template links with aria-describedby.
  WV.fout = function (veld, tekst) {
    ui.vervang(ui.deel(veld.getAttribute('data-vit') + '-fout'), tekst);
    veld.setAttribute('aria-invalid', !!tekst);
  };

  WV.beheer = { lijst: lijst, nieuw: nieuw };
})(this);
