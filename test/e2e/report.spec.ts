import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect } from './support/fixtures';
import type { AppHandle } from './support/fixtures';
import { VaultPage, openDemoAs } from './support/pages';
import { OrganiserPage } from './support/organiser-page';
import { writeDemo } from '../../src-main/services/demo/write-demo';
import { tamper } from '../main/chair/jury';

const DEMO_PEOPLE = ['juror-1', 'juror-2', 'juror-3', 'juror-4', 'juror-5', 'juror-6'];

/** The text of every page of a PDF, as pdf.js reads it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join('\n');
}

/** The demo folder and what the organiser needs from it. */
async function demo() {
  const dir = mkdtempSync(join(tmpdir(), 'juryrum-e2e-report-'));
  await writeDemo(dir);
  const [resultName] = readdirSync(join(dir, 'result'));
  if (resultName === undefined) throw new Error('the demo folder has a result');
  const passphrases = JSON.parse(readFileSync(join(dir, 'passphrases.json'), 'utf8')) as {
    people: { id: string; name: string; passphrase: string }[];
  };
  const person = (id: string) => {
    const p = passphrases.people.find((x) => x.id === id);
    if (p === undefined) throw new Error(`no demo person ${id}`);
    return p;
  };
  return { dir, resultPath: join(dir, 'result', resultName), person };
}

/** As the demo organiser: import the key file, and get the demo round to issued packages. */
async function organiserWithIssuedPackages(app: AppHandle, d: Awaited<ReturnType<typeof demo>>) {
  const { page } = app;
  await new VaultPage(page).create({ name: 'Tillfällig Arrangör', organisation: 'Test' });
  await page.getByRole('button', { name: 'Min identitet' }).click();
  await page
    .getByLabel('Lösenfras för nyckelfilen som ska importeras')
    .fill(d.person('organiser-1').passphrase);
  await app.answerNextDialog(join(d.dir, 'keys/organiser-1.juryrum-keys'));
  await page.getByRole('button', { name: 'Importera nyckelfil' }).click();
  await expect(page.getByText('Identiteten är importerad.')).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await openDemoAs(page, 'Arrangör');
  const org = new OrganiserPage(page);
  await org.goTo('Anonymisering');
  for (let i = 0; i < 9; i++) {
    await page
      .getByRole('button', { name: /^Godkänn Ansökan/ })
      .first()
      .click();
    await expect(page.getByText(`Godkända ansökningar: ${i + 1} av 9.`)).toBeVisible();
  }
  await org.goTo('Jury');
  await app.answerNextDialog(DEMO_PEOPLE.map((id) => join(d.dir, `cards/${id}.juryrum-id`)));
  await page.getByRole('button', { name: 'Importera identitetskort …' }).click();
  await expect(page.getByRole('table', { name: 'Jurymedlemmar (6)' })).toBeVisible();
  const chair = d.person('juror-1').name;
  await page.getByRole('radio', { name: chair }).check();
  await expect(page.getByText(`${chair} är ordförande.`)).toBeVisible();
  await org.goTo('Jurypaket');
  const out = join(app.dataDir, 'paket');
  mkdirSync(out);
  await app.answerNextDialog(out);
  await page.getByRole('button', { name: 'Skapa paket för alla till en mapp …' }).click();
  await expect(page.getByText(/Paket som skapades: 6/)).toBeVisible();
  await org.steps.getByRole('button', { name: /^6\. Resultat och rapport/ }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Resultat och rapport', exact: true }),
  ).toBeFocused();
  return org;
}

