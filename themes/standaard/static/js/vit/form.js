// The questions of one basiskenmerk: fills the form from the active verkenning and saves
// every change at once (radio, checkbox, every keystroke in a text field), with a politely
// announced "Opgeslagen" status.
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var model = WV.model;

  function veld(fs, naam) {
    return fs.querySelector('[name^="' + naam + '-"]');
  }

  /** The answer as the form shows it. */
  function uitFormulier(fs) {
    var a = {};
    var gekozen = fs.querySelector('input[type="radio"]:checked');
    if (gekozen) a.antwoord = gekozen.value;
    model.TEKSTVELDEN.forEach(function (f) {
      var e = veld(fs, f);
      if (e && e.value) a[f] = e.value;
    });
    var op = veld(fs, 'oppakken');
    if (op && op.checked) a.oppakken = true;
    return a;
  }

  function naarFormulier(fs, a) {
    a = a || {};
    Array.prototype.forEach.call(fs.querySelectorAll('input[type="radio"]'), function (r) {
      r.checked = r.value === a.antwoord;
    });
    model.TEKSTVELDEN.forEach(function (f) {
      var e = veld(fs, f);
      if (e && e.value !== (a[f] || '')) e.value = a[f] || '';
    });
    var op = veld(fs, 'oppakken');
    if (op) op.checked = !!a.oppakken;
    toonPlan(fs);
  }

  /** "De uitspraak is veranderd sinds u antwoordde", with the earlier text, or nothing. */
  function toonVeranderd(ctx, fs, a, bevestig) {
    var id = fs.getAttribute('data-vraag');
    var oud = fs.querySelector('.vit-veranderd');
    if (oud) oud.parentNode.removeChild(oud);
    var v = model.veranderd(ctx.ix, id, a);
    if (!v) return;
    var el = ui.el;
    var blok = el('div', { class: 'vit-veranderd', 'data-vit': 'veranderd' },
      el('p', {}, el('strong', { text: 'De uitspraak is veranderd sinds u antwoordde.' }),
        ' Kijk of uw antwoord nog klopt bij de tekst hierboven.'),
      v.eerder ? el('p', { text: 'U antwoordde op' + (v.versie ? ' (versie ' + v.versie + ')' : '') + ': “' + v.eerder + '”' }) : null,
      el('p', {}, el('button', { type: 'button', class: 'knop', 'data-vit': 'bevestig', text: 'Mijn antwoord klopt nog bij de nieuwe tekst',
        onclick: function () { bevestig(fs); } })));
    var legend = fs.querySelector('legend');
    fs.insertBefore(blok, legend ? legend.nextSibling : fs.firstChild);
  }

  function toonPlan(fs) {
    var op = veld(fs, 'oppakken');
    var plan = fs.querySelector('.vit-plan');
    if (op && plan) {
      plan.hidden = !op.checked;
      op.setAttribute('aria-expanded', op.checked ? 'true' : 'false');
    }
  }

  function start(ctx, art) {
    var nummer = Number(art.getAttribute('data-vit-kenmerk'));
    var kenmerk = ctx.ix.data.kenmerken.filter(function (k) { return k.nummer === nummer; })[0];
    var sets = Array.prototype.slice.call(art.querySelectorAll('fieldset.vit-vraag'));
    var status = ui.deel('status');
    var voortgang = ui.deel('voortgang');
    var uitgesteld = null;

    function toonVoortgang() {
      if (!voortgang || !kenmerk) return '';
      var v = ctx.actief();
      var p = model.voortgang(kenmerk, v ? v.antwoorden : {});
      var tekst = p.beantwoord + ' van ' + p.totaal + ' uitspraken beantwoord (' + model.STATUS_LABEL[p.status].toLowerCase() + ').';
      voortgang.textContent = tekst;
      return tekst;
    }

    function vul() {
      var v = ctx.actief();
      sets.forEach(function (fs) {
        var a = v ? v.antwoorden[fs.getAttribute('data-vraag')] : null;
        naarFormulier(fs, a);
        toonVeranderd(ctx, fs, a, bevestig);
      });
      toonVoortgang();
    }

    /** The reader checked that the answer fits the new text: store the new text's hash with it. */
    function bevestig(fs) {
      var id = fs.getAttribute('data-vraag');
      var e = ctx.ix.vragen[id];
      ctx.store.wijzig(function (s) {
        var v = ctx.zorgVoorActief(s);
        if (v.antwoorden[id] && e) v.antwoorden[id].tekst_hash = e.vraag.hash;
      });
      var v = ctx.actief();
      toonVeranderd(ctx, fs, v ? v.antwoorden[id] : null, bevestig);
      ui.meld(status, 'Uw antwoord op ' + id + ' hoort nu bij de nieuwe tekst. Opgeslagen.');
      var eerste = fs.querySelector('input[type="radio"]:checked') || fs.querySelector('input[type="radio"]');
      if (eerste) eerste.focus();
    }

    function bewaar(fs, direct, voor) {
      var id = fs.getAttribute('data-vraag');
      var nieuw = uitFormulier(fs);
      var vraag = ctx.ix.vragen[id];
      var nu = new Date();
      var ok = ctx.store.wijzig(function (s) {
        var v = ctx.zorgVoorActief(s);
        var oud = v.antwoorden[id] || {};
        var samen = {};
        Object.keys(oud).forEach(function (k) {  // keep what this form does not show
          if (k !== 'antwoord' && k !== 'oppakken' && model.TEKSTVELDEN.indexOf(k) < 0 && k !== 'gewijzigd') samen[k] = oud[k];
        });
        Object.assign(samen, nieuw);
        // A new choice is an answer to the text shown now.
        if (nieuw.antwoord && nieuw.antwoord !== oud.antwoord && vraag && vraag.vraag.hash) samen.tekst_hash = vraag.vraag.hash;
        if (model.isLeeg(samen)) delete v.antwoorden[id];
        else { samen.gewijzigd = nu.toISOString(); v.antwoorden[id] = samen; }
        v.gewijzigd = nu.toISOString();
      });
      WV.verkenningen.balk(ctx);
      var nu_v = ctx.actief();
      toonVeranderd(ctx, fs, nu_v ? nu_v.antwoorden[id] : null, bevestig);
      var stand = toonVoortgang();
      var tekst = ok ? (voor || '') + 'Opgeslagen om ' + ui.tijd(nu) + '. ' + stand : 'Niet opgeslagen. ' + ctx.store.waarschuwing();
      if (status) status.classList.toggle('vit-fout-status', !ok);
      root.clearTimeout(uitgesteld);
      if (direct || !ok) ui.meld(status, tekst);
      else uitgesteld = root.setTimeout(function () { ui.meld(status, tekst); }, 900);
    }

    art.addEventListener('change', function (e) {
      var fs = e.target.closest && e.target.closest('fieldset.vit-vraag');
      if (!fs) return;
      if (e.target.type === 'checkbox') toonPlan(fs);
      bewaar(fs, e.target.type === 'radio' || e.target.type === 'checkbox');
    });
    art.addEventListener('input', function (e) {
      var fs = e.target.closest && e.target.closest('fieldset.vit-vraag');
      if (!fs || e.target.type === 'radio' || e.target.type === 'checkbox') return;
      bewaar(fs, false);
    });
    ui.delen('wis', art).forEach(function (knop) {
      knop.addEventListener('click', function () {
        var fs = knop.closest('fieldset.vit-vraag');
        naarFormulier(fs, null);
        bewaar(fs, true, 'Het antwoord op ' + fs.getAttribute('data-vraag') + ' is gewist. ');
        var eerste = fs.querySelector('input[type="radio"]');
        if (eerste) eerste.focus();
      });
    });

    vul();
    ctx.bijWissel(vul);
  }

  WV.form = { start: start };
})(this);
