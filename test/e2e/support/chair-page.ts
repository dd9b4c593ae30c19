import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { runCli } from '../../../src-main/cli/run';
import type { MergeJson } from '../../../src-main/services/chair/merge-report';
import { defaultKdfParams, exportKeyFile, TEST_KDF } from '../../../src-main/services/crypto';
import type { Jury } from '../../main/chair/jury';
import type { AppHandle } from './fixtures';
import { openDemoAs, VaultPage } from './pages';

/** Write files into a folder of the test's own; returns each file's path. */
export function writer(dir: string): (name: string, bytes: Uint8Array) => string {
  return (name, bytes) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
}

/** `npm run cli -- merge --json …` as the chair, in-process, on the same files. */
export async function cliMerge(
  demo: { chairPackage: string; chairKey: string; chairPassphraseFile: string },
  files: readonly string[],
): Promise<MergeJson> {
  const out: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
  const code = await runCli(
    [
      'merge',
      '--package',
      demo.chairPackage,
      '--identity',
      demo.chairKey,
      '--passphrase-file',
      demo.chairPassphraseFile,
      '--json',
      ...files,
    ],
    io,
  );
  expect(code).toBe(0);
  return JSON.parse(out.join('')) as MergeJson;
}

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

  /** From a fresh app: the chair of a test jury, its key file and package written to `dir`. */
  async startAs(jury: Jury, dir: string): Promise<void> {
    const write = writer(dir);
    const passphrase = 'ordförandens nyckelfil i e2e';
    const key = await exportKeyFile(jury.chair, passphrase, defaultKdfParams(TEST_KDF));
    await this.start({
      keyPath: write('nycklar.juryrum-keys', key),
      passphrase,
      packagePath: write('paket.juryrum', jury.packageFile('juror-1').bytes),
    });
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

  /** The rendered rows of the consolidated table: application id and the rank column's text. */
  async tableRanking(): Promise<[string, string][]> {
    const rows = this.table().locator('tbody tr[data-application]');
    const out: [string, string][] = [];
    for (const row of await rows.all()) {
      const id = (await row.getAttribute('data-application')) ?? '';
      out.push([id, (await row.locator('td').first().textContent()) ?? '']);
    }
    return out;
  }

  /** The consolidated table's row for an application label. */
  tableRow(label: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });
  }
}
