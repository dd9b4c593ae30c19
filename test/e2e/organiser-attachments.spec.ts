import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { test, expect } from './support/fixtures';
import { VaultPage, openDemoAs } from './support/pages';
import { OrganiserPage, writeIdentityCards } from './support/organiser-page';
import { openPackage } from '../../src-main/services/exchange';
import type { Identity } from '../../src-main/services/crypto';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/organiser-attachments');
const JSON_FILE = join(FIXTURES, 'import/ansokningar.json');
const PLAN = join(FIXTURES, 'projektplan.pdf');
const MINUTES = join(FIXTURES, 'protokoll-granmyra.txt');
const EXE = join(FIXTURES, 'program.pdf');
const CSV = resolve(import.meta.dirname, '../fixtures/import/applications-9-semicolon.csv');

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The attachments (name and SHA-256) of one application in a juror's package file. */
function attachmentsIn(file: string, me: Identity, applicationId: string): string[][] {
  const { payload } = openPackage(new Uint8Array(readFileSync(file)), { me });
  const app = payload.applications.find((a) => a.id === applicationId);
  expect(app, applicationId).toBeDefined();
  return (app?.attachments ?? []).map((a) => {
    // The bytes themselves, not only the stated hash, are what was issued.
    const bytes = Buffer.from(a.data, 'base64url');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.sha256);
    return [a.name, a.sha256];
  });
}

