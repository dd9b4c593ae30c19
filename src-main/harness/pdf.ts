import type { chromium as ChromiumType } from 'playwright-core';
import { PDF_PAGE } from '../services/report/pdf-capability';
import type { PdfRenderer } from '../services/report/pdf-capability';
import { chromiumArgs } from './chromium';

/**
 * The harness's PDF printer: Playwright's `page.pdf()` in a browser of its
 * own (headless, so it works under the visible preview too), on a page with
 * JavaScript disabled and every network request aborted. The app's context
 * and its bridge are never involved.
 */
export function harnessPdf(chromium: typeof ChromiumType, executablePath: string): PdfRenderer {
  return {
    async fromHtml(html) {
      const browser = await chromium.launch({
        executablePath,
        headless: true,
        args: chromiumArgs(),
      });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        await context.route('**/*', (route) => route.abort('blockedbyclient'));
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          width: `${PDF_PAGE.widthInches}in`,
          height: `${PDF_PAGE.heightInches}in`,
          preferCSSPageSize: PDF_PAGE.preferCssPageSize,
          printBackground: PDF_PAGE.printBackground,
          tagged: PDF_PAGE.tagged,
          outline: PDF_PAGE.outline,
        });
        return new Uint8Array(pdf);
      } finally {
        await browser.close();
      }
    },
  };
}
