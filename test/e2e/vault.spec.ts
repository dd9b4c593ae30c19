import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, launch } from './support/fixtures';
import { VaultPage, openDemoAs, PASSPHRASE } from './support/pages';

test.describe('vault', () => {
  test('create → add data → lock → wrong passphrase refused → unlock → data back', async ({
    app,
  }) => {
    const { page } = app;
    const vault = new VaultPage(page);
    await vault.create();
    await openDemoAs(page, 'Jurymedlem');
    const notes = page.getByRole('textbox', { name: 'Anteckningar' });
    await notes.fill('Ansökan B verkar stark på delaktighet.');
    await expect(page.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();

    await vault.lock();
    // After a lock no data is on screen.
    await expect(page.getByText('Ansökan B verkar stark')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Min identitet' })).toHaveCount(0);
    await app.screenshot('locked');
    await app.expectNoA11yViolations();

    await vault.unlock('fel lösenfras helt och hållet');
    await expect(page.getByText('Fel lösenfras.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Juryrum är låst' })).toBeVisible();
    // One typo costs nothing; after the second wrong try, retries are slowed down.
    await vault.unlock('fortfarande inte rätt lösenfras');
    await expect(page.getByText(/Försök igen om \d+ s\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lås upp' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Lås upp' })).toBeEnabled({ timeout: 15_000 });

    await vault.unlock(PASSPHRASE);
    await openDemoAs(page, 'Jurymedlem');
    await expect(page.getByRole('textbox', { name: 'Anteckningar' })).toHaveValue(
      'Ansökan B verkar stark på delaktighet.',
    );
  });

  test('shows my fingerprint and exports my identity card', async ({ app }) => {
    test.skip(!app.harness, 'needs the harness dialog hook to choose the file');
    const { page } = app;
    await new VaultPage(page).create({
      name: 'Per Granskare',
      organisation: 'Sjuksköterskornas förbund',
    });
    await page.getByRole('button', { name: 'Min identitet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Min identitet' })).toBeVisible();
    const fingerprint = page.locator('.fingerprint');
    await expect(fingerprint.locator('.visually-hidden')).toHaveText(
      /^Fingeravtryck: (\d \d \d \d \d, ){5}\d \d \d \d \d$/,
    );
    const target = `${app.dataDir}/per.juryrum-id`;
    await app.answerNextDialog(target);
    await page.getByRole('button', { name: 'Exportera mitt identitetskort' }).click();
    await expect(page.getByText('Sparat: per.juryrum-id')).toBeVisible();
    const { readFileSync } = await import('node:fs');
    const { verifyIdentityCard } = await import('../../src-main/services/crypto/identity-card');
    const card = verifyIdentityCard(new Uint8Array(readFileSync(target)));
    expect(card.name).toBe('Per Granskare');
    const shown = (await fingerprint.getAttribute('data-fingerprint'))?.replace(/\s+/g, '');
    expect(card.fingerprint.replace(/\s+/g, '')).toBe(shown);
    await app.screenshot('identity');
    await app.expectNoA11yViolations();
  });

  test('the idle-lock time chosen in settings is kept after a restart', async ({ dataDir }) => {
    test.skip(test.info().project.name !== 'harness', 'relaunches the harness on the same profile');
    const first = await launch('harness', dataDir);
    try {
      const { page } = first.app;
      await new VaultPage(page).create();
      await page.getByRole('button', { name: 'Inställningar' }).click();
      const idle = page.getByLabel('Lås automatiskt efter');
      await expect(idle).toHaveValue('10');
      await idle.selectOption({ label: '30 minuter utan aktivitet' });
      await expect(page.locator('#idle-lock-status')).toHaveText('Sparat');
      await first.app.screenshot('settings-idle-lock');
      await first.app.expectNoA11yViolations();
    } finally {
      await first.close();
    }
    const saved = JSON.parse(readFileSync(join(dataDir, 'data', 'settings.json'), 'utf8')) as {
      idleLockMinutes?: unknown;
    };
    expect(saved.idleLockMinutes).toBe(30);

    const second = await launch('harness', dataDir);
    try {
      const { page } = second.app;
      await new VaultPage(page).unlock();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Välj omgång och roll' }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Inställningar' }).click();
      await expect(page.getByLabel('Lås automatiskt efter')).toHaveValue('30');
      const status = (await second.app.invokeRaw('vault:status', {})) as { value: unknown };
      expect(status.value).toMatchObject({ state: 'unlocked', idleLockMinutes: 30 });
    } finally {
      await second.close();
    }
  });
  test('changing the passphrase asks twice, shows its strength, and the new one unlocks', async ({
    app,
  }) => {
    const { page } = app;
    const vault = new VaultPage(page);
    await vault.create();
    await page.getByRole('button', { name: 'Inställningar' }).click();
    const form = page.locator('form[aria-labelledby="change-pass-heading"]');
    const next = 'nya ord som juryn aldrig gissar';
    await form.getByLabel('Nuvarande lösenfras').fill(PASSPHRASE);
    await form.getByLabel('Ny lösenfras', { exact: true }).fill('kort');
    await expect(form.locator('.strength-label')).toHaveText('För kort');
    await form.getByRole('button', { name: 'Byt lösenfras' }).click();
    await expect(form.getByText('Lösenfrasen måste ha minst 10 tecken.')).toBeVisible();

    await form.getByLabel('Ny lösenfras', { exact: true }).fill(next);
    await expect(form.locator('.strength-label')).not.toHaveText('För kort');
    await form.getByLabel('Skriv den nya lösenfrasen igen').fill(`${next}!`);
    await form.getByRole('button', { name: 'Byt lösenfras' }).click();
    await expect(form.getByText('Lösenfraserna är inte likadana.')).toBeVisible();
    await app.screenshot('change-passphrase-mismatch');
    await app.expectNoA11yViolations();

    await form.getByLabel('Skriv den nya lösenfrasen igen').fill(next);
    await form.getByRole('button', { name: 'Byt lösenfras' }).click();
    await expect(form.getByText('Lösenfrasen är bytt.')).toBeVisible();
    await expect(form.getByLabel('Skriv den nya lösenfrasen igen')).toHaveValue('');

    await vault.lock();
    await vault.unlock(PASSPHRASE);
    await expect(page.getByText('Fel lösenfras.')).toBeVisible();
    await vault.unlock(next);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Välj omgång och roll' }),
    ).toBeVisible();
  });

  test('a damaged note says so and is left as stored', async ({ app }) => {
    const { page } = app;
    await new VaultPage(page).create();
    await openDemoAs(page, 'Jurymedlem');
    await page.getByRole('textbox', { name: 'Anteckningar' }).fill('Den här ska skadas.');
    await expect(page.locator('.save-indicator')).toHaveText('Sparat');
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    // Change one character of the stored sealed note, as a bad disk might.
    const status = (await app.invokeRaw('vault:status', {})) as { value: { vaultId: string } };
    const damaged = await page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      const rows = await new Promise<{ id: string; type: string; sealed: string }[]>(
        (resolve, reject) => {
          const req = store.getAll();
          req.onsuccess = () =>
            resolve(req.result as { id: string; type: string; sealed: string }[]);
          req.onerror = () => reject(req.error);
        },
      );
      const note = rows.find((r) => r.type === 'note');
      if (!note) throw new Error('no stored note');
      const at = Math.floor(note.sealed.length / 2);
      const sealed = `${note.sealed.slice(0, at)}${note.sealed[at] === 'A' ? 'B' : 'A'}${note.sealed.slice(at + 1)}`;
      store.put({ ...note, sealed });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return sealed;
    }, `juryrum-${status.value.vaultId}`);

    await openDemoAs(page, 'Jurymedlem');
    await expect(
      page.getByText(
        'Anteckningarna kunde inte öppnas – de kan vara skadade. Återställ från en säkerhetskopia.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Anteckningar' })).toBeDisabled();
    await app.screenshot('damaged-note');
    await app.expectNoA11yViolations();
    const stored = await page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const rows = await new Promise<{ type: string; sealed: string }[]>((resolve, reject) => {
        const req = db.transaction('records').objectStore('records').getAll();
        req.onsuccess = () => resolve(req.result as { type: string; sealed: string }[]);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return rows.find((r) => r.type === 'note')?.sealed;
    }, `juryrum-${status.value.vaultId}`);
    expect(stored).toBe(damaged);
  });
});
