import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, SCREENSHOT_DIR } from './support/fixtures';
import { VaultPage, openDemoAs } from './support/pages';
import {
  JurorPage,
  craftPackage,
  demoIdentities,
  demoPerson,
  dropFile,
  tamperedCopy,
  verifyAsChair,
} from './support/juror-page';
import { writeDemo } from '../../src-main/services/demo/write-demo';
import { createIdentity, sha256Hex } from '../../src-main/services/crypto';

const PKG = (who: string): string =>
  join('packages', `juryrum-paket-demo-ehalsokommun-2026-bedomning-${who}.juryrum`);

const NOTE = 'Privat: jämför med ansökan från förra året.';

/** The score juror-2 gives application `i` (reading order) on criterion `k`. */
const scoreKey = (i: number, k: number): string =>
  i === 1 && k === 2 ? 'e' : String(1 + ((i + 2 * k) % 5));

test.describe('juror', () => {
  test.skip(({ app }) => !app.harness, 'needs the harness dialog hook to choose files');

  test('imports, scores everything by keyboard, declares a conflict and exports two revisions', async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const demo = join(app.dataDir, 'demo');
    await writeDemo(demo);
    const juror = new JurorPage(app, demo);
    await juror.becomeDemoJuror('juror-2');

    await juror.importFile(join(demo, PKG('henrik-alund')), true);
    await expect(
      page.getByRole('heading', { name: 'Kontrollera arrangörens fingeravtryck' }),
    ).toBeFocused();
    await expect(page.locator('.fingerprint')).toHaveAttribute(
      'data-fingerprint',
      demoPerson(demo, 'organiser-1').fingerprint,
    );
    await app.screenshot('juror-confirm');
    await app.expectNoA11yViolations();
    await page.getByRole('button', { name: 'Fingeravtrycket stämmer – importera' }).click();
    await expect(juror.progress()).toHaveText('0 av 9 klara');
    await app.screenshot('juror-list');
    await app.expectNoA11yViolations();

    // From here on, only the keyboard.
    const order = await page
      .locator('.app-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-app') ?? ''));
    expect(order).toHaveLength(9);
    await juror.tabUntil((f) => f.app === order[0]);
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Enter');
      await expect(page.locator('#juror-app-h')).toBeFocused();
      if (i === 0) {
        await app.screenshot('juror-reading');
        await app.expectNoA11yViolations();
      }
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Till bedömningen' })).toBeFocused();
      if (i === 0) {
        // A private note, which must never reach a score file (past any attachments).
        await juror.tabUntil((f) => f.tag === 'textarea');
        await expect(page.getByLabel('Mina anteckningar om ansökan')).toBeFocused();
        await page.keyboard.type(NOTE);
        await juror.tabUntil((f) => f.name === 'Till bedömningen', { back: true });
      }
      await page.keyboard.press('Enter');
      await juror.scoreByKeyboard(Array.from({ length: 8 }, (_, k) => scoreKey(i, k)));
      if (i === 0) {
        await page.setViewportSize({ width: 1280, height: 2600 });
        await app.screenshot('juror-scoring');
        await app.expectNoA11yViolations();
        await page.setViewportSize({ width: 1280, height: 860 });
      }
      await expect(page.getByRole('button', { name: 'Markera som klar' })).toBeFocused();
      await page.keyboard.press('Enter');
      const next = i < 8 ? 'Nästa ansökan' : 'Alla ansökningar';
      await expect(page.locator('.done-panel').getByRole('button', { name: next })).toBeFocused();
      if (i === 3) {
        // Declare a conflict on the fourth application: its scores are cleared and locked.
        await page.keyboard.press('Tab');
        await expect(page.getByRole('button', { name: 'Anmäl jäv …' })).toBeFocused();
        await page.keyboard.press('Enter');
        await page.keyboard.type('Min bror arbetar i kommunens hemtjänst.');
        await page.keyboard.press('Enter');
        await expect(
          page.getByText('Jäv anmält: Min bror arbetar i kommunens hemtjänst.'),
        ).toBeFocused();
        await expect(page.locator('.criterion input:checked')).toHaveCount(0);
        await page.keyboard.press('Shift+Tab');
        await expect(page.locator('.done-panel').getByRole('button', { name: next })).toBeFocused();
      }
      await page.keyboard.press('Enter');
    }
    await expect(juror.progress()).toHaveText('9 av 9 klara (varav 1 med jäv)');
    await expect(page.locator(`[data-app="${order[8]}"]`)).toBeFocused();

    // Export revision 1.
    const r1Path = join(app.dataDir, 'r1.juryrum');
    await juror.tabUntil((f) => f.name === 'Exportera poängfil …');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Sammanfattning före export' })).toBeFocused();
    await expect(
      page.getByRole('radio', { name: 'Slutlig – min bedömning är klar' }),
    ).toBeChecked();
    await expect(page.getByText('Det här blir version 1 av din poängfil.')).toBeVisible();
    await app.screenshot('juror-export');
    await app.expectNoA11yViolations();
    await juror.tabUntil((f) => f.name === 'Spara poängfil');
    await app.answerNextDialog(r1Path);
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Poängfilen är sparad: r1\.juryrum \(version 1\)/)).toBeVisible();
    const saveDialog = app.harness?.dialogs.opened.at(-1);
    expect(saveDialog?.kind === 'save' && saveDialog.options.defaultName).toBe(
      'juryrum-poang-demo-ehalsokommun-2026-bedomning-henrik-alund-r1.juryrum',
    );

    // Change two scores of the first application, then export revision 2 as a draft.
    await juror.tabUntil((f) => f.app === order[0], { back: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press(scoreKey(0, 0) === '5' ? '4' : '5');
    await page.keyboard.press('n');
    await page.keyboard.press(scoreKey(0, 1) === '1' ? '2' : '1');
    await expect(page.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();
    await juror.tabUntil((f) => f.name === 'Alla ansökningar', { back: true });
    await page.keyboard.press('Enter');
    await juror.tabUntil((f) => f.name === 'Exportera poängfil …');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Det här blir version 2 av din poängfil.')).toBeVisible();
    await juror.tabUntil((f) => f.value === 'final');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Utkast – jag kan ändra mig' })).toBeChecked();
    const r2Path = join(app.dataDir, 'r2.juryrum');
    await juror.tabUntil((f) => f.name === 'Spara poängfil');
    await app.answerNextDialog(r2Path);
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Poängfilen är sparad: r2\.juryrum \(version 2\)/)).toBeVisible();

    // The chair opens both files.
    const [v1, v2] = await verifyAsChair(demo, [r1Path, r2Path]);
    const r1 = new Uint8Array(readFileSync(r1Path));
    if (!v1?.ok || !v2?.ok) throw new Error('both revisions verify for the chair');
    expect(v1.meta).toMatchObject({
      jurorId: 'juror-2',
      revision: 1,
      previousDigest: null,
      final: true,
    });
    expect(v2.meta).toMatchObject({ jurorId: 'juror-2', revision: 2, final: false });
    expect(v2.meta.previousDigest).toBe(sha256Hex(r1));
    expect(v2.meta.previousDigest).toBe(v1.digest);
    for (const v of [v1, v2]) {
      expect(v.payload.conflicts).toEqual([
        { applicationId: order[3], reason: 'Min bror arbetar i kommunens hemtjänst.' },
      ]);
      expect(v.payload.scores).toHaveLength(8 * 8);
    }
    const cell = (v: typeof v1 & { ok: true }, app: string | undefined, k: string) =>
      v.payload.scores.find((s) => s.applicationId === app && s.criterion === k)?.value;
    expect(cell(v1, order[1], 'K')).toBe('cannot-assess');
    expect(cell(v1, order[0], 'L')).toBe(Number(scoreKey(0, 0)));
    for (const v of [v1, v2]) expect(JSON.stringify(v.payload)).not.toContain(NOTE);
    const changed = v2.payload.scores.filter((s, i) => s.value !== v1.payload.scores[i]?.value);
    expect(changed.map((s) => `${s.applicationId}/${s.criterion}`)).toEqual([
      `${order[0]}/L`,
      `${order[0]}/I`,
    ]);
  });

  test('refuses tampered, foreign and re-signed packages without changing anything; a newer phase adds', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    const demo = join(app.dataDir, 'demo');
    await writeDemo(demo);
    const ids = await demoIdentities(demo);
    const juror = new JurorPage(app, demo);
    await juror.becomeDemoJuror('juror-2');
    const own = new Uint8Array(readFileSync(join(demo, PKG('henrik-alund'))));
    await juror.importFile(join(demo, PKG('henrik-alund')), true);
    await page.getByRole('button', { name: 'Fingeravtrycket stämmer – importera' }).click();
    await page.locator('.app-row').first().click();
    await page.locator('.criterion').first().getByRole('radio', { name: /^4/ }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();
    await page.getByRole('button', { name: 'Alla ansökningar' }).first().click();
    const before = await juror.storedRecords();

    await dropFile(page, tamperedCopy(own), 'paket.juryrum');
    await expect(juror.refusal()).toContainText('Paketet har ändrats efter att det skapades');
    expect(await juror.storedRecords()).toEqual(before);

    await juror.importFile(join(demo, PKG('mirja-koskinen')), false);
    await expect(juror.refusal()).toContainText('Paketet är inte till dig');
    expect(await juror.storedRecords()).toEqual(before);

    const impostor = join(app.dataDir, 'impostor.juryrum');
    writeFileSync(
      impostor,
      craftPackage(demo, ids, {
        jurorId: 'juror-2',
        organiser: createIdentity('Lovisa Ekdahl', 'eHälsomässan Nordljus'),
      }),
    );
    await juror.importFile(impostor, false);
    await expect(juror.refusal()).toContainText(
      'Någon kan försöka utge sig för att vara arrangören',
    );
    await app.screenshot('juror-refused');
    await app.expectNoA11yViolations();
    expect(await juror.storedRecords()).toEqual(before);
    await expect(juror.progress()).toHaveText('0 av 9 klara');

    // Full-text search across my applications.
    await page.getByLabel('Sök i mina ansökningar').fill('digitala ombud');
    await expect(page.getByText(/^\d+ ansökningar innehåller det du sökte på\.$/)).toBeVisible();
    await expect(page.locator('.search-results mark').first()).toBeVisible();
    await page.getByLabel('Sök i mina ansökningar').fill('');

    // Scoring sheet: export, edit two cells, import: a preview of the changes first.
    const sheet = join(app.dataDir, 'blad.csv');
    await app.answerNextDialog(sheet);
    await page.getByRole('button', { name: 'Exportera mitt poängblad (CSV)' }).click();
    await expect(page.getByText('Poängbladet är sparat: blad.csv')).toBeVisible();
    const lines = readFileSync(sheet, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffapplication;pseudonym;criterion;criterion_name;score;comment');
    expect(lines[1]).toMatch(/;L;Ledning;4;$/);
    lines[1] = lines[1]?.replace(/;4;$/, ';2;Sänkt efter omläsning') ?? '';
    lines[2] = lines[2]?.replace(/;;$/, ';3;') ?? '';
    writeFileSync(sheet, lines.join('\r\n'));
    await app.answerNextDialog(sheet);
    await page.getByRole('button', { name: 'Importera poängblad …' }).click();
    await expect(page.getByRole('heading', { name: 'Förhandsgranskning: blad.csv' })).toBeFocused();
    const changes = page.getByRole('table', { name: 'Ändringar' });
    await expect(changes.getByRole('row')).toHaveCount(3);
    const cells = async (row: number) =>
      changes.getByRole('row').nth(row).getByRole('cell').allInnerTexts();
    expect(await cells(1)).toEqual([
      '2',
      expect.stringMatching(/^Ansökan/),
      'Ledning',
      '4',
      expect.stringMatching(/^2\s*kommentar: ”Sänkt efter omläsning”$/),
    ]);
    expect((await cells(2)).slice(2)).toEqual(['Infrastruktur', '(tom)', '3']);
    expect(await juror.storedRecords()).toEqual(before);
    await app.screenshot('juror-sheet-preview');
    await app.expectNoA11yViolations();
    await page.getByRole('button', { name: 'Använd 2 ändringar' }).click();
    await expect(page.getByText('2 ändringar från poängbladet är sparade.')).toBeVisible();
    await expect(page.locator('.app-status').first()).toHaveText('Påbörjad: 2 av 8 kriterier');

    // The named final phase, with markup in an application: added, shown as text.
    const finalPath = join(app.dataDir, 'final.juryrum');
    const markup =
      '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>fet</b>';
    writeFileSync(
      finalPath,
      craftPackage(demo, ids, {
        jurorId: 'juror-2',
        rosterVersion: 2,
        phaseId: 'final',
        edit: (apps) =>
          apps.map((a, i) =>
            i === 0
              ? {
                  ...a,
                  sections: [{ title: 'Ledning <i>kursiv</i>', text: markup }, ...a.sections],
                }
              : a,
          ),
      }),
    );
    await juror.importFile(finalPath, false);
    await expect(
      page.getByText(/fas Final, 9 ansökningar \(juryförteckning version 2\)/),
    ).toBeVisible();
    await expect(page.getByLabel('Fas')).toHaveValue('final');
    await page.getByRole('button', { name: /^Tallmora kommun/ }).click();
    await expect(page.getByRole('heading', { name: 'Ledning <i>kursiv</i>' })).toBeVisible();
    await expect(page.locator('.app-text p').first()).toHaveText(markup);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('.reading script, .reading img, .reading b')).toHaveCount(0);

    // 200 % zoom: half the CSS viewport; nothing needs horizontal scrolling.
    await page.setViewportSize({ width: 640, height: 430 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await app.screenshot('juror-zoom-200');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'harness-juror-zoom-200-viewport.png') });
    await app.expectNoA11yViolations();
    await page.setViewportSize({ width: 1280, height: 860 });

    // A sheet previewed in one phase is never applied to another.
    await page.getByRole('button', { name: 'Alla ansökningar' }).first().click();
    writeFileSync(sheet, lines.map((l, i) => (i === 1 ? l.replace(';2;', ';5;') : l)).join('\r\n'));
    await app.answerNextDialog(sheet);
    await page.getByRole('button', { name: 'Importera poängblad …' }).click();
    await expect(page.getByRole('heading', { name: 'Förhandsgranskning: blad.csv' })).toBeFocused();
    await page.getByLabel('Fas').selectOption('bedomning');
    const beforeApply = await juror.storedRecords();
    await page.getByRole('button', { name: 'Använd 2 ändringar' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Du har bytt fas sedan förhandsgranskningen' }),
    ).toHaveText(
      'Du har bytt fas sedan förhandsgranskningen, så inget ändrades. Importera poängbladet igen.',
    );
    expect(await juror.storedRecords()).toEqual(beforeApply);
    await app.screenshot('juror-sheet-phase-changed');

    // The first phase and its score are still there; an older roster is now refused.
    await page.getByLabel('Fas').selectOption('bedomning');
    await expect(juror.progress()).toHaveText('0 av 9 klara');
    await expect(page.locator('.app-status').first()).toHaveText('Påbörjad: 2 av 8 kriterier');
    const withFinal = await juror.storedRecords();
    await juror.importFile(join(demo, PKG('henrik-alund')), false);
    await expect(juror.refusal()).toContainText('Paketet är äldre än ett du redan har');
    expect(await juror.storedRecords()).toEqual(withFinal);
  });

  test('the shortcuts help lists the keys, and arrows, N, P, Delete and Backspace do what it says', async ({
    app,
  }) => {
    const { page } = app;
    await new VaultPage(page).create({ name: 'Tangent Bordsson' });
    await openDemoAs(page, 'Jurymedlem');
    await page.getByRole('button', { name: 'Prova med ett demopaket' }).click();
    await page.getByRole('button', { name: 'Fingeravtrycket stämmer – importera' }).click();
    await page.locator('.app-row').first().click();

    // The help panel opens from the keyboard and lists every key.
    const help = page.locator('details.shortcuts');
    await help.locator('summary', { hasText: 'Kortkommandon' }).focus();
    await page.keyboard.press('Enter');
    await expect(help).toHaveJSProperty('open', true);
    await expect(help.getByRole('listitem')).toHaveText([
      'Siffra: sätt den poängen',
      'E: ej bedömbar',
      'Delete eller Backsteg: rensa',
      'N: nästa kriterium',
      'P: föregående kriterium',
      'Piltangenter: flytta på skalan',
      'Tab: nästa fält',
    ]);
    await help.scrollIntoViewIfNeeded();
    await app.screenshot('juror-shortcuts');
    await app.expectNoA11yViolations();

    const [first, second] = [page.locator('.criterion').nth(0), page.locator('.criterion').nth(1)];
    const radio = (c: typeof first, name: RegExp) => c.getByRole('radio', { name });
    const focusedCriterion = () =>
      page.evaluate(
        () => document.activeElement?.closest('fieldset')?.getAttribute('data-criterion') ?? null,
      );
    await page.getByRole('button', { name: 'Till bedömningen' }).click();
    expect(await focusedCriterion()).toBe(await first.getAttribute('data-criterion'));
    await page.keyboard.press('3');
    await expect(radio(first, /^3/)).toBeChecked();
    // Arrows: move on the scale (and choose).
    await page.keyboard.press('ArrowRight');
    await expect(radio(first, /^4/)).toBeChecked();
    await expect(radio(first, /^4/)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(radio(first, /^2/)).toBeChecked();
    // Delete and Backspace: clear.
    await page.keyboard.press('Delete');
    await expect(first.locator('input:checked')).toHaveCount(0);
    await page.keyboard.press('5');
    await expect(radio(first, /^5/)).toBeChecked();
    await page.keyboard.press('Backspace');
    await expect(first.locator('input:checked')).toHaveCount(0);
    // N and P: next and previous criterion; the score goes where the focus is.
    await page.keyboard.press('n');
    expect(await focusedCriterion()).toBe(await second.getAttribute('data-criterion'));
    await page.keyboard.press('1');
    await expect(radio(second, /^1/)).toBeChecked();
    await page.keyboard.press('p');
    expect(await focusedCriterion()).toBe(await first.getAttribute('data-criterion'));
    await page.keyboard.press('e');
    await expect(radio(first, /^Ej bedömbar/)).toBeChecked();
    await expect(radio(second, /^1/)).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();
  });

  test('"Prova med ett demopaket" gives a new juror a package to score at once', async ({
    app,
  }) => {
    const { page } = app;
    await new VaultPage(page).create({ name: 'Nyfiken Jurymedlem' });
    await openDemoAs(page, 'Jurymedlem');
    await page.getByRole('button', { name: 'Prova med ett demopaket' }).click();
    await expect(
      page.getByRole('heading', { name: 'Kontrollera arrangörens fingeravtryck' }),
    ).toBeFocused();
    await page.getByRole('button', { name: 'Fingeravtrycket stämmer – importera' }).click();
    await expect(page.getByTestId('juror-progress')).toHaveText('0 av 9 klara');
    await expect(
      page.getByText('Fas Bedömning, juryförteckning version 1, från Lovisa Ekdahl.'),
    ).toBeVisible();
  });
});
