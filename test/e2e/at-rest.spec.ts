import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './support/fixtures';
import { VaultPage, openDemoAs } from './support/pages';
import { OrganiserPage } from './support/organiser-page';
import { canary, findPlaintext } from './support/scan';
import { JurorPage } from './support/juror-page';
import { writeDemo } from '../../src-main/services/demo/write-demo';

const CSV = resolve(import.meta.dirname, '../fixtures/import/applications-9-semicolon.csv');

test.describe('no plaintext at rest', () => {
  test('canaries in an application text, an attachment and notes appear in no file of the profile or data folder', async ({
    app,
  }) => {
    test.skip(!app.harness, 'scans the harness profile folder, whose path the test knows');
    test.setTimeout(300_000);
    const { page } = app;
    const inApplication = canary('KANARIEANSOKAN');
    const inNotes = canary('KANARIEANTECKNING');
    const inAttachment = canary('KANARIEBILAGA');
    const control = canary('KONTROLL');

    await new VaultPage(page).create();
    await openDemoAs(page, 'Arrangör');
    const org = new OrganiserPage(page);
    await org.createRound('Kanarieomgången 2027', 'template');

    // The 9-row CSV with a canary inside one application's text.
    const csv = readFileSync(CSV, 'utf8').replace(
      'Tallmora kommuns',
      `Tallmora kommuns ${inApplication}`,
    );
    expect(csv).toContain(inApplication);
    const csvPath = join(app.dataDir, 'kanarie.csv');
    writeFileSync(csvPath, csv);
    await org.goTo('Ansökningar');
    await app.answerNextDialog(csvPath);
    await page.getByRole('button', { name: 'Importera ansökningar …' }).click();
    await page.getByRole('button', { name: 'Visa importrapporten' }).click();
    await page.getByRole('button', { name: 'Importera ansökningarna (9)' }).click();
    await expect(page.getByText('Ansökningar som importerades: 9.')).toBeVisible();

    // A text attachment with a canary: its bytes are kept only as sealed blob chunks,
    // neither as text nor as the base64url the blob store holds.
    const attachmentText = `Bilaga med ${inAttachment}.\n`;
    const inAttachmentB64 = Buffer.from(attachmentText).toString('base64url');
    const attachmentPath = join(app.dataDir, 'kanarie-bilaga.txt');
    writeFileSync(attachmentPath, attachmentText);
    await org.goTo('Anonymisering');
    await app.answerNextDialog([attachmentPath]);
    const attachments = page.getByRole('region', { name: 'Bilagor', exact: true });
    await attachments.getByRole('button', { name: /^Lägg till bilagor …/ }).click();
    await expect(attachments.getByRole('status')).toHaveText('Bilagor som lades till: 1.');

    await page.getByRole('textbox', { name: 'Anteckningar' }).fill(`Att minnas: ${inNotes}`);
    await expect(page.locator('.save-indicator')).toHaveText('Sparat');
    // The application text really is stored: it is back after a reload.
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Välj omgång och roll' }),
    ).toBeVisible();

    // Positive control: plaintext written to localStorage IS found by the scan,
    // so the scan can see Chromium's storage at all.
    await page.evaluate((c) => localStorage.setItem('kontroll', c), control);
    await app.harness?.context.close();
    await new Promise((r) => setTimeout(r, 500));

    const dirs = [app.harness?.profileDir ?? '', join(app.dataDir, 'data')];
    const hits = findPlaintext(dirs, [
      inApplication,
      inNotes,
      inAttachment,
      inAttachmentB64,
      control,
    ]);
    expect(hits.filter((h) => h.canary === control).length, 'control canary found').toBeGreaterThan(
      0,
    );
    expect(hits.filter((h) => h.canary !== control)).toEqual([]);
  });
});

test.describe('no plaintext at rest (juror)', () => {
  test('a canary in a score comment appears in no file of the profile or data folder', async ({
    app,
  }) => {
    test.skip(!app.harness, 'scans the harness profile folder, whose path the test knows');
    test.setTimeout(300_000);
    const { page } = app;
    const inComment = canary('KANARIEKOMMENTAR');
    const demo = join(app.dataDir, 'demo');
    await writeDemo(demo);
    const juror = new JurorPage(app, demo);
    await juror.becomeDemoJuror('juror-2');
    await juror.importFile(
      join(demo, 'packages', 'juryrum-paket-demo-ehalsokommun-2026-bedomning-henrik-alund.juryrum'),
      true,
    );
    await page.getByRole('button', { name: 'Fingeravtrycket stämmer – importera' }).click();
    await expect(juror.progress()).toHaveText('0 av 9 klara');
    await page.locator('.app-row').first().click();
    await page.getByRole('button', { name: 'Till bedömningen' }).click();
    await page.getByLabel('Övergripande kommentar (valfri)').fill(`Stark ansökan. ${inComment}`);
    await expect(page.locator('.save-indicator')).toHaveText('Sparat');
    await app.harness?.context.close();
    await new Promise((r) => setTimeout(r, 500));

    const dirs = [app.harness?.profileDir ?? '', join(app.dataDir, 'data')];
    expect(findPlaintext(dirs, [inComment])).toEqual([]);
  });
});
