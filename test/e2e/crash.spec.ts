import { test, expect, chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { launchHarness, type Harness } from '../../src-main/harness/launch';
import { TEST_KDF } from '../../src-main/services/crypto/kdf';
import { VaultPage, openDemoAs, PASSPHRASE } from './support/pages';
import { killChromiumFor } from './support/kill';

const ROOT = resolve(import.meta.dirname, '../..');
const KILLS = 20;

async function start(dataDir: string): Promise<Harness> {
  return launchHarness({
    chromium,
    rendererDir: join(ROOT, 'out/renderer'),
    dataDir,
    kdfCost: TEST_KDF,
  });
}

test.describe('crash safety', () => {
  test.skip(platform() !== 'linux', 'finds the browser process through /proc');
  test.setTimeout(20 * 60_000);

  test(`SIGKILL during autosave, ${KILLS} times: the vault opens and keeps every acknowledged write`, async () => {
    test.skip(
      test.info().project.name !== 'harness',
      'kills the harness Chromium; the electron project has no such hook',
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'juryrum-crash-'));
    const acknowledged: string[] = [];
    try {
      let h = await start(dataDir);
      await new VaultPage(h.page).create();
      await h.close();

      for (let round = 1; round <= KILLS; round++) {
        h = await start(dataDir);
        const page = h.page;
        await new VaultPage(page).unlock(PASSPHRASE);
        await openDemoAs(page, 'Jurymedlem');
        const notes = page.getByRole('textbox', { name: 'Anteckningar' });
        await expect(notes).toBeEnabled();
        const text = await notes.inputValue();
        for (const token of acknowledged) expect(text, `after kill ${round - 1}`).toContain(token);

        // Type tokens one by one; a token counts as acknowledged once the
        // save indicator says "Sparat" for it. Once this round has one
        // acknowledged token (so the test can never pass on no writes at
        // all, however slow the machine), kill at a random moment while
        // later tokens are being typed and saved.
        let firstAck = (): void => undefined;
        const acked = new Promise<void>((resolve) => (firstAck = resolve));
        const typing = (async () => {
          for (let k = 0; ; k++) {
            const token = ` r${round}k${k}`;
            await notes.press('End');
            await notes.pressSequentially(token, { delay: 5 });
            await expect(page.locator('.save-indicator')).toHaveText('Sparat', { timeout: 5_000 });
            acknowledged.push(token);
            firstAck();
          }
        })().catch(() => undefined);
        await Promise.race([acked, typing]);
        expect(acknowledged.some((t) => t.startsWith(` r${round}k`))).toBe(true);
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 1_500)));
        expect(killChromiumFor(h.profileDir).length).toBeGreaterThan(0);
        await typing;
        await h.close();
      }

      h = await start(dataDir);
      await new VaultPage(h.page).unlock(PASSPHRASE);
      await openDemoAs(h.page, 'Jurymedlem');
      const finalNotes = h.page.getByRole('textbox', { name: 'Anteckningar' });
      // The field stays disabled (and empty) until its sealed record is loaded.
      await expect(finalNotes).toBeEnabled();
      const final = await finalNotes.inputValue();
      for (const token of acknowledged) expect(final).toContain(token);
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS);
      await h.close();
    } finally {
      // Best effort: processes of a killed browser may still be exiting.
      try {
        rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
      } catch {
        /* a temp folder left behind must not hide the test's own result */
      }
    }
  });
});
