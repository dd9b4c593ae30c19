import { BrowserWindow } from 'electron';
import type { WebPreferences } from 'electron';
import { PDF_PAGE } from '../services/report/pdf-capability';
import type { PdfRenderer } from '../services/report/pdf-capability';

/**
 * The report's HTML is printed in a hidden window of its own, never in the
 * app's window: sandboxed, isolated, no preload, no Node and JavaScript
 * disabled, so the document (escaped, with a CSP that forbids every load)
 * has nothing to run and nothing to reach. It loads as a data: URL in the
 * default session, whose policy cancels any other request. The window is
 * destroyed whatever happens.
 */
export function pdfWindowPreferences(): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    javascript: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: false,
  };
}

export function electronPdf(): PdfRenderer {
  return {
    async fromHtml(html) {
      const win = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: pdfWindowPreferences(),
      });
      try {
        const data = Buffer.from(html, 'utf8').toString('base64');
        await win.loadURL(`data:text/html;charset=utf-8;base64,${data}`);
        const pdf = await win.webContents.printToPDF({
          pageSize: { width: PDF_PAGE.widthInches, height: PDF_PAGE.heightInches },
          preferCSSPageSize: PDF_PAGE.preferCssPageSize,
          printBackground: PDF_PAGE.printBackground,
          generateTaggedPDF: PDF_PAGE.tagged,
          generateDocumentOutline: PDF_PAGE.outline,
        });
        return new Uint8Array(pdf);
      } finally {
        win.destroy();
      }
    },
  };
}
