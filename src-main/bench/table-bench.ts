import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { launchHarness } from '../harness/launch';
import { findChromium } from '../harness/chromium';
import { defaultKdfParams, exportKeyFile, TEST_KDF } from '../services/crypto';
import { generateRound } from './chair-bench';
import type { BenchRow } from './index';

const APPLICATIONS = 2000;
const JURORS = 6;
const SORTS = 5;
const PASSPHRASE = 'bänkens lösenfras för tabellen';
const SORT_COLUMNS = ['Medel', 'Spann', 'Median', 'Ansökan'] as const;

/** The few browser globals the timed snippets use (this file compiles without the DOM library). */
interface PageGlobals {
  readonly document: {
    querySelectorAll(
      selector: string,
    ): ArrayLike<{ readonly textContent: string | null; click(): void }>;
    querySelector(selector: string): {
      scrollTop: number;
      readonly scrollHeight: number;
      readonly textContent: string | null;
    } | null;
  };
  requestAnimationFrame(callback: () => void): number;
}

/**
 * Choose a tie policy (which recomputes the whole consolidation, in the
 * worker) and time it until the "computing" status clears, watching every
 * frame meanwhile: the longest gap between two frames is how long the
 * window was unresponsive.
 */
function recomputeTimed(
  page: Page,
  radioLabel: string,
): Promise<{ total: number; frame: number; first: number; arrival: number }> {
  return page.evaluate(async (label) => {
    const g = globalThis as unknown as PageGlobals;
    const radio = Array.from(g.document.querySelectorAll('fieldset label')).find(
      (l) => l.textContent === label,
    );
    if (radio === undefined) throw new Error(`no tie policy ${label}`);
    const status = (): string =>
      g.document.querySelector('[data-testid=chair-computing]')?.textContent ?? '';
    const start = performance.now();
    radio.click();
    let last = start;
    let frame = 0;
    let first = -1;
    let started = false;
    for (;;) {
      await new Promise<void>((done) => g.requestAnimationFrame(() => done()));
      const now = performance.now();
      const gap = now - last;
      if (first < 0) first = gap;
      frame = Math.max(frame, gap);
      last = now;
      if (status() !== '') started = true;
      else if (started || now - start > 60_000)
        return { total: now - start, frame, first, arrival: gap };
    }
  }, radioLabel);
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number): number => Number(x.toFixed(1));

/** Click in the page and time it until the frame after the update (React commits, layout, paint). */
function clickTimed(page: Page, selector: string, text: string): Promise<number> {
  return page.evaluate(
    async ({ selector, text }) => {
      const g = globalThis as unknown as PageGlobals;
      const target = Array.from(g.document.querySelectorAll(selector)).find((b) =>
        (b.textContent ?? '').startsWith(text),
      );
      if (target === undefined) throw new Error(`nothing to click: ${text}`);
      const start = performance.now();
      target.click();
      await new Promise<void>((done) => g.requestAnimationFrame(() => setTimeout(done, 0)));
      return performance.now() - start;
    },
    { selector, text },
  );
}

/** Drive the real app (harness) to a chair workspace holding the generated round. */
async function setUp(
  page: Page,
  dir: string,
  answer: (paths: readonly string[]) => void,
): Promise<void> {
  await page.getByLabel('Ditt namn').fill('Bänk Ordförande');
  await page.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Skriv lösenfrasen igen').fill(PASSPHRASE);
  await page.getByLabel('Jag förstår att en glömd lösenfras inte kan återställas.').check();
  await page.getByRole('button', { name: 'Skapa valvet' }).click();
  await page.getByRole('button', { name: 'Min identitet' }).click();
  await page.getByLabel('Lösenfras för nyckelfilen som ska importeras').fill(PASSPHRASE);
  answer([join(dir, 'keys.juryrum-keys')]);
  await page.getByRole('button', { name: 'Importera nyckelfil' }).click();
  await page.getByText('Identiteten är importerad.').waitFor();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const card = page.getByRole('article', { name: /Sveriges eHälsokommun 2026/ });
  await card.getByRole('button', { name: /^Juryordförande/ }).click();
  answer([join(dir, 'package.juryrum')]);
  await page.getByRole('button', { name: 'Importera mitt ordförandepaket …' }).click();
  await page.getByText('Paketet är importerat.').waitFor({ timeout: 120_000 });
  answer(Array.from({ length: JURORS }, (_, i) => join(dir, `score-${i + 1}.juryrum`)));
  await page.getByRole('button', { name: 'Välj filer …' }).click();
  await page
    .getByText(`${JURORS} av ${JURORS} jurymedlemmar har lämnat in.`)
    .waitFor({ timeout: 300_000 });
}

/**
 * Sorting the consolidated table with 2,000 applications, in the real
 * renderer build in Chromium (the test harness). The round is generated,
 * imported through the chair's own screens, and then timed: opening the
 * table, sorting by several columns and scrolling to the end.
 */
