import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppHandle } from './fixtures';
import { importKeyFile, sha256Hex, toB64url } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import {
  issuePackage,
  openPackage,
  verifyScoreFileForChair,
} from '../../../src-main/services/exchange';
import type { ChairVerdict, PackageApplication } from '../../../src-main/services/exchange';
import { demoJuryList, demoRoster } from '../../../src-main/services/demo/demo-jury';
import { demoConflicts } from '../../../src-main/services/demo/demo-round-files';
import { demoReadingCopies } from '../../../src-main/services/demo/reading-copies';
import { demoRound } from '../../../src-shared/demo/demo-round';
import type { Application } from '../../../src-shared/domain/round';
import type { AttachmentKind, PackageAttachment } from '../../../src-shared/domain/attachment';
import { VaultPage, openDemoAs } from './pages';

/** One person of a demo folder (passphrases.json). */
export type DemoPersonEntry = {
  id: string;
  name: string;
  role: string;
  keyFile: string;
  passphrase: string;
  fingerprint: string;
};

export function demoPeople(dir: string): DemoPersonEntry[] {
  const parsed = JSON.parse(readFileSync(join(dir, 'passphrases.json'), 'utf8')) as {
    people: DemoPersonEntry[];
  };
  return parsed.people;
}

export function demoPerson(dir: string, id: string): DemoPersonEntry {
  const person = demoPeople(dir).find((p) => p.id === id);
  if (!person) throw new Error(`no ${id} in the demo folder`);
  return person;
}

/** Page object for the juror's screens. */
export class JurorPage {
  constructor(
    private readonly app: AppHandle,
    private readonly demoDir: string,
  ) {}

  get page(): Page {
    return this.app.page;
  }

  /** A new vault whose identity is restored from a demo juror's key file. */
  async becomeDemoJuror(jurorId: string): Promise<void> {
    const p = this.page;
    const person = demoPerson(this.demoDir, jurorId);
    await new VaultPage(p).create();
    await p.getByRole('button', { name: 'Min identitet' }).click();
    await p.getByLabel('Lösenfras för nyckelfilen som ska importeras').fill(person.passphrase);
    await this.app.answerNextDialog(join(this.demoDir, person.keyFile));
    await p.getByRole('button', { name: 'Importera nyckelfil' }).click();
    await expect(p.getByText('Identiteten är importerad.')).toBeVisible();
    await expect(p.locator('.fingerprint')).toHaveAttribute('data-fingerprint', person.fingerprint);
    await p.getByRole('button', { name: 'Start' }).click();
    await openDemoAs(p, 'Jurymedlem');
  }

  /** Import a package file through the file dialog (main opens it). */
  async importFile(path: string, first: boolean): Promise<void> {
    await this.app.answerNextDialog(path);
    await this.page
      .getByRole('button', {
        name: first ? 'Importera jurypaket …' : 'Importera ett nytt jurypaket …',
      })
      .click();
  }

  /** The refusal shown after an import. */
  refusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Paketet importerades inte' });
  }

  progress(): Locator {
    return this.page.getByTestId('juror-progress');
  }

  /** The element with keyboard focus, described for assertions. */
  async focused(): Promise<{
    tag: string;
    name: string;
    app: string | null;
    value: string | null;
  }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
        app: el?.getAttribute('data-app') ?? null,
        value: el instanceof HTMLInputElement ? el.value : null,
      };
    });
  }

  /** Press Tab until `test` holds for the focused element (at most `max` times). */
  async tabUntil(
    test: (f: Awaited<ReturnType<JurorPage['focused']>>) => boolean,
    options: { max?: number; back?: boolean } = {},
  ): Promise<void> {
    for (let i = 0; i < (options.max ?? 60); i++) {
      if (test(await this.focused())) return;
      await this.page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(
      `focus never reached the target; now on ${JSON.stringify(await this.focused())}`,
    );
  }

  /**
   * With focus on a criterion, press each key (a digit or E), check that the
   * radio for it has focus, and move on with N. Ends on "Markera som klar".
   */
  async scoreByKeyboard(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      await this.page.keyboard.press(key);
      expect((await this.focused()).value).toBe(key === 'e' ? 'cannot-assess' : key);
      await this.page.keyboard.press('n');
    }
  }

  /** Every stored record (id and sealed bytes) of the open vault, read from IndexedDB. */
  async storedRecords(): Promise<[string, string][]> {
    const status = (await this.app.invokeRaw('vault:status', {})) as { value: { vaultId: string } };
    const name = `juryrum-${status.value.vaultId}`;
    return this.page.evaluate(
      (dbName) =>
        new Promise<[string, string][]>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          open.onerror = () => reject(new Error('cannot open the database'));
          open.onsuccess = () => {
            const db = open.result;
            const all = db.transaction('records').objectStore('records').getAll();
            all.onsuccess = () => {
              const rows = (all.result as { id: string; sealed: string }[]).map(
                (r) => [r.id, r.sealed] as [string, string],
              );
              db.close();
              resolve(rows.sort((a, b) => a[0].localeCompare(b[0])));
            };
          };
        }),
      name,
    );
  }

  /**
   * Rewrite stored records directly in IndexedDB (as an older app version
   * would have left them): each entry replaces the `sealed` content of an
   * existing record; `remove` deletes records by id.
   */
  async rewriteRecords(
    replace: readonly { id: string; sealed: string }[],
    remove: readonly string[] = [],
  ): Promise<void> {
    const status = (await this.app.invokeRaw('vault:status', {})) as { value: { vaultId: string } };
    await this.page.evaluate(
      ({ dbName, rows, gone }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          open.onerror = () => reject(new Error('cannot open the database'));
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('records', 'readwrite');
            const store = tx.objectStore('records');
            for (const row of rows) {
              const get = store.get(row.id);
              get.onsuccess = () => store.put({ ...get.result, sealed: row.sealed });
            }
            for (const id of gone) store.delete(id);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error('the write failed'));
          };
        }),
      { dbName: `juryrum-${status.value.vaultId}`, rows: [...replace], gone: [...remove] },
    );
  }
}

