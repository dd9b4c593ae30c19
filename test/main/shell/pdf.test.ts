import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A recording stand-in for the one BrowserWindow the PDF printer makes. */
const made: FakeWindow[] = [];
let failPrint = false;

class FakeWindow {
  loadedUrl: string | null = null;
  destroyed = false;
  printOptions: unknown = null;
  readonly webContents = {
    printToPDF: (options: unknown) => {
      this.printOptions = options;
      return failPrint
        ? Promise.reject(new Error('print failed'))
        : Promise.resolve(Buffer.from('%PDF-1.7 fake'));
    },
  };
  constructor(readonly options: { show?: boolean; webPreferences?: Record<string, unknown> }) {
    made.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  destroy() {
    this.destroyed = true;
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { electronPdf } = await import('../../../src-main/shell/pdf');

describe('the Electron shell’s PDF printer', () => {
  beforeEach(() => {
    made.length = 0;
    failPrint = false;
  });

  it('prints in a hidden, sandboxed window without JavaScript, tagged, and destroys it', async () => {
    const html = '<!doctype html><html lang="sv"><body><p>Åsa &lt;script&gt;</p></body></html>';
    const pdf = await electronPdf().fromHtml(html);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    expect(made).toHaveLength(1);
    const win = made[0];
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      devTools: false,
    });
    expect(win?.options.webPreferences).not.toHaveProperty('preload');
    const prefix = 'data:text/html;charset=utf-8;base64,';
    expect(win?.loadedUrl?.startsWith(prefix)).toBe(true);
    const loaded = Buffer.from(win?.loadedUrl?.slice(prefix.length) ?? '', 'base64').toString(
      'utf8',
    );
    expect(loaded).toBe(html);
    expect(win?.printOptions).toMatchObject({
      generateTaggedPDF: true,
      printBackground: true,
      preferCSSPageSize: true,
      pageSize: { width: 8.27, height: 11.69 },
    });
    expect(win?.destroyed).toBe(true);
  });

  it('destroys the window when printing fails', async () => {
    failPrint = true;
    await expect(electronPdf().fromHtml('<p>x</p>')).rejects.toThrow('print failed');
    expect(made[0]?.destroyed).toBe(true);
  });
});