test.describe('organiser attachments', () => {
  test('import with attachments → add, refuse, clear → packages carry only what each phase may', async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    await new VaultPage(page).create({ name: 'Olle Organisatör', organisation: 'Vitalis' });
    const org = new OrganiserPage(page);
    const reviewList = page.getByRole('navigation', { name: 'Ansökningar att granska' });
    const attachments = page.getByRole('region', { name: 'Bilagor', exact: true });

    // The demo round comes with its attachments and the demo organiser's decisions.
    await openDemoAs(page, 'Arrangör');
    await org.goTo('Anonymisering');
    await reviewList.getByRole('button', { name: /Tallmora kommun/ }).click();
    await expect(attachments.getByRole('heading', { level: 5 })).toHaveText([
      'Projektplan digitala tillsynsbesök.pdf',
      'Protokollsutdrag socialnämnden.txt',
    ]);
    await expect(attachments.getByRole('checkbox', { name: /Projektplan/ })).toBeChecked();
    await expect(attachments.getByRole('checkbox', { name: /Protokollsutdrag/ })).not.toBeChecked();
    await expect(attachments).toContainText('”Ingrid Halvarsson” – person');

    // 1. A new round; the application JSON lists attachments next to it.
    await org.createRound('Bilagor 2027', 'template');
    await org.goTo('Ansökningar');
    await app.answerNextDialog(JSON_FILE);
    await page.getByRole('button', { name: 'Importera ansökningar …' }).click();
    const report = page.getByRole('table', { name: 'Bilagor per ansökan' });
    await expect(report.getByRole('row')).toHaveCount(5);
    await expect(report.getByRole('row', { name: /bilagor\/enkat\.txt/ })).toContainText(
      'Läggs till',
    );
    await expect(report.getByRole('row', { name: /\.\.\/projektplan\.pdf/ })).toContainText(
      'Sökvägen pekar utanför JSON-filens mapp.',
    );
    await expect(report.getByRole('row', { name: /saknas\.pdf/ })).toContainText(
      'Filen finns inte där JSON-filen säger.',
    );
    await expect(
      page.getByText('Bilagor som läggs till: 2. Bilagor som inte läggs till: 2.'),
    ).toBeVisible();
    // The file's ids ('ekbacka', 'granmyra', 'solviken') name the applicants,
    // and ids travel into anonymised packages: each is replaced (app-001 …).
    const rows = page.getByRole('table', { name: 'Rad för rad' });
    await expect(rows.getByText(/Id:t innehöll sökandens namn/)).toHaveCount(3);
    await app.screenshot('organiser-attachments-import-report');
    await app.expectNoA11yViolations();
    await page.getByRole('button', { name: 'Importera ansökningarna (3)' }).click();
    await expect(page.getByText('Ansökningar som importerades: 3.')).toBeVisible();
    const appsTable = page.getByRole('table', { name: 'Ansökningar i omgången (3)' });
    await expect(
      appsTable
        .getByRole('row', { name: /Ekbacka kommun/ })
        .getByRole('cell')
        .nth(4),
    ).toHaveText('2');

    // 2. Add a PDF and a text file by the dialog; a renamed program and a huge file are refused.
    await org.goTo('Anonymisering');
    await reviewList.getByRole('button', { name: /Granmyra kommun/ }).click();
    const big = join(app.dataDir, 'stor.pdf');
    writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(6 * 1024 * 1024)]));
    await app.answerNextDialog([PLAN, MINUTES, EXE, big]);
    await attachments.getByRole('button', { name: /^Lägg till bilagor …/ }).click();
    await expect(attachments.getByRole('status')).toHaveText('Bilagor som lades till: 2.');
    const alert = attachments.getByRole('alert');
    await expect(alert).toContainText(
      'program.pdf: Filen är inte en PDF, ett Word-dokument (DOCX) eller en textfil.',
    );
    await expect(alert).toContainText('stor.pdf: Filen är större än 5 MiB');
    await expect(attachments.getByRole('heading', { level: 5 })).toHaveText([
      'projektplan.pdf',
      'protokoll-granmyra.txt',
    ]);
    await expect(attachments).toContainText('Texten i en PDF kontrolleras inte automatiskt.');
    await expect(attachments).toContainText('Varning: bilagan innehåller');
    await expect(attachments).toContainText('”Oskar Lindqvist” – person');

    // 3. Clear the PDF for anonymised phases; the text file stays in named phases only.
    await attachments.getByRole('checkbox', { name: /projektplan\.pdf/ }).check();
    await expect(attachments.getByRole('status')).toHaveText(
      'projektplan.pdf får nu skickas i anonymiserade faser.',
    );
    await expect(
      attachments.getByRole('checkbox', { name: /protokoll-granmyra/ }),
    ).not.toBeChecked();
    await attachments.scrollIntoViewIfNeeded();
    await app.screenshot('organiser-attachments');
    await app.expectNoA11yViolations();

    // A file dropped on the list goes through the same check; removing asks first.
    await org.dropFiles(attachments, [
      { name: 'enkat-kopia.txt', bytes: new TextEncoder().encode('Svarsfrekvens 61 procent.\n') },
    ]);
    await expect(attachments.getByRole('status')).toHaveText('Bilagor som lades till: 1.');
    await attachments.getByRole('button', { name: 'Ta bort bilagan enkat-kopia.txt' }).click();
    await attachments.getByRole('button', { name: 'Ja, ta bort' }).click();
    await expect(attachments.getByRole('status')).toHaveText('Bilagan enkat-kopia.txt togs bort.');
    await expect(attachments.getByRole('heading', { level: 4, name: 'Bilagor' })).toBeFocused();
    await expect(attachments.getByRole('heading', { level: 5 })).toHaveCount(2);

    // Everything was saved: it is all there after a reload.
    await expect(page.locator('.save-indicator')).toHaveText('Sparat');
    await page.reload();
    await page
      .getByRole('article', { name: /Bilagor 2027/ })
      .getByRole('button', { name: /^Arrangör/ })
      .click();
    await org.goTo('Anonymisering');
    await reviewList.getByRole('button', { name: /Granmyra kommun/ }).click();
    await expect(attachments.getByRole('checkbox', { name: /projektplan\.pdf/ })).toBeChecked();
    await expect(attachments.getByRole('heading', { level: 5 })).toHaveCount(2);
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: /^Godkänn Ansökan/ }).click();
      await expect(page.getByText(`Godkända ansökningar: ${i + 1} av 3.`)).toBeVisible();
    }

    // 4. Jury, then the packages of both phases.
    await org.goTo('Jury');
    const cards = writeIdentityCards(app.dataDir, [
      { name: 'Anna Öhman', organisation: 'Region Norr' },
      { name: 'Bo Åkesson', organisation: 'Funktionsrätt' },
    ]);
    await app.answerNextDialog(cards.map((c) => c.path));
    await page.getByRole('button', { name: 'Importera identitetskort …' }).click();
    await page.getByRole('radio', { name: 'Bo Åkesson' }).check();
    await expect(page.getByText('Bo Åkesson är ordförande.')).toBeVisible();

    await org.goTo('Jurypaket');
    await expect(
      page.getByText(/Bilagor som skickas i fasen: 1 av 4\. De övriga är inte godkända/),
    ).toBeVisible();
    const anonymised = join(app.dataDir, 'anonymiserad');
    const named = join(app.dataDir, 'med-namn');
    mkdirSync(anonymised);
    mkdirSync(named);
    await app.answerNextDialog(anonymised);
    await page.getByRole('button', { name: 'Skapa paket för alla till en mapp …' }).click();
    await expect(page.getByText(/Paket som skapades: 2, i mappen anonymiserad/)).toBeVisible();
    await page.getByRole('radio', { name: 'Final (med namn)' }).check();
    await expect(page.getByText('Bilagor som skickas i fasen: alla 4.')).toBeVisible();
    await app.answerNextDialog(named);
    await page.getByRole('button', { name: 'Skapa paket för alla till en mapp …' }).click();
    await expect(page.getByText(/Paket som skapades: 2, i mappen med-namn/)).toBeVisible();

    // 5. Open every package with the juror's own key, as the juror's app does.
    const plan = ['projektplan.pdf', sha(PLAN)];
    const minutes = ['protokoll-granmyra.txt', sha(MINUTES)];
    for (const { identity } of cards) {
      const slug = identity.name === 'Anna Öhman' ? 'anna-ohman' : 'bo-akesson';
      const anonFile = readdirSync(anonymised).find((f) => f.endsWith(`${slug}.juryrum`));
      const namedFile = readdirSync(named).find((f) => f.endsWith(`${slug}.juryrum`));
      expect(anonFile && namedFile, slug).toBeTruthy();
      const anonPath = join(anonymised, anonFile ?? '');
      const namedPath = join(named, namedFile ?? '');
      // Ekbacka is app-001 and Granmyra app-002: their own ids were replaced at import.
      expect(attachmentsIn(anonPath, identity, 'app-002')).toEqual([plan]);
      expect(attachmentsIn(anonPath, identity, 'app-001')).toEqual([]);
      expect(attachmentsIn(namedPath, identity, 'app-002')).toEqual([plan, minutes]);
      expect(attachmentsIn(namedPath, identity, 'app-001').map(([name]) => name)).toEqual([
        'enkat.txt',
        'plan-ekbacka.pdf',
      ]);
    }
  });

  test('an import file can be dropped on the import area', async ({ app }) => {
    const { page } = app;
    await new VaultPage(page).create();
    await openDemoAs(page, 'Arrangör');
    const org = new OrganiserPage(page);
    await org.createRound('Släppt fil', 'scratch');
    await org.goTo('Ansökningar');
    const area = page.locator('.organiser-import-drop');
    await expect(area).toContainText('Du kan också släppa en fil här');
    await org.dropFiles(area, [{ name: 'ansokningar.csv', bytes: readFileSync(CSV) }]);
    await expect(page.getByRole('heading', { name: 'Koppla kolumnerna' })).toBeVisible();
    await expect(page.getByText(/9 rader under rubrikraden, 11 kolumner/)).toBeVisible();
    await page.getByRole('button', { name: 'Avbryt importen' }).click();
    // A dropped JSON file cannot bring attachments: there is no folder to find them in.
    await org.dropFiles(page.locator('.organiser-import-drop'), [
      { name: 'ansokningar.json', bytes: readFileSync(JSON_FILE) },
    ]);
    const report = page.getByRole('table', { name: 'Bilagor per ansökan' });
    await expect(report.getByRole('row', { name: /enkat\.txt/ })).toContainText(
      'En fil som släpps har ingen mapp att hämta bilagor från.',
    );
    await app.expectNoA11yViolations();
  });
});
