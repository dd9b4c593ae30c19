import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test, expect } from './support/fixtures';
import { VaultPage, openDemoAs } from './support/pages';
import { ChairPage, cliMerge, writer } from './support/chair-page';
import { openResult } from '../../src-main/services/exchange';
import { APP_VERSION } from '../../src-main/services/app-version';
import { consolidate } from '../../src-shared/chair';
import { sv } from '../../src-shared/i18n/sv';
import type { MessageKey } from '../../src-shared/i18n/sv';
import { buildJury, scoreFile, tamper } from '../main/chair/jury';
import {
  demoFolder,
  demoScoreFile,
  laterRevision,
  otherRoundScoreFile,
} from '../main/chair/demo-folder';

const MOTIVATION =
  'Vinnaren har lyft invånarnas inflytande i varje steg av arbetet.\n\nJuryn vill också lyfta hur personalen fått stöd att använda de nya verktygen.';

const MINUTES =
  'Närvarande: hela juryn.\n\n§ 1 Juryn gick igenom alla nio ansökningar och diskuterade Ansökan C särskilt.';

const say = (key: string): string => sv[key as MessageKey];
/** A figure as the Swedish UI shows it (two decimals, decimal comma). */
const sv2 = (x: number | undefined): string =>
  x === undefined
    ? '–'
    : new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        x,
      );

