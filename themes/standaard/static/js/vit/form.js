// The questions of one basiskenmerk: fills the form from the active verkenning and saves
// every change at once (radio, checkbox, every keystroke in a text field), with a politely
// announced "Opgeslagen" status.
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var model = WV.model;
  WV.VERANDERD = 'De uitspraak is veranderd sinds u antwoordde.';

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

  // The "veranderd sinds u antwoordde" block of an answer given to an earlier text.
  function toonVeranderd(ctx, fs, a, bevestig) {
    var oud = fs.querySelector('.vit-veranderd');
    if (oud) oud.remove();
    var id = fs.getAttribute('data-vraag'), v = model.veranderd(ctx.ix, id, a);
    if (!v) return;
    var el = ui.el, q = ctx.ix.vragen[id].vraag;
    var versie = q.eerder && q.eerder.tekst === v ? ' (versie ' + q.eerder.versie + ')' : '';
    fs.querySelector('legend').after(el('div', { class: 'vit-veranderd', 'data-vit': 'veranderd' },
      el('p', {}, el('strong', { text: WV.VERANDERD }), ' Klopt uw antwoord nog bij de tekst hierboven?'),
      el('p', { text: 'U antwoordde op' + versie + ': \u201c' + v + '\u201d' }),
      el('button', { type: 'button', class: 'knop', 'data-vit': 'bevestig', text: 'Mijn antwoord klopt nog', onclick: function () { bevestig(fs); } })));
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
    var nummer = art.getAttribute('data-vit-kenmerk');
    var kenmerk = ctx.ix.data.kenmerken.filter(function (k) { return model.sleutel(k) === nummer; })[0];
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

    function bevestig(fs) {  // the answer fits the new text: store its hash
      var id = fs.getAttribute('data-vraag');
      ctx.store.wijzig(function (s) {
        var a = ctx.zorgVoorActief(s).antwoorden[id];
        if (a) a.antwoord_op = ctx.ix.vragen[id].vraag.tekst;
      });
      toonVeranderd(ctx, fs, ctx.actief().antwoorden[id], bevestig);
      ui.meld(status, 'Uw antwoord op ' + id + ' hoort nu bij de nieuwe tekst. Opgeslagen.');
      fs.querySelector('input[type="radio"]').focus();
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
          if (k !== 'antwoord' && k !== 'oppakken' && model.TEKSTVELDEN.indexOf(k) < 0 && k !== 'gewijzigd' &&
            !model.gereserveerd(k)) samen[k] = oud[k];
        });
        Object.assign(samen, nieuw);
        if (nieuw.antwoord && nieuw.antwoord !== oud.antwoord && vraag) samen.antwoord_op = vraag.vraag.tekst;  // the text shown now
        if (model.isLeeg(samen)) delete v.antwoorden[id];
        else { samen.gewijzigd = nu.toISOString(); v.antwoorden[id] = samen; }
        v.gewijzigd = nu.toISOString();
      });
      WV.verkenningen.balk(ctx);
      toonVeranderd(ctx, fs, (ctx.actief() || { antwoorden: {} }).antwoorden[id], bevestig);
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