test.describe('result and report', () => {
  test('the organiser imports the demo chair’s result, reads it and exports PDF, XLSX, CSV and JSON', async ({
    app,
  }) => {
    test.skip(!app.harness, 'needs the harness dialog hook to choose files');
    test.setTimeout(300_000);
    const { page } = app;
    const d = await demo();
    const apps = JSON.parse(readFileSync(join(d.dir, 'applications.json'), 'utf8'))
      .applications as { id: string; applicant: string }[];
    await organiserWithIssuedPackages(app, d);
    await expect(page.getByText('Inget resultat är importerat ännu.')).toBeVisible();

    // A tampered copy first: refused with the reason, and nothing is stored.
    const extra = mkdtempSync(join(tmpdir(), 'juryrum-e2e-report-extra-'));
    const tampered = join(extra, 'manipulerad.juryrum');
    writeFileSync(tampered, tamper(new Uint8Array(readFileSync(d.resultPath))));
    // Dropped on the import area, as a mouse user would.
    await org(page).dropFiles(page.getByRole('group', { name: 'Släpp resultatfilen här' }), [
      { name: 'manipulerad.juryrum', bytes: new Uint8Array(readFileSync(tampered)) },
    ]);
    await expect(page.getByRole('alert')).toHaveText(
      'Resultatet i manipulerad.juryrum godtogs inte. Filen har ändrats efter att den signerades. Inget ändrades.',
    );
    await expect(page.getByText('Inget resultat är importerat ännu.')).toBeVisible();

    // The real result.
    await app.answerNextDialog(d.resultPath);
    await page.getByRole('button', { name: 'Importera resultat …' }).click();
    await expect(page.getByText(/godtogs och är sparat/)).toBeVisible();
    const winnerRow = page.getByRole('table', { name: /^Rangordning av 9 ansökningar/ });
    await expect(winnerRow.getByRole('row')).toHaveCount(10);
    const firstRank = await winnerRow.getByRole('row').nth(1).getByRole('rowheader').innerText();
    const winner = apps.find((a) => a.applicant === firstRank);
    expect(winner, 'the winner is named from the round’s own applications').toBeDefined();
    await expect(page.locator('.report-winner')).toHaveText(firstRank);
    await expect(page.getByRole('heading', { level: 3, name: 'Juryns motivering' })).toBeVisible();
    await expect(page.locator('.report-motivation p')).toHaveCount(3);
    await expect(page.getByRole('table', { name: 'Godtagna poängfiler (6)' })).toBeVisible();
    await expect(
      org(page).steps.getByRole('button', { name: /Resultat importerat/ }),
    ).toBeVisible();
    await app.screenshot('organiser-report');
    await app.expectNoA11yViolations();

    // The tampered copy again: refused, and the accepted result stays.
    await app.answerNextDialog(tampered);
    await page.getByRole('button', { name: 'Importera resultat …' }).click();
    await expect(page.getByRole('alert')).toContainText('Inget ändrades.');
    await expect(page.locator('.report-winner')).toHaveText(firstRank);
    // The same file again is a duplicate.
    await app.answerNextDialog(d.resultPath);
    await page.getByRole('button', { name: 'Importera resultat …' }).click();
    await expect(page.getByText(/är redan importerat/)).toBeVisible();

    // Export in every format, through main's save dialog.
    const saved = join(app.dataDir, 'rapporter');
    mkdirSync(saved);
    for (const [label, file] of [
      ['Spara som PDF …', 'juryrapport.pdf'],
      ['Spara som Excel (XLSX) …', 'juryrapport.xlsx'],
      ['Spara som CSV …', 'juryrapport.csv'],
      ['Spara som JSON …', 'juryrapport.json'],
    ] as const) {
      await app.answerNextDialog(join(saved, file));
      await page.getByRole('button', { name: label }).click();
      await expect(page.getByText(`Rapporten sparades som ${file}.`)).toBeVisible({
        timeout: 30_000,
      });
    }
    const pdf = new Uint8Array(readFileSync(join(saved, 'juryrapport.pdf')));
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain(firstRank);
    expect(text).toContain('Juryns motivering');
    const sheets = await readXlsxFile(readFileSync(join(saved, 'juryrapport.xlsx')));
    const ranking = sheets.find((s) => s.sheet === 'Rangordning');
    expect(ranking?.data[1]?.slice(0, 3)).toEqual([1, winner?.id, firstRank]);
    const csv = readFileSync(join(saved, 'juryrapport.csv'), 'utf8');
    expect(csv.startsWith('\ufeffRang;Id;Ansökan;')).toBe(true);
    expect(csv.split('\r\n')[1]?.split(';').slice(0, 3)).toEqual(['1', winner?.id, firstRank]);
    const json = JSON.parse(readFileSync(join(saved, 'juryrapport.json'), 'utf8'));
    expect(json.format).toBe('juryrum.report');
    expect(json.winner).toEqual({ applicationId: winner?.id, name: firstRank });
    expect(json.motivationParagraphs).toHaveLength(3);
    expect(json.inputs).toHaveLength(6);
  });
});

function org(page: AppHandle['page']): OrganiserPage {
  return new OrganiserPage(page);
}