test.describe('chair', () => {
  test('imports the demo score files, reads the table, deliberates and exports a signed result', async ({
    app,
  }) => {
    test.skip(!app.harness, 'needs the harness dialog hook to choose files');
    test.setTimeout(300_000);
    const { page } = app;
    const chair = new ChairPage(app);

    // The folder the real `demo` command writes (writeDemo), and its six score files.
    const demo = await demoFolder(mkdtempSync(join(tmpdir(), 'juryrum-e2e-demo-')));
    expect(demo.scores).toHaveLength(6);
    const write = writer(mkdtempSync(join(tmpdir(), 'juryrum-e2e-extra-')));
    const tamperedPath = write('manipulerad.juryrum', tamper(readFileSync(demo.scores[3] ?? '')));

    // What `merge --json` says about the demo folder (plus the tampered copy).
    const cliFirst = await cliMerge(demo, [demo.scoresDir, tamperedPath]);
    const last = cliFirst.ranking.at(-1);
    if (last === undefined) throw new Error('the demo round has a ranking');

    // Juror 6 (a draft in the demo) finishes: revision 3 is final and gives the lowest-ranked
    // application top marks, so the table has a disagreement to discuss. Revision 2 arrives
    // late, from an old e-mail: a replay of an older revision.
    const r1 = await demoScoreFile(demo, 'juror-6');
    const r2 = await laterRevision(demo, 'juror-6', {
      revision: 2,
      previousDigest: r1.digest,
      status: 'draft',
    });
    const r3 = await laterRevision(demo, 'juror-6', {
      revision: 3,
      previousDigest: r2.digest,
      status: 'final',
      change: (s) =>
        s.applicationId === last.applicationId && typeof s.value === 'number'
          ? { ...s, value: 5 }
          : s,
    });
    const other = await otherRoundScoreFile(demo, 'juror-3');
    const extra = {
      r3: write('tomas-slutlig.juryrum', r3.bytes),
      r2: write('aldre-revision.juryrum', r2.bytes),
      other: write('annan-omgang.juryrum', other.bytes),
    };

    await new VaultPage(page).create();
    await chair.importKeyFile(demo.chairKey, demo.chairPassphrase);
    await openDemoAs(page, 'Juryordförande');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Ditt ordförandepaket' }),
    ).toBeVisible();
    await app.screenshot('chair-package');
    await app.expectNoA11yViolations();

    await chair.importPackage(demo.chairPackage);
    const organiser = await demo.identity('organiser-1');
    await expect(page.locator('.fingerprint')).toHaveAttribute(
      'data-fingerprint',
      organiser.fingerprint,
    );
    await expect(
      page.getByText('Jämför arrangörens fingeravtryck med arrangören i telefon.', {
        exact: false,
      }),
    ).toBeVisible();

    // The six demo score files and the tampered copy, chosen in the file dialog:
    // every verdict and reason is the one `merge --json` gives.
    await chair.pickScoreFiles([...demo.scores, tamperedPath]);
    expect(cliFirst.files.map((f) => f.verdict)).toEqual([
      ...Array(6).fill('accepted'),
      'rejected',
    ]);
    for (const f of cliFirst.files) {
      const row = chair.reportRow(basename(f.file));
      await expect(row.getByRole('cell').first()).toHaveText(say(`chair.verdict.${f.verdict}`));
      await expect(row).toContainText(say(`chair.reason.${f.reason}`));
    }
    await expect(chair.reportRow('manipulerad.juryrum')).toContainText('Avvisad');
    await expect(chair.reportRow('manipulerad.juryrum')).toContainText(
      'har ändrats efter att den skapades',
    );
    // The consolidation runs in a Web Worker, off the window's thread.
    await expect
      .poll(() => page.workers().some((w) => w.url().includes('chair-model.worker')))
      .toBe(true);

    // The table's order and rank column are the CLI's ranking for the same files.
    await chair.view('Sammanställning');
    await expect(chair.table().locator('tbody tr[data-application]')).toHaveCount(9);
    expect(await chair.tableRanking()).toEqual(
      cliFirst.ranking.map((e) => [e.applicationId, String(e.rank)]),
    );

    // Juror 6's final revision, then the replayed older revision and a file from another round.
    await chair.view('Poängfiler');
    await chair.dropFiles([{ name: 'tomas-slutlig.juryrum', bytes: r3.bytes }]);
    await expect(chair.reportRow('tomas-slutlig.juryrum')).toContainText('Godkänd');
    await expect(chair.reportRow('tomas-slutlig.juryrum')).toContainText(
      say('chair.reason.SUPERSEDES'),
    );
    await chair.dropFiles([
      { name: 'aldre-revision.juryrum', bytes: r2.bytes },
      { name: 'annan-omgang.juryrum', bytes: other.bytes },
    ]);
    await expect(chair.reportRow('aldre-revision.juryrum')).toContainText('Ersatt');
    await expect(chair.reportRow('aldre-revision.juryrum')).toContainText(
      'En äldre revision än den som redan används',
    );
    await expect(chair.reportRow('annan-omgang.juryrum')).toContainText('Avvisad');
    await expect(chair.reportRow('annan-omgang.juryrum')).toContainText('gäller en annan omgång');
    await expect(page.getByText('6 av 6 jurymedlemmar har lämnat in.')).toBeVisible();
    const progress = page.getByTestId('juror-progress');
    const tomas = progress.getByRole('row', { name: /Tomas Bergqvist/ });
    await expect(tomas).toContainText('Inlämnad');
    await expect(tomas).toContainText('Slutlig');
    await expect(tomas.getByRole('cell').nth(1)).toHaveText('3');
    await app.screenshot('chair-import');
    await app.expectNoA11yViolations();

    // Everything the chair now holds, merged by the CLI in one go, gives the app's table.
    const cli = await cliMerge(demo, [
      demo.scoresDir,
      tamperedPath,
      extra.r3,
      extra.r2,
      extra.other,
    ]);
    expect(cli.files.filter((f) => f.verdict === 'accepted')).toHaveLength(6);
    const flagged = cli.ranking.filter((e) => e.disagreement);
    expect(flagged.map((e) => e.applicationId)).toContain(last.applicationId);

    // The consolidated table, in rank order, with the disagreement flags.
    await chair.view('Sammanställning');
    await expect(page.getByRole('heading', { level: 2, name: 'Sammanställning' })).toBeFocused();
    await expect(chair.table()).toHaveAttribute('aria-rowcount', '10');
    await expect
      .poll(() => chair.tableRanking())
      .toEqual(cli.ranking.map((e) => [e.applicationId, String(e.rank)]));
    for (const e of cli.ranking) {
      const row = chair.table().locator(`tr[data-application="${e.applicationId}"]`);
      if (e.disagreement) await expect(row).toContainText('Oenig');
      else await expect(row).not.toContainText('Oenig');
    }
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
    // One juror's own weighted totals, as a column the chair turns on.
    const pkg = await demo.pkg('juror-1');
    const heldNow = await Promise.all(
      [...demo.scores, extra.r2, extra.r3].map((path) => demo.verified(path)),
    );
    const nowTable = consolidate(pkg, heldNow, new Map(), {
      tieChoice: 'chain',
      finalistCount: 5,
    }).table;
    const tomasHeader = chair.table().getByRole('columnheader', { name: /^Tomas Bergqvist/ });
    await expect(tomasHeader).toHaveCount(0);
    await page.getByText('Välj kolumner').click();
    await page.getByLabel('Tomas Bergqvist – viktad total').check();
    await expect(tomasHeader).toBeVisible();
    const tomasRows = nowTable?.rows ?? [];
    expect(tomasRows).toHaveLength(9);
    for (const r of tomasRows) {
      await expect(
        chair
          .table()
          .locator(`tr[data-application="${r.applicationId}"] td[data-col="juror:juror-6"]`),
      ).toHaveText(sv2(r.jurorTotals.get('juror-6')));
    }
    // Revision 3 gives the lowest-ranked application top marks everywhere.
    await expect(
      chair
        .table()
        .locator(`tr[data-application="${last.applicationId}"] td[data-col="juror:juror-6"]`),
    ).toHaveText('5,00');
    await app.screenshot('chair-table-juror');
    await page.getByLabel('Tomas Bergqvist – viktad total').uncheck();
    await expect(tomasHeader).toHaveCount(0);
    await page.getByText('Välj kolumner').click();

    await page.getByText('Så räknas siffrorna').click();
    await expect(page.getByTestId('formula-help')).toContainText('T(j,a) = Σ w_c·s_c / Σ w_c');
    await expect(page.getByTestId('formula-help')).toContainText('Toppbetyg');
    await app.screenshot('chair-table');
    await app.expectNoA11yViolations();
    // At 200 % zoom (half the width in CSS pixels) the table scrolls in its own region.
    await page.setViewportSize({ width: 640, height: 860 });
    await expect(chair.tableRow(last.label)).toBeVisible();
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
    await chair.tableRow(last.label).getByRole('button', { name: last.label }).click();
    await expect(page.getByTestId('drill-title')).toHaveText(last.label);
    await expect(page.getByTestId('drill-scores').locator('tbody tr')).toHaveCount(6);
    await expect(
      page
        .getByTestId('drill-scores')
        .getByRole('row', { name: /Tomas Bergqvist/ })
        .getByRole('cell')
        .first(),
    ).toHaveText('5');
    await expect(page.getByRole('heading', { name: 'Texten juryn läste' })).toBeVisible();
    // A juror's comment, with the score it belongs to, as the juror wrote it.
    const tomasFile = await demo.verified(extra.r3);
    const commented = tomasFile.payload.scores.find(
      (x) => x.applicationId === last.applicationId && x.comment.trim() !== '',
    );
    if (commented === undefined) throw new Error('Tomas commented on the application');
    await expect(page.getByTestId('drill-comments')).toContainText(
      `Tomas Bergqvist (${String(commented.value)}): ${commented.comment}`,
    );
    // The attachments the jurors read, from the chair's own package, opened in the app.
    const attachments = page.getByTestId('drill-attachments');
    await expect(attachments.getByRole('heading', { name: 'Bilagor' })).toBeVisible();
    await expect(attachments).toContainText('Brukarenkät 2025.txt');
    await expect(attachments).toContainText('Textfil, 1 kB');
    await attachments.getByRole('button', { name: 'Brukarenkät 2025.txt' }).click();
    await expect(attachments).toContainText('Svarsfrekvens: 62 procent (412 av 665 utskick).');
    await app.screenshot('chair-application');
    await app.expectNoA11yViolations();
    await attachments.getByRole('button', { name: 'Stäng bilagan' }).click();
    await expect(attachments).not.toContainText('Svarsfrekvens');

    // An application with a conflict: the juror's row says so, and the conflict is listed.
    const conflict = pkg.roster.conflicts[0];
    if (conflict === undefined) throw new Error('the demo roster records a conflict');
    const conflicted = pkg.roster.jurors.find((j) => j.jurorId === conflict.jurorId);
    if (conflicted === undefined) throw new Error('the conflicted juror is in the roster');
    await page.getByLabel('Ansökan', { exact: true }).selectOption(conflict.applicationId);
    await expect(page.getByTestId('drill-title')).toHaveText(
      pkg.applications.find((a) => a.id === conflict.applicationId)?.pseudonym ?? '',
    );
    await expect(
      page
        .getByTestId('drill-scores')
        .getByRole('row', { name: new RegExp(conflicted.name) })
        .getByRole('cell'),
    ).toHaveText(['jäv']);
    await expect(page.getByTestId('drill-conflicts')).toContainText(
      `${conflicted.name}: ${conflict.reason} (registrerat av arrangören)`,
    );
    await app.screenshot('chair-application-conflict');
    await app.expectNoA11yViolations();

    await chair.view('Kontroller');
    await expect(page.getByTestId('alpha')).toContainText('Totalt (viktade totaler)');
    await expect(page.getByTestId('cross-checks').locator('tbody tr')).toHaveCount(9);
    await app.screenshot('chair-checks');
    await app.expectNoA11yViolations();

    // Deliberation: an explicit tie policy, the top five as finalists, a winner, a motivation.
    await chair.view('Överläggning');
    await page.getByLabel('Median, toppbetyg, Borda').check();
    const first = cli.ranking[0];
    if (first === undefined) throw new Error('the round has a winner to choose');
    await page.getByRole('button', { name: 'Välj de 5 högst rankade' }).click();
    await expect(page.getByText('Valda finalister: 5.')).toBeVisible();
    // The jury keeps number six instead of number five: chosen by hand, not as the top five.
    const fifth = cli.ranking[4];
    const sixth = cli.ranking[5];
    if (fifth === undefined || sixth === undefined) throw new Error('the round has six ranked');
    await page.getByLabel(`Finalist: ${fifth.label}`).uncheck();
    await expect(page.getByText('Valda finalister: 4.')).toBeVisible();
    await page.getByLabel(`Finalist: ${sixth.label}`).check();
    await expect(page.getByText('Valda finalister: 5.')).toBeVisible();
    await expect(page.getByLabel(`Vinnare: ${fifth.label}`)).toBeDisabled();
    const chosenFinalists = [...cli.ranking.slice(0, 4), sixth].map((e) => e.applicationId);
    await page.getByLabel(`Vinnare: ${first.label}`).check();
    await expect(page.getByText(`Vinnare: ${first.label}.`)).toBeVisible();
    // Juror 6 reconsiders one score during the discussion: kept as before/after, files untouched.
    await page.getByLabel('Jurymedlem', { exact: true }).selectOption({ label: 'Tomas Bergqvist' });
    await page.getByLabel('Ansökan', { exact: true }).selectOption({ label: last.label });
    await page.getByLabel('Kriterium').selectOption('L');
    await expect(page.getByText('Nu: 5')).toBeVisible();
    await page.getByLabel('Ny poäng').selectOption('4');
    await page.getByLabel('Varför').fill('Läste om avsnittet om ledning.');
    await page.getByRole('button', { name: 'Spara ändringen' }).click();
    await expect(
      page.getByTestId('score-changes').getByRole('row', { name: /Tomas Bergqvist/ }),
    ).toContainText('Läste om avsnittet om ledning.');
    await page.getByLabel('Juryns motivering').fill(MOTIVATION);
    await page.getByLabel('Mötesprotokoll').fill(MINUTES);
    await page.getByLabel('Nytt beslut').fill('Juryn enades om fem finalister.');
    await page.getByRole('button', { name: 'Protokollför beslutet' }).click();
    await expect(page.getByTestId('decisions')).toContainText('Juryn enades om fem finalister.');
    await expect(page.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();
    await app.screenshot('chair-deliberation');
    await app.expectNoA11yViolations();

    // Export, then open the result as the organiser would.
    await chair.view('Resultat');
    await expect(page.getByTestId('export-summary')).toContainText('Median, toppbetyg, Borda');
    // The minutes go with the result (their length differs from the motivation's).
    expect(MINUTES.length).not.toBe(MOTIVATION.length);
    await expect(page.getByTestId('export-summary')).toContainText(`${MINUTES.length} tecken`);
    await expect(page.getByTestId('export-summary')).toContainText('Beslut: 1. Ändrade poäng: 1.');
    const resultPath = join(app.dataDir, 'resultat.juryrum');
    await app.answerNextDialog(resultPath);
    await page.getByRole('button', { name: 'Exportera signerat resultat …' }).click();
    await expect(page.getByTestId('export-status')).toContainText(
      'Resultatet är sparat: resultat.juryrum',
    );
    await app.screenshot('chair-export');
    await app.expectNoA11yViolations();

    const opened = openResult(new Uint8Array(readFileSync(resultPath)), {
      organiser,
      roster: pkg.roster,
    });
    // The shared core on the same files and the same score change gives the exported ranking.
    const held = await Promise.all(
      [...demo.scores, extra.r2, extra.r3].map((path) => demo.verified(path)),
    );
    const change = opened.payload.scoreChanges[0];
    if (change === undefined) throw new Error('the result keeps the changed score');
    expect(change).toMatchObject({ jurorId: 'juror-6', criterion: 'L', before: 5, after: 4 });
    const expected = consolidate(pkg, held, new Map(), {
      tieChoice: 'median-top-borda',
      finalistCount: 5,
      scoreChanges: [{ ...change, at: new Date().toISOString() }],
    }).table;
    expect(opened.payload.winner).toBe(first.applicationId);
    // The finalists the chair picked by hand, not the top five.
    expect([...opened.payload.finalists].sort()).toEqual([...chosenFinalists].sort());
    expect(opened.payload.finalists).not.toContain(fifth.applicationId);
    expect(opened.payload.motivation).toBe(MOTIVATION);
    expect(opened.payload.minutes).toBe(MINUTES);
    expect(opened.payload.appVersion).toBe(APP_VERSION);
    expect(opened.payload.method.aggregation).toBe('mean of weighted totals');
    expect(opened.payload.method.normalisation).toBe('z-score-view-only');
    expect(opened.payload.inputs.map((i) => [i.jurorId, i.revision])).toEqual([
      ['juror-1', 1],
      ['juror-2', 1],
      ['juror-3', 1],
      ['juror-4', 1],
      ['juror-5', 1],
      ['juror-6', 3],
    ]);
    expect(opened.payload.inputs.at(-1)?.digest).toBe(r3.digest);
    expect(opened.payload.ranking.map((r) => r.applicationId)).toEqual(
      expected?.rows.map((r) => r.applicationId),
    );
    expect(opened.payload.method.tiePolicy).toEqual({
      choice: 'median-top-borda',
      kind: 'chain',
      steps: [{ by: 'median' }, { by: 'top-scores' }, { by: 'borda' }],
    });
    expect(opened.payload.decisions.map((d) => d.text)).toEqual([
      'Juryn enades om fem finalister.',
    ]);
    expect(opened.payload.conflicts.map((c) => c.jurorId)).toEqual(['juror-3', 'juror-5']);
  });

  test('an equivocation waits for the chair’s explicit choice', async ({ app }) => {
    test.skip(!app.harness, 'needs the harness dialog hook to choose files');
    test.setTimeout(180_000);
    const { page, dataDir } = app;
    const chair = new ChairPage(app);
    const jury = buildJury();
    const write = writer(dataDir);
    const first = scoreFile(jury, 'juror-2', { status: 'draft' });
    const second = scoreFile(jury, 'juror-2', {
      status: 'final',
      overallComments: [{ applicationId: 'app-01', comment: 'Ändrad.' }],
    });
    await chair.startAs(jury, dataDir);
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

  test('the chair’s vote decides a tie at the finalist cut and is recorded', async ({ app }) => {
    test.skip(!app.harness, 'needs the harness dialog hook to choose files');
    test.setTimeout(180_000);
    const { page, dataDir } = app;
    const chair = new ChairPage(app);
    const jury = buildJury();
    const write = writer(dataDir);
    // Every juror scores alike: Ansökan A (app-01) and B (app-02) tie on everything, at
    // places 3 and 4, right at a cut of three finalists.
    const level: Readonly<Record<string, number>> = {
      'app-05': 5,
      'app-06': 4,
      'app-01': 3,
      'app-02': 3,
      'app-03': 2,
      'app-04': 2,
    };
    const paths = jury.members.map((m) => {
      const own = jury.pkg(m.jurorId);
      const scores = own.applications.flatMap((a) =>
        own.round.criteria.map((c) => ({
          applicationId: a.id,
          criterion: c.key,
          value: level[a.id] ?? 1,
          comment: '',
        })),
      );
      return write(`${m.jurorId}.juryrum`, scoreFile(jury, m.jurorId, { scores }).bytes);
    });
    await chair.startAs(jury, dataDir);
    await chair.pickScoreFiles(paths);
    await expect(page.getByText('6 av 6 jurymedlemmar har lämnat in.')).toBeVisible();

    await chair.view('Överläggning');
    await page.getByLabel('Antal finalister').fill('3');
    await page.getByLabel('Ordförandens röst').check();
    const warnings = page.getByTestId('tie-warnings');
    await expect(warnings).toContainText(
      'Lika medelvärde vid gränsen för finalister: Ansökan A, Ansökan B.',
    );
    await expect(warnings).toContainText('Inte avgjort');
    const picker = page.getByTestId('finalist-picker');
    const rankOf = (label: string) =>
      picker
        .getByRole('row', { name: new RegExp(label) })
        .getByRole('cell')
        .first();
    await expect(rankOf('Ansökan A')).toHaveText('3');
    await expect(rankOf('Ansökan B')).toHaveText('3');

    const vote = page.getByRole('form', { name: 'Ordförandens röst om Ansökan A, Ansökan B' });
    await vote.getByRole('button', { name: 'Flytta Ansökan B uppåt' }).click();
    await vote.getByRole('button', { name: 'Protokollför rösten' }).click();
    await expect(vote.getByRole('status')).toHaveText(
      'Rösten är protokollförd: 1. Ansökan B, 2. Ansökan A.',
    );
    await expect(warnings).toContainText('Avgjort genom ordförandens röst');
    await expect(page.getByTestId('decisions')).toContainText(
      'Ordförandens röst om lika medelvärde: 1. Ansökan B, 2. Ansökan A.',
    );
    await expect(rankOf('Ansökan B')).toHaveText('3');
    await expect(rankOf('Ansökan A')).toHaveText('4');
    await page.getByRole('button', { name: 'Välj de 3 högst rankade' }).click();
    await expect(page.getByText('Valda finalister: 3.')).toBeVisible();
    await app.screenshot('chair-tie-vote');
    await app.expectNoA11yViolations();

    await chair.view('Resultat');
    await expect(page.getByTestId('export-summary')).toContainText('Ordförandens röst');
    const resultPath = join(dataDir, 'resultat.juryrum');
    await app.answerNextDialog(resultPath);
    await page.getByRole('button', { name: 'Exportera signerat resultat …' }).click();
    await expect(page.getByTestId('export-status')).toContainText('Resultatet är sparat');
    const opened = openResult(new Uint8Array(readFileSync(resultPath)), {
      organiser: jury.organiser,
      roster: jury.roster,
    });
    expect(opened.payload.method.tiePolicy).toEqual({
      choice: 'chair-vote',
      kind: 'chain',
      steps: [{ by: 'chair-vote' }],
      votes: [{ order: ['app-02', 'app-01'], at: expect.any(String) }],
    });
    expect(opened.payload.ranking.slice(2, 4).map((r) => [r.applicationId, r.rank])).toEqual([
      ['app-02', 3],
      ['app-01', 4],
    ]);
    expect([...opened.payload.finalists].sort()).toEqual(['app-02', 'app-05', 'app-06']);
    expect(opened.payload.decisions.map((d) => d.text)).toEqual([
      'Ordförandens röst om lika medelvärde: 1. Ansökan B, 2. Ansökan A.',
    ]);
  });
});
