import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, launch } from './support/fixtures';
import { VaultPage, openDemoAs, PASSPHRASE } from './support/pages';

const NOTE = 'Säkerhetskopian ska bära den här anteckningen: åäö ÅÄÖ 12345.';

test.describe('backup and restore', () => {
  test('backup → wipe profile → restore into an empty profile → identical data', async ({
    app,
  }) => {
    test.skip(!app.harness, 'needs the harness dialog hook and a second profile');
    const { page } = app;
    await new VaultPage(page).create();
    await openDemoAs(page, 'Jurymedlem');
    await page.getByRole('textbox', { name: 'Anteckningar' }).fill(NOTE);
    await expect(page.locator('.save-indicator')).toHaveText('Sparat');

    await page.getByRole('button', { name: 'Min identitet' }).click();
    const fingerprint = await page.locator('.fingerprint').getAttribute('data-fingerprint');
    await page.getByRole('button', { name: 'Inställningar' }).click();
    const backupPath = join(app.dataDir, 'valv.juryrum-backup');
    await app.answerNextDialog(backupPath);
    await page.getByRole('button', { name: 'Spara säkerhetskopia' }).click();
    await expect(page.getByText('Säkerhetskopian är sparad: valv.juryrum-backup')).toBeVisible();
    await app.screenshot('backup-settings');
    await app.expectNoA11yViolations();

    // A wiped profile: a new, empty data folder on "another laptop".
    const emptyDir = mkdtempSync(join(tmpdir(), 'juryrum-restore-'));
    const second = await launch('harness', emptyDir);
    try {
      const p2 = second.app.page;
      await expect(
        p2.getByRole('heading', { level: 1, name: 'Välkommen till Juryrum' }),
      ).toBeVisible();
      await p2.getByLabel('Säkerhetskopians lösenfras').fill(PASSPHRASE);
      await second.app.answerNextDialog(backupPath);
      await p2.getByRole('button', { name: 'Välj fil och återställ' }).click();
      await expect(
        p2.getByRole('heading', { level: 1, name: 'Välj omgång och roll' }),
      ).toBeVisible();
      await openDemoAs(p2, 'Jurymedlem');
      await expect(p2.getByRole('textbox', { name: 'Anteckningar' })).toHaveValue(NOTE);
      await p2.getByRole('button', { name: 'Min identitet' }).click();
      await expect(p2.locator('.fingerprint')).toHaveAttribute(
        'data-fingerprint',
        fingerprint ?? '',
      );
    } finally {
      await second.close();
      rmSync(emptyDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  });

  test('a damaged backup is refused and the existing data stays', async ({ app }) => {
    test.skip(!app.harness, 'needs the harness dialog hook');
    const { page } = app;
    await new VaultPage(page).create();
    await openDemoAs(page, 'Jurymedlem');
    await page.getByRole('textbox', { name: 'Anteckningar' }).fill(NOTE);
    await expect(page.locator('.save-indicator')).toHaveText('Sparat');
    await page.getByRole('button', { name: 'Inställningar' }).click();
    const backupPath = join(app.dataDir, 'valv.juryrum-backup');
    await app.answerNextDialog(backupPath);
    await page.getByRole('button', { name: 'Spara säkerhetskopia' }).click();
    await expect(page.getByText(/Säkerhetskopian är sparad/)).toBeVisible();

    // Flip one byte in the middle of the file.
    const bytes = readFileSync(backupPath);
    const i = Math.floor(bytes.length / 2);
    bytes[i] = bytes[i] === 0x41 ? 0x42 : 0x41;
    const damaged = join(app.dataDir, 'skadad.juryrum-backup');
    writeFileSync(damaged, bytes);
    const vaultBefore = readFileSync(join(app.dataDir, 'data', 'vault.json'));

    await page.getByRole('button', { name: 'Återställ från säkerhetskopia' }).click();
    await expect(page.getByText('Allt som finns i valvet nu ersätts')).toBeVisible();
    await page.getByLabel('Säkerhetskopians lösenfras').fill(PASSPHRASE);
    await app.answerNextDialog(damaged);
    await page.getByRole('button', { name: 'Välj fil och återställ' }).click();
    await expect(page.getByText(/Filen är skadad|Filen har ändrats/)).toBeVisible();
    expect(readFileSync(join(app.dataDir, 'data', 'vault.json')).equals(vaultBefore)).toBe(true);
    await page.getByRole('button', { name: 'Start' }).click();
    await openDemoAs(page, 'Jurymedlem');
    await expect(page.getByRole('textbox', { name: 'Anteckningar' })).toHaveValue(NOTE);
  });
  test('restoring over existing data asks first and brings the backup back', async ({ app }) => {
    test.skip(!app.harness, 'needs the harness dialog hook');
    const { page } = app;
    await new VaultPage(page).create();
    await openDemoAs(page, 'Jurymedlem');
    const notes = page.getByRole('textbox', { name: 'Anteckningar' });
    await notes.fill(NOTE);
    await expect(page.locator('.save-indicator')).toHaveText('Sparat');
    await page.getByRole('button', { name: 'Inställningar' }).click();
    const backupPath = join(app.dataDir, 'valv.juryrum-backup');
    await app.answerNextDialog(backupPath);
    await page.getByRole('button', { name: 'Spara säkerhetskopia' }).click();
    await expect(page.getByText(/Säkerhetskopian är sparad/)).toBeVisible();

    // A later edit, then the restore takes the vault back to the backup.
    await page.getByRole('button', { name: 'Start' }).click();
    await openDemoAs(page, 'Jurymedlem');
    await notes.fill('Ändrat efter säkerhetskopian.');
    await expect(page.locator('.save-indicator')).toHaveText('Sparat');
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByRole('button', { name: 'Återställ från säkerhetskopia' }).click();
    await page.getByLabel('Säkerhetskopians lösenfras').fill(PASSPHRASE);
    await app.answerNextDialog(backupPath);
    await page.getByRole('button', { name: 'Välj fil och återställ' }).click();
    await expect(page.getByText('Säkerhetskopian är återställd.')).toBeVisible();
    await app.screenshot('backup-restored-over');
    await page.getByRole('button', { name: 'Start' }).click();
    await openDemoAs(page, 'Jurymedlem');
    await expect(notes).toHaveValue(NOTE);
  });
});