/** A copy of a package file with one character of its ciphertext changed, in the exact outer form. */
export function tamperedCopy(bytes: Uint8Array): Uint8Array {
  const file = JSON.parse(new TextDecoder().decode(bytes)) as { ciphertext: string };
  const i = 200;
  const c = file.ciphertext.charAt(i);
  file.ciphertext = `${file.ciphertext.slice(0, i)}${c === 'A' ? 'B' : 'A'}${file.ciphertext.slice(i + 1)}`;
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}

/** Drop a file on the juror's drop zone, as a mouse user would. */
export async function dropFile(page: Page, bytes: Uint8Array, name: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ data, fileName }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], fileName));
      return dt;
    },
    { data: [...bytes], fileName: name },
  );
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

/** Every demo person's identity, restored from their key file. */
export async function demoIdentities(dir: string): Promise<Map<string, Identity>> {
  const out = new Map<string, Identity>();
  for (const p of demoPeople(dir)) {
    out.set(
      p.id,
      await importKeyFile(new Uint8Array(readFileSync(join(dir, p.keyFile))), p.passphrase),
    );
  }
  return out;
}

/**
 * A jury package for a demo juror, made the way the organiser makes one but
 * with test-chosen details: another organiser key, a newer roster, the
 * named final phase, or application texts that carry markup.
 */
export function craftPackage(
  dir: string,
  ids: ReadonlyMap<string, Identity>,
  options: {
    jurorId: string;
    organiser?: Identity;
    rosterVersion?: number;
    phaseId?: string;
    edit?: (apps: PackageApplication[]) => PackageApplication[];
  },
): Uint8Array {
  const round = demoRound();
  const phase = round.phases.find((p) => p.id === (options.phaseId ?? 'bedomning'));
  const organiser = options.organiser ?? ids.get('organiser-1');
  if (!phase || !organiser) throw new Error('unknown phase or organiser');
  const jurors = demoJuryList(6).map((j) => {
    const identity = ids.get(j.id);
    if (!identity) throw new Error(`no identity for ${j.id}`);
    return { id: j.id, role: j.role, identity };
  });
  const apps: Application[] = JSON.parse(
    readFileSync(join(dir, 'applications.json'), 'utf8'),
  ).applications;
  const conflicts = demoConflicts(
    jurors.map((j) => j.id),
    apps,
  ).roster;
  let roster = demoRoster(round, organiser, jurors, conflicts);
  roster = { ...roster, rosterVersion: options.rosterVersion ?? 1 };
  const copies = demoReadingCopies(round.id, phase, apps);
  return issuePackage({
    round,
    phase,
    roster,
    juror: { jurorId: options.jurorId },
    applications: options.edit ? options.edit(copies) : copies,
    organiser,
    appVersion: 'e2e',
  }).bytes;
}

/** The chair's verdicts on score files, with the chair's demo key file and package. */
export async function verifyAsChair(
  dir: string,
  paths: readonly string[],
): Promise<ChairVerdict[]> {
  const ids = await demoIdentities(dir);
  const chair = ids.get('juror-1');
  if (!chair) throw new Error('no chair in the demo folder');
  const chairPackage = readdirSync(join(dir, 'packages')).find((f) =>
    f.endsWith('annika-solberg.juryrum'),
  );
  if (!chairPackage) throw new Error("no chair's package");
  const pkg = openPackage(new Uint8Array(readFileSync(join(dir, 'packages', chairPackage))), {
    me: chair,
  }).payload;
  return paths.map((p) => verifyScoreFileForChair(new Uint8Array(readFileSync(p)), { chair, pkg }));
}

/** An attachment as it travels in a package, made from its bytes. */
export function attachmentOf(
  id: string,
  name: string,
  kind: AttachmentKind,
  bytes: Uint8Array,
): PackageAttachment {
  return { id, name, kind, size: bytes.length, sha256: sha256Hex(bytes), data: toB64url(bytes) };
}

/** Console messages and `securitypolicyviolation` events that mean the CSP blocked something. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) messages.push(m.text());
  });
  await page.evaluate(() => {
    const w = window as unknown as { __csp?: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp?.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

/** Whether a canvas has been drawn on: some pixel is darker than near-white. */
export async function canvasHasInk(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
    if (!data) return false;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 128 && (data[i + 3] ?? 0) > 0) return true;
    }
    return false;
  });
}
