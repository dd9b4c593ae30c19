import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './support/fixtures';
import { VaultPage, openDemoAs } from './support/pages';
import { OrganiserPage, writeIdentityCards } from './support/organiser-page';
import { openPackage } from '../../src-main/services/exchange';
import { slugify } from '../../src-shared/exchange/file-names';

const CSV = resolve(import.meta.dirname, '../fixtures/import/applications-9-semicolon.csv');

const JURORS = [
  { name: 'Anna Öhman', organisation: 'Region Norr' },
  { name: 'Bo Åkesson', organisation: 'Funktionsrätt' },
  { name: 'Cecilia Ståhl', organisation: 'Vårdförbundet' },
];

test.describe('organiser', () => {
  test('round from the template → CSV import → anonymisation → jury → signed packages', async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    await new VaultPage(page).create({ name: 'Olle Organisatör', organisation: 'Vitalis' });

    // The demo round opened as organiser is seeded with its nine applications.
    await openDemoAs(page, 'Arrangör');
    const org = new OrganiserPage(page);
    await expect(org.steps.getByRole('button', { name: /Ansökningar\s*Antal: 9/ })).toBeVisible();

    // 1. A new round from the template.
    await org.createRound('Sveriges eHälsokommun 2027', 'template', async () => {
      await app.screenshot('organiser-new-round');
      await app.expectNoA11yViolations();
    });
    await expect(org.criteria()).toHaveCount(8);
    await expect(page.getByText('Omgången är komplett')).toBeVisible();
    // Reorder by keyboard: focus stays on the moved criterion.
    const down = page.getByRole('button', { name: 'Flytta ned Ledning' });
    await down.focus();
    await page.keyboard.press('Enter');
    expect((await org.criterionHeadings()).slice(0, 2)).toEqual([
      '1. I · Infrastruktur',
      '2. L · Ledning',
    ]);
    await expect(page.getByRole('button', { name: 'Flytta ned Ledning' })).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: 'Ledning är nu nummer 2 av 8.' }),
    ).toBeAttached();
    await page.getByRole('button', { name: 'Flytta upp Ledning' }).click();
    expect((await org.criterionHeadings())[0]).toBe('1. L · Ledning');
    // … and by mouse: drag Kompetens by its handle onto the first criterion, then back.
    await org.dragCriterion(2, 0);
    expect((await org.criterionHeadings()).slice(0, 3)).toEqual([
      '1. K · Kompetens',
      '2. L · Ledning',
      '3. I · Infrastruktur',
    ]);
    await org.dragCriterion(0, 2);
    expect((await org.criterionHeadings()).slice(0, 3)).toEqual([
      '1. L · Ledning',
      '2. I · Infrastruktur',
      '3. K · Kompetens',
    ]);
    // Validation: a duplicate key is explained next to the field and at the top.
    const keys = page.getByLabel('Nyckel');
    await keys.nth(1).fill('L');
    await expect(page.getByText('Att rätta innan paketen kan skapas (2)')).toBeVisible();
    await expect(
      page.getByText(/Nyckeln ”L” används av flera kriterier. Ge Infrastruktur/).first(),
    ).toBeVisible();
    await keys.nth(1).fill('I');
    await expect(page.getByText('Omgången är komplett')).toBeVisible();
    await page.getByRole('button', { name: 'Visa vägledning och skala Ledning' }).click();
    await expect(page.getByLabel('Rubrik för nivå 5').first()).toHaveValue('Uppnådd');
    await expect(page.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();
    await app.screenshot('organiser-round');
    await app.expectNoA11yViolations();

    // 2. Import the 9-row semicolon CSV through the mapping step and the report.
    await org.goTo('Ansökningar');
    await app.answerNextDialog(CSV);
    await page.getByRole('button', { name: 'Importera ansökningar …' }).click();
    await expect(page.getByRole('heading', { name: 'Koppla kolumnerna' })).toBeVisible();
    await expect(page.getByText(/9 rader under rubrikraden, 11 kolumner/)).toBeVisible();
    await expect(page.getByLabel('Används som, kolumn Kommun', { exact: true })).toHaveValue(
      'applicant',
    );
    await expect(page.getByLabel('Används som, kolumn Ledning', { exact: true })).toHaveValue(
      'section',
    );
    const preview = page.getByRole('table', { name: 'De första raderna som de skulle importeras' });
    await expect(preview.getByRole('cell', { name: 'Tallmora kommun' })).toBeVisible();
    await app.screenshot('organiser-import-mapping');
    await app.expectNoA11yViolations();
    await page.getByRole('button', { name: 'Visa importrapporten' }).click();
    await expect(
      page.getByText('Rader: 9. Importeras: 9. Hoppas över: 0.', { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Sjöbacka kommun' })).toBeVisible();
    await app.screenshot('organiser-import-report');
    await app.expectNoA11yViolations();
    await page.getByRole('button', { name: 'Importera ansökningarna (9)' }).click();
    await expect(page.getByText('Ansökningar som importerades: 9.')).toBeVisible();
    const appsTable = page.getByRole('table', { name: 'Ansökningar i omgången (9)' });
    await expect(appsTable.getByRole('rowheader', { name: 'Tallmora kommun' })).toBeVisible();
    await app.screenshot('organiser-applications');
    await app.expectNoA11yViolations();

    // The new round is on the home screen, with its applications, and reopens as saved.
    await page.getByRole('button', { name: 'Tillbaka till start' }).click();
    const card = page.getByRole('article', { name: /Sveriges eHälsokommun 2027/ });
    await expect(card).toContainText('9 ansökningar');
    await expect(card).toContainText('8 kriterier');
    await card.getByRole('button', { name: /^Arrangör/ }).click();
    await expect(org.steps.getByRole('button', { name: /Ansökningar\s*Antal: 9/ })).toBeVisible();

    // 3. Review the anonymisation, add one term by hand, approve every application.
    await org.goTo('Anonymisering');
    const list = page.getByRole('navigation', { name: 'Ansökningar att granska' });
    await list.getByRole('button', { name: /Tallmora kommun/ }).click();
    const panel = page.locator('.organiser-review-panel');
    const infrastructure = panel.getByRole('region', { name: 'Infrastruktur' });
    await expect(infrastructure.locator('.organiser-text').first()).toContainText('energibolaget');
    await expect(infrastructure.locator('.organiser-text.redacted')).toContainText('energibolaget');
    await expect(panel.locator('mark').first()).toBeVisible();
    await page.getByLabel('Ord som också ska tas bort').fill('energibolaget');
    await page.getByRole('button', { name: 'Lägg till termen' }).click();
    await expect(page.getByText('”energibolaget” tas nu bort ur texten.')).toBeVisible();
    const redacted = infrastructure.locator('.organiser-text.redacted');
    // The term is now a highlighted replacement; no plain text keeps it.
    await expect(redacted.locator('mark', { hasText: '[borttaget]' })).toBeVisible();
    await expect(
      redacted.locator('.organiser-text-body > span', { hasText: 'energibolaget' }),
    ).toHaveCount(0);
    await expect(infrastructure.locator('.organiser-text').first()).toContainText('energibolaget');
    await app.screenshot('organiser-anonymisation');
    await app.expectNoA11yViolations();
    // At 200 % zoom (half the width) the review stacks into one column.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 640, height: 900 });
    await app.screenshot('organiser-anonymisation-narrow');
    await app.expectNoA11yViolations();
    if (viewport) await page.setViewportSize(viewport);
    for (let i = 0; i < 9; i++) {
      await page.getByRole('button', { name: /^Godkänn Ansökan/ }).click();
      await expect(page.getByText(`Godkända ansökningar: ${i + 1} av 9.`)).toBeVisible();
    }
    await expect(page.getByRole('button', { name: /^Godkänn Ansökan/ })).toHaveCount(0);

    // 4. The jury: three identity cards, a chair, a conflict.
    await org.goTo('Jury');
    const shown = page.locator('.organiser-identity .fingerprint');
    await expect(shown).toBeVisible();
    // The fingerprint the organiser reads aloud to the jurors.
    const organiserFingerprint = await shown.getAttribute('data-fingerprint');
    expect(organiserFingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    const cards = writeIdentityCards(app.dataDir, JURORS);
    await app.answerNextDialog(cards.map((c) => c.path));
    await page.getByRole('button', { name: 'Importera identitetskort …' }).click();
    const jurors = page.getByRole('table', { name: 'Jurymedlemmar (3)' });
    for (const { identity } of cards) {
      const row = jurors.getByRole('row', { name: new RegExp(identity.name) });
      await expect(row.locator('.fingerprint-inline')).toHaveText(identity.fingerprint);
    }
    await page.getByRole('radio', { name: 'Cecilia Ståhl' }).check();
    await expect(page.getByText('Cecilia Ståhl är ordförande.')).toBeVisible();
    await page.getByLabel('Jurymedlem', { exact: true }).selectOption({ label: 'Anna Öhman' });
    await page.getByLabel('Ansökan', { exact: true }).selectOption('app-002');
    // A conflict needs a reason.
    await page.getByRole('button', { name: 'Registrera jäv' }).click();
    await expect(page.getByRole('alert')).toContainText('Skriv skälet till jävet');
    await expect(page.getByLabel('Skäl')).toBeFocused();
    await expect(page.getByLabel('Skäl')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('table', { name: /Registrerade jäv/ })).toHaveCount(0);
    await page.getByLabel('Skäl').fill('Arbetar i kommunen');
    await page.getByRole('button', { name: 'Registrera jäv' }).click();
    await expect(page.getByRole('table', { name: 'Registrerade jäv (1)' })).toContainText(
      'Arbetar i kommunen',
    );
    await app.screenshot('organiser-jury');
    await app.expectNoA11yViolations();

    // 5. Issue the packages for the anonymised phase to a folder.
    await org.goTo('Jurypaket');
    await expect(
      page.getByText('Klart: Alla ansökningar är godkända i anonymiseringen (9).'),
    ).toBeVisible();
    const out = join(app.dataDir, 'paket');
    mkdirSync(out);
    await app.answerNextDialog(out);
    await page.getByRole('button', { name: 'Skapa paket för alla till en mapp …' }).click();
    await expect(
      page.getByText('Paket som skapades: 3, i mappen paket. Jurylistans version: 1.'),
    ).toBeVisible();
    const issued = page.getByRole('table', { name: 'Skapade paket (3)' });
    await expect(issued.getByRole('rowheader', { name: /anna-ohman\.juryrum$/ })).toBeVisible();
    await app.screenshot('organiser-packages');
    await app.expectNoA11yViolations();

    // The files exist, one per juror, named after that juror, each opening
    // only with that juror's key and signed by the organiser the app shows.
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(3);
    const opens = (file: string, me: (typeof cards)[number]['identity']) => {
      try {
        return openPackage(new Uint8Array(readFileSync(join(out, file))), { me });
      } catch {
        return null;
      }
    };
    for (const { identity } of cards) {
      const mine = files.filter((f) => opens(f, identity) !== null);
      expect(mine, identity.name).toHaveLength(1);
      const file = mine[0] ?? '';
      expect(file.endsWith(`-${slugify(identity.name)}.juryrum`), file).toBe(true);
      const pkg = opens(file, identity);
      if (pkg === null) throw new Error(`${file} did not open`);
      expect(
        pkg.payload.roster.jurors.find((j) => j.jurorId === pkg.payload.jurorId),
      ).toMatchObject({ name: identity.name, fingerprint: identity.fingerprint });
      expect(pkg.payload.roster.organiser.name).toBe('Olle Organisatör');
      expect(pkg.payload.roster.organiser.fingerprint).toBe(organiserFingerprint);
      expect(pkg.organiserFingerprint).toBe(organiserFingerprint);
      // Verified again with only the roster organiser's key allowed to have signed.
      const pinned = openPackage(new Uint8Array(readFileSync(join(out, file))), {
        me: identity,
        pinnedOrganiserKeyId: pkg.payload.roster.organiser.keyId,
      });
      expect(pinned.pinned).toBe(true);
      expect(pkg.payload.phase.anonymised).toBe(true);
      expect(pkg.payload.round.name).toBe('Sveriges eHälsokommun 2027');
      expect(pkg.payload.round.criteria).toHaveLength(8);
      const text = JSON.stringify(pkg.payload.applications);
      expect(text).not.toContain('Tallmora');
      expect(text).not.toContain('energibolaget');
      const ids = pkg.payload.applications.map((a) => a.id);
      expect(ids).toHaveLength(identity.name === 'Anna Öhman' ? 8 : 9);
      if (identity.name === 'Anna Öhman') expect(ids).not.toContain('app-002');
    }
  });

  test('bad files and cards get a clear message and change nothing', async ({ app }) => {
    const { page } = app;
    await new VaultPage(page).create();
    await openDemoAs(page, 'Arrangör');
    const org = new OrganiserPage(page);
    await org.createRound('Tom omgång', 'scratch');
    await expect(
      page.getByText('Omgången har inga kriterier. Lägg till minst ett.').first(),
    ).toBeVisible();

    await org.goTo('Ansökningar');
    const broken = join(app.dataDir, 'trasig.json');
    writeFileSync(broken, '{"applications": [');
    await app.answerNextDialog(broken);
    await page.getByRole('button', { name: 'Importera ansökningar …' }).click();
    await expect(page.getByRole('alert')).toContainText('Filen trasig.json är skadad');
    await expect(page.getByText('Omgången har inga ansökningar ännu.')).toBeVisible();
    // A CSV with a quote that is never closed: the message names the row.
    const unclosed = join(app.dataDir, 'citat.csv');
    writeFileSync(
      unclosed,
      'Kommun;Ledning\nTallmora kommun;Text\nSjöbacka kommun;"Text utan slut\n',
    );
    await app.answerNextDialog(unclosed);
    await page.getByRole('button', { name: 'Importera ansökningar …' }).click();
    await expect(page.getByRole('alert')).toContainText('Filen citat.csv är skadad');
    await expect(page.getByRole('alert')).toContainText(
      'Ett citattecken (") som inleder en cell på rad 3 avslutas aldrig.',
    );
    await app.screenshot('organiser-import-unclosed-quote');
    await expect(page.getByText('Omgången har inga ansökningar ännu.')).toBeVisible();

    await org.goTo('Jury');
    const [good] = writeIdentityCards(app.dataDir, [{ name: 'Dag Ek', organisation: '' }]);
    const forged = join(app.dataDir, 'andrat.juryrum-id');
    const card = JSON.parse(readFileSync(good?.path ?? '', 'utf8')) as {
      envelope: { payload: string };
    };
    card.envelope.payload = `${card.envelope.payload.slice(0, -4)}AAAA`;
    writeFileSync(forged, `${JSON.stringify(card, null, 2)}\n`);
    await app.answerNextDialog([forged]);
    await page.getByRole('button', { name: 'Importera identitetskort …' }).click();
    await expect(page.getByRole('alert')).toContainText('andrat.juryrum-id:');
    await expect(page.getByRole('alert')).toContainText('Inget har ändrats.');
    await expect(page.getByText('Inga jurymedlemmar ännu.')).toBeVisible();

    await org.goTo('Jurypaket');
    await expect(
      page.getByRole('button', { name: 'Skapa paket för alla till en mapp …' }),
    ).toBeDisabled();
    await expect(page.getByText('Saknas: Omgången har inga ansökningar.')).toBeVisible();
    await app.expectNoA11yViolations();

    // A round can start as a copy of an earlier one in the vault.
    await org.createRound('Kopia av demon', { copyOf: 'Sveriges eHälsokommun 2026 (demo)' });
    await expect(org.criteria()).toHaveCount(8);
    await expect(page.getByText('Omgången är komplett')).toBeVisible();
  });
});
