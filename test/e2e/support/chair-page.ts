import { expect, type Locator, type Page } from '@playwright/test';
import type { AppHandle } from './fixtures';
import { openDemoAs, VaultPage } from './pages';

type View =
  'Poängfiler' | 'Sammanställning' | 'Kontroller' | 'Ansökan' | 'Överläggning' | 'Resultat';

/** Page object for the chair's workspace (Swedish UI). */
export class ChairPage {
  constructor(private readonly app: AppHandle) {}

  private get page(): Page {
    return this.app.page;
  }

  /** Restore an identity from a key file on the identity screen (main opens the dialog). */
  async importKeyFile(path: string, passphrase: string): Promise<void> {
    const p = this.page;
    await p.getByRole('button', { name: 'Min identitet' }).click();
    await expect(p.getByRole('heading', { level: 1, name: 'Min identitet' })).toBeVisible();
    await p.getByLabel('Lösenfras för nyckelfilen som ska importeras').fill(passphrase);
    await this.app.answerNextDialog(path);
    await p.getByRole('button', { name: 'Importera nyckelfil' }).click();
    await expect(p.getByText('Identiteten är importerad.')).toBeVisible();
    await p.getByRole('button', { name: 'Start', exact: true }).click();
  }

  /** From a fresh app: vault, the chair's identity from a key file, the demo round as chair, the package. */
  async start(files: { keyPath: string; passphrase: string; packagePath: string }): Promise<void> {
    await new VaultPage(this.page).create();
    await this.importKeyFile(files.keyPath, files.passphrase);
    await openDemoAs(this.page, 'Juryordförande');
    await this.importPackage(files.packagePath);
  }

  async importPackage(path: string): Promise<void> {
    await this.app.answerNextDialog(path);
    await this.page.getByRole('button', { name: 'Importera mitt ordförandepaket …' }).click();
    await expect(this.page.getByText('Paketet är importerat.')).toBeVisible();
  }

  async pickScoreFiles(paths: readonly string[]): Promise<void> {
    await this.app.answerNextDialog(paths);
    await this.page.getByRole('button', { name: 'Välj filer …' }).click();
    await expect(this.report()).toBeVisible();
  }

  /** Drop files on the drop zone, as a drag from the file manager would. */
  async dropFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      return dt;
    }, payload);
    await this.page.getByTestId('chair-drop').dispatchEvent('drop', { dataTransfer });
  }

  report(): Locator {
    return this.page.getByTestId('import-report');
  }

  /** The report row of one file: its verdict cell and reason cell. */
  reportRow(fileName: string): Locator {
    return this.report()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: fileName, exact: true }) });
  }

  async view(name: View): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: 'Ordförandens arbete' });
    await nav.getByRole('button', { name, exact: true }).click();
  }

  table(): Locator {
    return this.page.getByTestId('consolidated-table');
  }

  /** The consolidated table's row for an application label. */
  tableRow(label: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });
  }
}
