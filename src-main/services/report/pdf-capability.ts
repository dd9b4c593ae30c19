/**
 * Turning an HTML document into a PDF needs a browser engine, which only a
 * shell has: the Electron shell prints with `webContents.printToPDF` in a
 * hidden, sandboxed window with JavaScript disabled; the harness prints with
 * Playwright's `page.pdf()` on a page with JavaScript disabled. The core gets
 * it injected, like the file dialogs. The CLI has none.
 */
export interface PdfRenderer {
  /** Print a self-contained HTML document (no scripts, no external loads) to PDF bytes. */
  fromHtml(html: string): Promise<Uint8Array>;
}

/** Page settings every PDF renderer uses, so both shells print the same layout. */
export const PDF_PAGE = {
  /** A4 in inches, as Electron's pageSize object and Playwright's width/height take it. */
  widthInches: 8.27,
  heightInches: 11.69,
  /** The document sets its own margins with @page. */
  preferCssPageSize: true,
  printBackground: true,
  /** Tagged PDF (structure for screen readers) and an outline from the headings. */
  tagged: true,
  outline: true,
} as const;
