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
});