export async function tableBench(): Promise<BenchRow[]> {
  const rendererDir = resolve('out/renderer');
  const skip = (why: string): BenchRow[] => [
    { name: 'table.sort', value: Number.NaN, unit: 'ms', note: `skipped: ${why}` },
  ];
  if (!existsSync(join(rendererDir, 'index.html')))
    return skip('the app is not built (npm run build)');
  if (findChromium(() => chromium.executablePath()) === null)
    return skip('no Chromium found (CHROMIUM_PATH)');

  const round = generateRound(JURORS, APPLICATIONS);
  const dir = await mkdtemp(join(tmpdir(), 'juryrum-table-bench-'));
  await writeFile(
    join(dir, 'keys.juryrum-keys'),
    await exportKeyFile(round.chair, PASSPHRASE, defaultKdfParams(TEST_KDF)),
  );
  await writeFile(join(dir, 'package.juryrum'), round.packageFile.bytes);
  for (const [i, f] of round.scoreFiles.entries())
    await writeFile(join(dir, `score-${i + 1}.juryrum`), f.bytes);
  const harness = await launchHarness({
    chromium,
    rendererDir,
    dataDir: join(dir, 'app'),
    kdfCost: TEST_KDF,
  });
  try {
    const page = harness.page;
    page.setDefaultTimeout(60_000);
    await setUp(page, dir, (paths) => harness.dialogs.answerNext(paths));
    const nav = 'nav[aria-label="Ordförandens arbete"] button';
    const open = await clickTimed(page, nav, 'Sammanställning');
    await page
      .locator('[data-testid=consolidated-table] tbody tr[data-application]')
      .first()
      .waitFor();
    const rendered = await page
      .locator('[data-testid=consolidated-table] tbody tr[data-application]')
      .count();
    const header = '[data-testid=consolidated-table] thead button';
    const rows: BenchRow[] = [
      {
        name: 'table.open',
        value: ms(open),
        unit: 'ms',
        note: `switch to the table view, ${APPLICATIONS} applications × ${JURORS} jurors`,
      },
      {
        name: 'table.rendered',
        value: rendered,
        unit: 'rows',
        note: `rows in the DOM of ${APPLICATIONS} (virtualised)`,
      },
    ];
    for (const column of SORT_COLUMNS) {
      const times: number[] = [];
      for (let i = 0; i < SORTS; i += 1) times.push(await clickTimed(page, header, column));
      rows.push({
        name: `table.sort.${column}`,
        value: ms(median(times)),
        unit: 'ms',
        note: `click to next frame, median of ${SORTS}`,
      });
    }
    const scroll = await page.evaluate(async (last) => {
      const g = globalThis as unknown as PageGlobals;
      const box = g.document.querySelector('.chair-grid-scroll');
      if (box === null) throw new Error('no table');
      const start = performance.now();
      box.scrollTop = box.scrollHeight;
      for (let i = 0; i < 120; i += 1) {
        await new Promise<void>((done) => g.requestAnimationFrame(done));
        if (g.document.querySelector(`tr[aria-rowindex="${last}"]`) !== null) break;
      }
      return performance.now() - start;
    }, APPLICATIONS + 1);
    rows.push({
      name: 'table.scroll.end',
      value: ms(scroll),
      unit: 'ms',
      note: 'scroll to the last row until it is rendered',
    });
    // Recompute the consolidation (in the worker) by switching the tie policy back and forth.
    await page
      .locator('nav[aria-label="Ordförandens arbete"]')
      .getByRole('button', { name: 'Överläggning' })
      .click();
    const totals: number[] = [];
    const frames: number[] = [];
    const firsts: number[] = [];
    const arrivals: number[] = [];
    for (let i = 0; i < SORTS; i += 1) {
      const r = await recomputeTimed(page, i % 2 === 0 ? 'Delad placering' : 'Standardkedjan');
      totals.push(r.total);
      frames.push(r.frame);
      firsts.push(r.first);
      arrivals.push(r.arrival);
    }
    rows.push(
      {
        name: 'table.recompute',
        value: ms(median(totals)),
        unit: 'ms',
        note: `change the tie policy until the new table is in, median of ${SORTS} (Web Worker)`,
      },
      {
        name: 'table.recompute.longest-frame',
        value: ms(Math.max(...frames)),
        unit: 'ms',
        note: 'longest gap between two frames meanwhile (the window stays responsive)',
      },
      {
        name: 'table.recompute.click-frame',
        value: ms(median(firsts)),
        unit: 'ms',
        note: 'the frame of the click (the deliberation view re-renders), median',
      },
      {
        name: 'table.recompute.arrival-frame',
        value: ms(median(arrivals)),
        unit: 'ms',
        note: 'the frame the new table arrives in (copy from the worker, re-render), median',
      },
    );
    return rows;
  } finally {
    await harness.close();
    await rm(dir, { recursive: true, force: true });
  }
}
