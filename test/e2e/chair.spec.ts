import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { VaultPage, openDemoAs } from './support/pages';
import { ChairPage } from './support/chair-page';
import { defaultKdfParams, exportKeyFile, TEST_KDF } from '../../src-main/services/crypto';
import { openResult } from '../../src-main/services/exchange';
import { checkScoreFile } from '../../src-main/services/chair';
import { consolidate } from '../../src-shared/chair';
import type { VerifiedFile } from '../../src-shared/chair';
import { buildJury, scoreFile, tamper } from '../main/chair/jury';

const KEY_PASSPHRASE = 'ordförandens nyckelfil i e2e';
const MOTIVATION =
  'Vinnaren har lyft invånarnas inflytande i varje steg av arbetet.\n\nJuryn vill också lyfta hur personalen fått stöd att använda de nya verktygen.';

test.describe('chair', () => {
  test('imports score files, reads the table, deliberates and exports a signed result', async ({
    app,
  }) => {
    test.skip(!app.harness, 'needs the harness dialog hook to choose files');
    test.setTimeout(240_000);
    const { page, dataDir } = app;
    const chair = new ChairPage(app);

    // The round, made with the real exchange code: an organiser, six jurors (juror-1 chairs).
    const jury = buildJury();
    const other = buildJury({
      roundId: 'annan-omgang-2026',
      organiser: jury.organiser,
      identities: jury.members.map((m) => m.identity),
    });
    const r1 = scoreFile(jury, 'juror-2', { status: 'draft' });
    const files = ['juror-1', 'juror-2', 'juror-3', 'juror-4', 'juror-5', 'juror-6'].map((j) =>
      j === 'juror-2'
        ? scoreFile(jury, j, { revision: 2, previousDigest: r1.digest })
        : scoreFile(
            jury,
            j,
            j === 'juror-5'
              ? { conflicts: [{ applicationId: 'app-07', reason: 'Släkt med sökande' }] }
              : {},
          ),
    );
    const write = (name: string, bytes: Uint8Array): string => {
      const path = join(dataDir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const keyPath = write(
      'nycklar.juryrum-keys',
      await exportKeyFile(jury.chair, KEY_PASSPHRASE, defaultKdfParams(TEST_KDF)),
    );
    const pkgPath = write('paket.juryrum', jury.packageFile('juror-1').bytes);
    const scorePaths = files.map((f) => write(f.fileName, f.bytes));
    const tamperedPath = write('manipulerad.juryrum', tamper(files[3]?.bytes ?? new Uint8Array()));

    // What the shared core ranks first, to compare with what the chair sees and exports.
    const pkg = jury.pkg('juror-1');
    const verified = files.map((f): VerifiedFile => {
      const c = checkScoreFile(f.bytes, jury.chair, pkg);
      if (!c.ok) throw new Error(c.reason);
      return c.file;
    });
    const expected = consolidate(pkg, verified, new Map(), {
      tieChoice: 'chain',
      finalistCount: 5,
    }).table;
    const top = expected?.rows.slice(0, 5) ?? [];
    const first = top[0];
    if (first === undefined) throw new Error('the round has a ranking');

    await new VaultPage(page).create();
    await chair.importKeyFile(keyPath, KEY_PASSPHRASE);
    await openDemoAs(page, 'Juryordförande');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Ditt ordförandepaket' }),
    ).toBeVisible();
    await app.screenshot('chair-package');
    await app.expectNoA11yViolations();

    await chair.importPackage(pkgPath);
    await expect(page.locator('.fingerprint')).toHaveAttribute(
      'data-fingerprint',
      jury.organiser.fingerprint,
    );
    await expect(
      page.getByText('Jämför arrangörens fingeravtryck med arrangören i telefon.', {
        exact: false,
      }),
    ).toBeVisible();

    // Six score files and a tampered one, chosen in the file dialog.
    await chair.pickScoreFiles([...scorePaths, tamperedPath]);
    for (const f of files) {
      await expect(chair.reportRow(f.fileName).getByRole('cell').first()).toHaveText('Godkänd');
    }
    await expect(chair.reportRow('manipulerad.juryrum')).toContainText('Avvisad');
    await expect(chair.reportRow('manipulerad.juryrum')).toContainText(
      'har ändrats efter att den skapades',
    );

    // A replayed older revision and a file from another round, dropped on the window.
    await chair.dropFiles([
      { name: 'aldre-revision.juryrum', bytes: r1.bytes },
      { name: 'annan-omgang.juryrum', bytes: scoreFile(other, 'juror-3').bytes },
    ]);
    await expect(chair.reportRow('aldre-revision.juryrum')).toContainText('Ersatt');
    await expect(chair.reportRow('aldre-revision.juryrum')).toContainText(
      'En äldre revision än den som redan används',
    );
    await expect(chair.reportRow('annan-omgang.juryrum')).toContainText('Avvisad');
    await expect(chair.reportRow('annan-omgang.juryrum')).toContainText('gäller en annan omgång');
    await expect(page.getByText('6 av 6 jurymedlemmar har lämnat in.')).toBeVisible();
    const progress = page.getByTestId('juror-progress');
    await expect(progress.getByRole('row', { name: /Henrik Ålund/ })).toContainText('Inlämnad');
    await expect(
      progress
        .getByRole('row', { name: /Henrik Ålund/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('2');
    await app.screenshot('chair-import');
    await app.expectNoA11yViolations();

    // The consolidated table, in rank order, with the disagreement flag.
    await chair.view('Sammanställning');
    await expect(page.getByRole('heading', { level: 2, name: 'Sammanställning' })).toBeFocused();
    await expect(chair.table().locator('tbody tr[data-application]')).toHaveCount(9);
    await expect(chair.table().locator('tbody tr[data-application]').first()).toHaveAttribute(
      'data-application',
      first.applicationId,
    );
    await expect(chair.table()).toHaveAttribute('aria-rowcount', '10');
    await expect(chair.tableRow('Ansökan C')).toContainText('Oenig');
    const rankHeader = chair.table().getByRole('columnheader', { name: /^Rang/ });
    await expect(rankHeader).toHaveAttribute('aria-sort', 'ascending');
    await chair
      .table()
      .getByRole('button', { name: /^Medel/ })
      .click();
    await expect(chair.table().getByRole('columnheader', { name: /^Medel/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(rankHeader).toHaveAttribute('aria-sort', 'none');
    await page.getByText('Så räknas siffrorna').click();
    await expect(page.getByTestId('formula-help')).toContainText('T(j,a) = Σ w_c·s_c / Σ w_c');
    await app.screenshot('chair-table');
    await app.expectNoA11yViolations();
    // At 200 % zoom (half the width in CSS pixels) the table scrolls in its own region.
    await page.setViewportSize({ width: 640, height: 860 });
    await expect(chair.tableRow('Ansökan C')).toBeVisible();
    await app.screenshot('chair-table-zoom');
    await app.expectNoA11yViolations();
    await page.setViewportSize({ width: 1280, height: 860 });

    await page.getByLabel('Visa z-normaliserad vy per jurymedlem').check();
    await expect(page.getByText('Z-normaliserad vy:', { exact: false })).toBeVisible();
    await expect(
      chair.table().getByRole('columnheader', { name: /^z-medel \(vy\)/ }),
    ).toBeVisible();
    await app.screenshot('chair-table-z');
    await app.expectNoA11yViolations();

    // Drill-down: every juror's scores and comments, and the text the jurors read.
    await chair.tableRow('Ansökan C').getByRole('button', { name: 'Ansökan C' }).click();
    await expect(page.getByTestId('drill-title')).toHaveText('Ansökan C');
    await expect(page.getByTestId('drill-scores').locator('tbody tr')).toHaveCount(6);
    await expect(
      page.getByTestId('drill-scores').getByRole('row', { name: /Tomas Bergqvist/ }),
    ).toContainText('1');
    await expect(page.getByRole('heading', { name: 'Texten juryn läste' })).toBeVisible();
    await app.screenshot('chair-application');
    await app.expectNoA11yViolations();

    await chair.view('Kontroller');
    await expect(page.getByTestId('alpha')).toContainText('Totalt (viktade totaler)');
    await expect(page.getByTestId('cross-checks').locator('tbody tr')).toHaveCount(9);
    await app.screenshot('chair-checks');
    await app.expectNoA11yViolations();

    // Deliberation: the top five as finalists, a winner and a motivation.
    await chair.view('Överläggning');
    await page.getByRole('button', { name: 'Välj de 5 högst rankade' }).click();
    await expect(page.getByText('5 finalister valda.')).toBeVisible();
    await page.getByLabel(`Vinnare: ${first.label}`).check();
    await expect(page.getByText(`Vinnare: ${first.label}.`)).toBeVisible();
    // Juror 6 reconsiders one score during the discussion: kept as before/after, files untouched.
    await page.getByLabel('Jurymedlem', { exact: true }).selectOption({ label: 'Tomas Bergqvist' });
    await page.getByLabel('Ansökan', { exact: true }).selectOption({ label: 'Ansökan C' });
    await page.getByLabel('Kriterium').selectOption('L');
    await expect(page.getByText('Nu: 1')).toBeVisible();
    await page.getByLabel('Ny poäng').selectOption('2');
    await page.getByLabel('Varför').fill('Läste om avsnittet om ledning.');
    await page.getByRole('button', { name: 'Spara ändringen' }).click();
    await expect(
      page.getByTestId('score-changes').getByRole('row', { name: /Tomas Bergqvist/ }),
    ).toContainText('Läste om avsnittet om ledning.');
    await page.getByLabel('Juryns motivering').fill(MOTIVATION);
    await page.getByLabel('Nytt beslut').fill('Juryn enades om fem finalister.');
    await page.getByRole('button', { name: 'Protokollför beslutet' }).click();
    await expect(page.getByTestId('decisions')).toContainText('Juryn enades om fem finalister.');
    await expect(page.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();
    await app.screenshot('chair-deliberation');
    await app.expectNoA11yViolations();

    // Export, then open the result as the organiser would.
    await chair.view('Resultat');
    const resultPath = join(dataDir, 'resultat.juryrum');
    await app.answerNextDialog(resultPath);
    await page.getByRole('button', { name: 'Exportera signerat resultat …' }).click();
    await expect(page.getByTestId('export-status')).toContainText(
      'Resultatet är sparat: resultat.juryrum',
    );
    await app.screenshot('chair-export');
    await app.expectNoA11yViolations();
    const opened = openResult(new Uint8Array(readFileSync(resultPath)), {
      organiser: jury.organiser,
      roster: jury.roster,
    });
    expect(opened.payload.winner).toBe(first.applicationId);
    expect([...opened.payload.finalists].sort()).toEqual(top.map((r) => r.applicationId).sort());
    expect(opened.payload.motivation).toBe(MOTIVATION);
    expect(opened.payload.inputs.map((i) => i.digest)).toEqual(files.map((f) => f.digest));
    expect(opened.payload.ranking.map((r) => r.applicationId)).toEqual(
      expected?.rows.map((r) => r.applicationId),
    );
    expect(opened.payload.decisions.map((d) => d.text)).toEqual([
      'Juryn enades om fem finalister.',
    ]);
    expect(opened.payload.conflicts.map((c) => [c.jurorId, c.applicationId])).toEqual([
      ['juror-3', 'app-04'],
      ['juror-5', 'app-07'],
    ]);
  });

  test('an equivocation waits for the chair’s explicit choice', async ({ app }) => {
    test.skip(!app.harness, 'needs the harness dialog hook to choose files');
    test.setTimeout(180_000);
    const { page, dataDir } = app;
    const chair = new ChairPage(app);
    const jury = buildJury();
    const write = (name: string, bytes: Uint8Array): string => {
      const path = join(dataDir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const keyPath = write(
      'nycklar.juryrum-keys',
      await exportKeyFile(jury.chair, KEY_PASSPHRASE, defaultKdfParams(TEST_KDF)),
    );
    const packagePath = write('paket.juryrum', jury.packageFile('juror-1').bytes);
    const first = scoreFile(jury, 'juror-2', { status: 'draft' });
    const second = scoreFile(jury, 'juror-2', {
      status: 'final',
      overallComments: [{ applicationId: 'app-01', comment: 'Ändrad.' }],
    });
    await chair.start({ keyPath, passphrase: KEY_PASSPHRASE, packagePath });
    await chair.pickScoreFiles([
      write('forsta.juryrum', first.bytes),
      write('andra.juryrum', second.bytes),
    ]);
    // Neither file wins silently: both are reported as equivocating.
    await expect(chair.reportRow('andra.juryrum')).toContainText('Motstridig');
    await expect(chair.reportRow('forsta.juryrum')).toContainText('Motstridig');
    await expect(page.getByText('Henrik Ålund väntar nu på ditt val.')).toBeVisible();
    const progress = page.getByTestId('juror-progress');
    await expect(progress.getByRole('row', { name: /Henrik Ålund/ })).toContainText(
      'Väntar på ditt val',
    );
    await chair.view('Resultat');
    await expect(
      page.getByRole('button', { name: 'Exportera signerat resultat …' }),
    ).toBeDisabled();
    await chair.view('Poängfiler');
    const choice = page.getByRole('group', { name: 'Filer från Henrik Ålund' });
    await choice.getByLabel(/andra\.juryrum/).check();
    await app.screenshot('chair-choice');
    await app.expectNoA11yViolations();
    await choice.getByRole('button', { name: 'Använd vald fil' }).click();
    await expect(page.getByText('Ditt val för Henrik Ålund är sparat.')).toBeVisible();
    await expect(progress.getByRole('row', { name: /Henrik Ålund/ })).toContainText('Inlämnad');
    await expect(progress.getByRole('row', { name: /Henrik Ålund/ })).toContainText('Slutlig');

    // After locking, everything comes back from the vault: the files are verified again
    // and the chair's choice still applies.
    const vault = new VaultPage(page);
    await vault.lock();
    await vault.unlock();
    await openDemoAs(page, 'Juryordförande');
    await expect(progress.getByRole('row', { name: /Henrik Ålund/ })).toContainText('Inlämnad');
    await expect(progress.getByRole('row', { name: /Henrik Ålund/ })).toContainText('Slutlig');
    await expect(
      progress
        .getByRole('row', { name: /Henrik Ålund/ })
        .getByRole('cell')
        .last(),
    ).toHaveText('2');
  });
});
