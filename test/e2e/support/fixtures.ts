import { test as base, expect, chromium, _electron, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchHarness, type Harness } from '../../../src-main/harness/launch';
import { electronBinary, ELECTRON_SKIP_REASON } from './electron-binary';
import { TEST_KDF } from '../../../src-main/services/crypto/kdf';

const ROOT = resolve(import.meta.dirname, '../../..');
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

/** One running app, whichever shell it is in. Page objects build on this. */
export interface AppHandle {
  readonly page: Page;
  readonly shell: 'harness' | 'electron';
  /** This test's own temporary data folder. */
  readonly dataDir: string;
  /** Present only in the harness: the in-process core and the dialog hook. */
  readonly harness: Harness | null;
  /** Answer the next file dialog with these paths (null = cancel). */
  answerNextDialog(paths: string | readonly string[] | null): Promise<void>;
  /** Call the bridge from the page, as renderer code would. */
  invokeRaw(channel: string, request: unknown): Promise<unknown>;
  /** Save a full-page screenshot under test-results/screenshots/. */
  screenshot(name: string): Promise<string>;
  /** Run axe-core (WCAG 2.1 A/AA) and expect no violations. */
  expectNoA11yViolations(): Promise<void>;
}

export async function launch(
  shell: 'harness' | 'electron',
  dataDir: string,
): Promise<{ app: AppHandle; close: () => Promise<void> }> {
  let page: Page;
  let harness: Harness | null = null;
  let close: () => Promise<void>;
  let answer: AppHandle['answerNextDialog'];

  if (shell === 'harness') {
    // A fast scrypt cost keeps e2e quick; the real cost is unit-tested and benchmarked.
    harness = await launchHarness({
      chromium,
      rendererDir: join(ROOT, 'out/renderer'),
      dataDir,
      kdfCost: TEST_KDF,
    });
    page = harness.page;
    const h = harness;
    close = () => h.close();
    answer = (paths) => Promise.resolve(h.dialogs.answerNext(paths));
  } else {
    const electronApp = await _electron.launch({
      args: [join(ROOT, 'out/main/index.js')],
      env: { ...process.env, JURYRUM_DATA_DIR: dataDir },
    });
    page = await electronApp.firstWindow();
    close = () => electronApp.close();
    // The same semantics as the harness's DialogQueue: each answer is used
    // by one dialog, in order; a dialog with no answer left is cancelled.
    answer = (paths) =>
      electronApp.evaluate(({ dialog }, answerPaths) => {
        const g = globalThis as { juryrumDialogAnswers?: (string[] | null)[] };
        const queue = (g.juryrumDialogAnswers ??= []);
        queue.push(
          answerPaths === null
            ? null
            : typeof answerPaths === 'string'
              ? [answerPaths]
              : [...answerPaths],
        );
        const next = (): string[] | null => (queue.length > 0 ? (queue.shift() ?? null) : null);
        dialog.showOpenDialog = () => {
          const list = next();
          return Promise.resolve({ canceled: list === null, filePaths: list ?? [] });
        };
        dialog.showSaveDialog = () => {
          const list = next();
          return Promise.resolve({ canceled: list === null, filePath: list?.[0] ?? '' });
        };
      }, paths);
  }

  const app: AppHandle = {
    page,
    shell,
    dataDir,
    harness,
    answerNextDialog: answer,
    invokeRaw: (channel, request) =>
      page.evaluate(
        ([c, r]) =>
          (
            window as unknown as {
              juryrum: { invoke: (c: string, r: unknown) => Promise<unknown> };
            }
          ).juryrum.invoke(c, r),
        [channel, request] as const,
      ),
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${shell}-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async expectNoA11yViolations() {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary, 'axe-core WCAG 2.1 A/AA violations').toEqual([]);
    },
  };
  return { app, close };
}

export const test = base.extend<{ app: AppHandle; dataDir: string }>({
  // Playwright requires an object pattern here even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'juryrum-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use, testInfo) => {
    const shell = testInfo.project.name === 'electron' ? 'electron' : 'harness';
    if (shell === 'electron' && !electronBinary()) {
      testInfo.skip(true, ELECTRON_SKIP_REASON);
      return;
    }
    const { app, close } = await launch(shell, dataDir);
    await use(app);
    await close();
  },
});

export { expect };
