import { test, expect } from './support/fixtures';
import { VaultPage } from './support/pages';

test.describe('first screens', () => {
  test('the first start asks for a vault, in Swedish, with no a11y violations', async ({ app }) => {
    const { page } = app;
    await expect(
      page.getByRole('heading', { level: 1, name: 'Välkommen till Juryrum' }),
    ).toBeVisible();
    await expect(page.getByText('En glömd lösenfras går inte att återställa')).toBeVisible();
    await page.getByLabel('Lösenfras', { exact: true }).fill('kort');
    await expect(page.getByText('För kort')).toBeVisible();
    await page.getByLabel('Lösenfras', { exact: true }).fill('sju glada jurymedlemmar läser noga');
    await expect(page.getByText(/Bra|Mycket stark/)).toBeVisible();
    await app.screenshot('create-vault');
    await app.expectNoA11yViolations();
  });

  test('shows the demo round and the role chooser in Swedish, with no a11y violations', async ({
    app,
  }) => {
    const { page } = app;
    await new VaultPage(page).create();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Välj omgång och roll' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    const card = page.getByRole('article', { name: /Sveriges eHälsokommun 2026/ });
    await expect(card).toBeVisible();
    await expect(card).toContainText('9 ansökningar');
    await expect(card).toContainText('6 jurymedlemmar');
    await expect(card).toContainText('8 kriterier');
    await expect(card.getByRole('button', { name: /Arrangör/ })).toBeVisible();
    await expect(card.getByRole('button', { name: /Jurymedlem/ })).toBeVisible();
    await expect(card.getByRole('button', { name: /Juryordförande/ })).toBeVisible();
    await app.screenshot('first-screen');
    await app.expectNoA11yViolations();
  });

  test('is usable from the keyboard with visible focus', async ({ app }) => {
    const { page } = app;
    await new VaultPage(page).create();
    // A fresh window (the vault stays unlocked in main): focus starts at the top.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The skip link is the first stop and becomes visible on focus.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    // Tab to the juror role and choose it with Enter.
    const juror = page.getByRole('button', { name: /^Jurymedlem/ });
    for (let i = 0; i < 12 && !(await juror.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(juror).toBeFocused();
    const outline = await juror.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: /– Jurymedlem$/ });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
  });

  test('settings switch the language to English and back, and it persists', async ({ app }) => {
    const { page } = app;
    await new VaultPage(page).create();
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
    await app.expectNoA11yViolations();
    await app.screenshot('settings');
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    // A reload is a fresh window: the vault is still unlocked in main.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choose round and role' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  });

  test('about shows the app version', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Om Juryrum' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Om Juryrum' })).toBeVisible();
    await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
    await app.expectNoA11yViolations();
    await app.screenshot('about');
  });
});
