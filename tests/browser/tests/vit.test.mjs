// The interactive VIT on the built site, over http and over file://: answering and autosave,
// verkenningen kept apart, keyboard-only use. Export and import: vit-bewaren.test.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, siteDir } from '../lib/browser.mjs';
import { DEEL, beantwoord, beide, stored } from '../lib/vit.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir()); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('answers are saved at once and are there after a reload; the plan fields open with the checkbox', async (t) => {
  await beide(t, browser, server, async (page, base) => {
    await page.goto(base + DEEL);
    await page.locator('.vit-balk-actief').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#plan-5-1').isVisible(), false);
    await beantwoord(page, '5.1', 'grotendeels');
    await page.locator('#toelichting-5-1').fill('Het wijkteam doet dit al.');
    await page.locator('#oppakken-5-2').check();
    assert.equal(await page.locator('#plan-5-2').isVisible(), true);
    await page.locator('#wat-5-2').fill('Training privacy');
    await page.locator('#wie-5-2').fill('Teamleider');
    await page.locator('#wanneer-5-2').fill('Voor de zomer');
    await page.locator('[data-vit="status"]').filter({ hasText: /Opgeslagen om \d\d:\d\d/ }).waitFor();
    assert.match(await page.locator('[data-vit="voortgang"]').textContent(), /1 van 7 uitspraken beantwoord/);
    await page.reload();
    assert.equal(await page.locator('#v-5-1-grotendeels').isChecked(), true);
    assert.equal(await page.locator('#toelichting-5-1').inputValue(), 'Het wijkteam doet dit al.');
    assert.equal(await page.locator('#oppakken-5-2').isChecked(), true);
    assert.equal(await page.locator('#wie-5-2').inputValue(), 'Teamleider');
    assert.equal(await page.locator('#plan-5-1').isVisible(), false);
    const s = await stored(page);
    assert.equal(s.schema, 1);
    const v = s.verkenningen[s.actief];
    assert.equal(v.naam, 'Mijn verkenning');
    assert.equal(v.antwoorden['5.2'].wanneer, 'Voor de zomer');
    // Clearing an answer removes it.
    await page.locator('#vraag-5-1 [data-vit="wis"]').click();
    assert.equal(await page.locator('#v-5-1-grotendeels').isChecked(), false);
    assert.equal((await stored(page)).verkenningen[s.actief].antwoorden['5.1'], undefined);
  });
});

test('two verkenningen stay apart; the overview shows status per basiskenmerk', async (t) => {
  await beide(t, browser, server, async (page, base) => {
    await page.goto(base + DEEL);
    await beantwoord(page, '5.1', 'helemaal');
    await page.goto(base + 'vit.html');
    await page.locator('[data-vit="nieuw-naam"]').fill('Raad');
    await page.locator('[data-vit="nieuw-perspectief"]').selectOption('bestuur');
    await page.locator('[data-vit="nieuw-maak"]').click();
    await page.locator('[data-vit="nieuw-melding"]').filter({ hasText: 'Verkenning Raad is gemaakt' }).waitFor();
    assert.equal(await page.locator('[data-vit="actief-naam"]').textContent(), 'Raad');
    await page.goto(base + DEEL);
    assert.equal(await page.locator('#v-5-1-helemaal').isChecked(), false);
    await beantwoord(page, '5.1', 'nog-niet');
    // Switch back with the bar.
    await page.locator('[data-vit="kies"]').selectOption({ label: 'Mijn verkenning' });
    assert.equal(await page.locator('#v-5-1-helemaal').isChecked(), true);
    assert.equal(await page.locator('#v-5-1-nog-niet').isChecked(), false);
    await page.goto(base + 'vit.html');
    const status = page.locator('li[data-vit-kenmerk="5"] [data-vit="taakstatus"]');
    assert.equal(await status.textContent(), 'Bezig, 1 van 7 beantwoord');
    assert.equal(await page.locator('li[data-vit-kenmerk="1"] [data-vit="taakstatus"]').textContent(), 'Nog niet begonnen, 0 van 8 beantwoord');
    // Rename and delete (with confirmation).
    await page.locator('[data-vit-knop="hernoem"]', { hasText: 'Wijzig Raad' }).click();
    await page.locator('.vit-hernoem input[type="text"]').fill('Raad – bestuur');
    await page.locator('.vit-hernoem button', { hasText: 'Opslaan' }).click();
    await page.locator('[data-vit-verkenning] strong', { hasText: 'Raad – bestuur' }).waitFor();
    page.once('dialog', (d) => d.dismiss());
    await page.locator('[data-vit-knop="verwijder"]', { hasText: 'Verwijder Raad – bestuur' }).click();
    assert.equal(Object.keys((await stored(page)).verkenningen).length, 2);
    page.once('dialog', (d) => d.accept());
    await page.locator('[data-vit-knop="verwijder"]', { hasText: 'Verwijder Raad – bestuur' }).click();
    await page.locator('[data-vit="nieuw-melding"]').filter({ hasText: 'is verwijderd' }).waitFor();
    const s = await stored(page);
    assert.deepEqual(Object.values(s.verkenningen).map((v) => v.naam), ['Mijn verkenning']);
  });
});

test('keyboard only: one basiskenmerk answered completely', async (t) => {
  await beide(t, browser, server, async (page, base) => {
    await page.goto(base + DEEL);
    const groepen = await page.locator('fieldset.vit-vraag').count();
    // One round trip per Tab: how many questions are still open, and is the focus on one of them?
    const toestand = () => page.evaluate(() => {
      const e = document.activeElement;
      return {
        open: [...document.querySelectorAll('fieldset.vit-vraag')].filter((f) => !f.querySelector('input[type=radio]:checked')).length,
        opRadio: !!(e && e.type === 'radio' && !e.closest('fieldset').querySelector('input[type=radio]:checked')),
      };
    });
    for (let i = 0, t = await toestand(); i < 400 && t.open > 0; i++) {
      await page.keyboard.press('Tab');
      t = await toestand();
      if (t.opRadio) {
        await page.keyboard.press('ArrowRight');  // moves to "Een beetje" and selects it
        t = await toestand();
      }
    }
    assert.match(await page.locator('[data-vit="voortgang"]').textContent(), new RegExp(`${groepen} van ${groepen} uitspraken beantwoord \\(klaar\\)`));
    assert.equal(await page.locator('input[type=radio][value="een-beetje"]:checked').count(), groepen);
    // The plan opens from the keyboard too.
    await page.locator('#oppakken-5-1').focus();
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#plan-5-1').isVisible(), true);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'wat-5-1');
    await page.keyboard.type('Met het hele team');
    await page.goto(base + 'vit.html');
    assert.equal(await page.locator('li[data-vit-kenmerk="5"] [data-vit="taakstatus"]').textContent(), `Klaar, ${groepen} van ${groepen} beantwoord`);
    const s = await stored(page);
    assert.equal(s.verkenningen[s.actief].antwoorden['5.1'].wat, 'Met het hele team');
  });
});
