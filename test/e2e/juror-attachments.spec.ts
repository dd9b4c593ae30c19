import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, SCREENSHOT_DIR } from './support/fixtures';
import {
  JurorPage,
  attachmentOf,
  canvasHasInk,
  craftPackage,
  demoIdentities,
  watchCsp,
} from './support/juror-page';
import { writeDemo } from '../../src-main/services/demo/write-demo';
import { minimalPdf } from '../fixtures/attachments/pdf';

const PDF = minimalPdf([
  ['Bilaga om digitala ombud i hemtjänsten', 'Sida ett av två.'],
  ['Uppföljning: 412 brukare med läsplatta.', 'Sida två av två.'],
]);
const TXT = new TextEncoder().encode(
  'Protokoll från brukarrådet\n\nRådet vill att tjänsten finns kvar efter 2026.',
);
/** Starts like a PDF, so the package accepts it, but is not one. */
const BROKEN_PDF = new TextEncoder().encode('%PDF-1.7\nDet här är ingen riktig PDF-fil.\n');

test.describe('juror attachments', () => {
  test.skip(({ app }) => !app.harness, 'needs the harness dialog hook to choose files');

  test('opens a PDF and a text file in the app, by keyboard only, under the CSP', async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    const demo = join(app.dataDir, 'demo');
    await writeDemo(demo);
    const ids = await demoIdentities(demo);
    const juror = new JurorPage(app, demo);
    await juror.becomeDemoJuror('juror-2');
    const cspViolations = await watchCsp(page);

    let firstId = '';
    const path = join(app.dataDir, 'bilagor.juryrum');
    writeFileSync(
      path,
      craftPackage(demo, ids, {
        jurorId: 'juror-2',
        edit: (apps) =>
          apps.map((a, i) => {
            if (i !== 0) return a;
            firstId = a.id;
            return {
              ...a,
              attachments: [
                attachmentOf('bilaga-1', 'ombud-i-hemtjansten.pdf', 'pdf', PDF),
                attachmentOf('bilaga-2', 'brukarradet.txt', 'txt', TXT),
                attachmentOf('bilaga-3', 'trasig.pdf', 'pdf', BROKEN_PDF),
              ],
            };
          }),
      }),
    );
    await juror.importFile(path, true);
    await page.getByRole('button', { name: 'Fingeravtrycket stämmer – importera' }).click();
    await expect(juror.progress()).toHaveText('0 av 9 klara');

    // Keyboard only from here.
    await juror.tabUntil((f) => f.app === firstId);
    await page.keyboard.press('Enter');
    await expect(page.locator('#juror-app-h')).toBeFocused();
    const section = page.getByRole('region', { name: 'Bilagor' });
    await expect(section.getByRole('listitem')).toHaveCount(3);
    await expect(section.getByRole('listitem').first()).toContainText(
      /ombud-i-hemtjansten\.pdf\s+PDF, 1 kB/,
    );
    await expect(section.getByRole('listitem').nth(1)).toContainText('Textfil');

    // The PDF: canvas named by its page, and the page's text as text.
    await juror.tabUntil((f) => f.name === 'ombud-i-hemtjansten.pdf');
    await page.keyboard.press('Enter');
    const viewer = page.getByRole('region', { name: 'Bilaga: ombud-i-hemtjansten.pdf' });
    await expect(viewer.getByRole('heading', { name: /^Bilaga:/ })).toBeFocused();
    const canvas = viewer.getByRole('img', { name: 'Sida 1 av 2' });
    await expect(canvas).toBeVisible();
    await expect(viewer.getByText('Bilaga om digitala ombud i hemtjänsten')).toBeVisible();
    await expect.poll(() => canvasHasInk(canvas), { timeout: 15_000 }).toBe(true);
    await app.screenshot('juror-attachment-pdf');
    await viewer.screenshot({
      path: join(SCREENSHOT_DIR, 'harness-juror-attachment-pdf-viewer.png'),
    });
    await app.expectNoA11yViolations();

    // 200 % zoom: half the CSS viewport; the page fits, nothing scrolls sideways.
    await page.setViewportSize({ width: 640, height: 430 });
    await expect
      .poll(async () => (await canvas.boundingBox())?.width ?? 999)
      .toBeLessThanOrEqual(640);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await viewer.screenshot({
      path: join(SCREENSHOT_DIR, 'harness-juror-attachment-pdf-zoom-200.png'),
    });
    await app.expectNoA11yViolations();
    await page.setViewportSize({ width: 1280, height: 860 });

    // Pages and zoom with keys, from the page itself.
    await juror.tabUntil((f) => f.name === 'Sida 1 av 2');
    await page.keyboard.press('PageDown');
    await expect(viewer.getByRole('img', { name: 'Sida 2 av 2' })).toBeVisible();
    await expect(viewer.getByText('Uppföljning: 412 brukare med läsplatta.')).toBeVisible();
    await expect(viewer.getByText('Bilaga om digitala ombud i hemtjänsten')).toHaveCount(0);
    const width = async () => (await viewer.locator('canvas').boundingBox())?.width ?? 0;
    const before = await width();
    await page.keyboard.press('+');
    await expect(viewer.getByText('Zoom 125 %')).toBeVisible();
    await expect.poll(width).toBeGreaterThan(before * 1.2);
    await page.keyboard.press('-');
    await page.keyboard.press('Home');
    await expect(viewer.getByRole('img', { name: 'Sida 1 av 2' })).toBeVisible();

    // "Visa som text": the page image goes, the text stays.
    await juror.tabUntil((f) => f.name === 'Visa som text', { back: true });
    await page.keyboard.press('Enter');
    await expect(viewer.getByRole('button', { name: 'Visa som text' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(viewer.locator('canvas')).toHaveCount(0);
    await expect(viewer.getByText('Bilaga om digitala ombud i hemtjänsten')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(viewer.getByRole('img', { name: 'Sida 1 av 2' })).toBeVisible();

    // Escape closes and gives focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(viewer).toHaveCount(0);
    await expect(section.getByRole('button', { name: 'ombud-i-hemtjansten.pdf' })).toBeFocused();

    // The text file, shown as paragraphs; closed with its button.
    await page.keyboard.press('Tab');
    await expect(section.getByRole('button', { name: 'brukarradet.txt' })).toBeFocused();
    await page.keyboard.press('Enter');
    const txtViewer = page.getByRole('region', { name: 'Bilaga: brukarradet.txt' });
    await expect(txtViewer.locator('.attachment-text p')).toHaveText([
      'Protokoll från brukarrådet',
      'Rådet vill att tjänsten finns kvar efter 2026.',
    ]);
    await app.expectNoA11yViolations();
    await juror.tabUntil((f) => f.name === 'Stäng bilagan');
    await page.keyboard.press('Enter');
    await expect(section.getByRole('button', { name: 'brukarradet.txt' })).toBeFocused();

    // A file that only claims to be a PDF: a clear message, the app carries on.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('region', { name: 'Bilaga: trasig.pdf' })
        .getByRole('alert')
        .filter({ hasText: 'PDF-filen verkar vara skadad' }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#juror-app-h')).toBeVisible();

    expect(await cspViolations()).toEqual([]);
  });
});
