import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'sju glada jurymedlemmar läser noga';

/** Page object for the vault screens (create, unlock, lock). */
export class VaultPage {
  constructor(private readonly page: Page) {}

  async create(
    options: { name?: string; organisation?: string; passphrase?: string } = {},
  ): Promise<void> {
    const p = this.page;
    const passphrase = options.passphrase ?? PASSPHRASE;
    await expect(
      p.getByRole('heading', { level: 1, name: 'Välkommen till Juryrum' }),
    ).toBeVisible();
    await p.getByLabel('Ditt namn').fill(options.name ?? 'Karin Juryberg');
    await p.getByLabel('Organisation').fill(options.organisation ?? 'Föreningen Delaktighet');
    await p.getByLabel('Lösenfras', { exact: true }).fill(passphrase);
    await p.getByLabel('Skriv lösenfrasen igen').fill(passphrase);
    await p.getByLabel('Jag förstår att en glömd lösenfras inte kan återställas.').check();
    await p.getByRole('button', { name: 'Skapa valvet' }).click();
    await expect(p.getByRole('heading', { level: 1, name: 'Välj omgång och roll' })).toBeVisible();
  }

  async unlock(passphrase = PASSPHRASE): Promise<void> {
    const p = this.page;
    await expect(p.getByRole('heading', { level: 1, name: 'Juryrum är låst' })).toBeVisible();
    await p.getByLabel('Lösenfras').fill(passphrase);
    await p.getByRole('button', { name: 'Lås upp' }).click();
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lås', exact: true }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Juryrum är låst' }),
    ).toBeVisible();
  }
}

/** Open the demo round in a role from the start screen. */
export async function openDemoAs(
  page: Page,
  role: 'Arrangör' | 'Jurymedlem' | 'Juryordförande',
): Promise<void> {
  const card = page.getByRole('article', { name: /Sveriges eHälsokommun 2026/ });
  await card.getByRole('button', { name: new RegExp(`^${role}`) }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`– ${role}$`) }),
  ).toBeVisible();
}
