import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Handlers } from './dispatcher';
import type { Dialogs } from '../dialogs';
import type { VaultService } from '../vault/vault-service';
import { VaultError } from '../vault/errors';
import { atomicWriteFile } from '../files/atomic-write';
import type { SettingsStore } from '../settings/settings-store';
import { saveSettings } from '../settings/apply-settings';
import { AppError } from '../../../src-shared/ipc/result';
import { translate, type MessageKey } from '../../../src-shared/i18n/translate';
import type { FileFilter } from '../dialogs';

type VaultHandlers = Pick<
  Handlers,
  | 'vault:status'
  | 'vault:create'
  | 'vault:unlock'
  | 'vault:lock'
  | 'vault:changePassphrase'
  | 'vault:touch'
  | 'vault:setIdleLock'
  | 'records:seal'
  | 'records:open'
  | 'backup:export'
  | 'backup:auto'
  | 'backup:restore'
  | 'backup:finishRestore'
  | 'identity:exportCard'
  | 'identity:exportKeys'
  | 'identity:importKeys'
>;

/** Files the user picks are read only up to this size. */
const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
const MAX_KEYFILE_BYTES = 64 * 1024;

/** Map vault errors to the IPC error envelope; other errors stay unexpected. */
async function guard<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VaultError) throw new AppError(error.code, error.message);
    throw error;
  }
}

async function readPicked(path: string, max: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw new AppError('MALFORMED', 'Not a file.');
  if (info.size > max) throw new AppError('MALFORMED', 'The file is too large.');
  return readFile(path);
}

const stamp = (now: Date): string => now.toISOString().slice(0, 10);
const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'juryrum';

const FILTERS = {
  backup: { name: 'files.filter.backup', extensions: ['juryrum-backup'] },
  card: { name: 'files.filter.identityCard', extensions: ['juryrum-id'] },
  keys: { name: 'files.filter.keyFile', extensions: ['juryrum-keys'] },
} as const satisfies Record<string, { name: MessageKey; extensions: readonly string[] }>;

/**
 * IPC handlers for the vault, sealed records, backups and identity files.
 * Paths are always chosen in main through `dialogs`; the renderer never
 * names a file. The idle-lock time is saved in `settings` so it survives a
 * restart.
 */
export function vaultHandlers(
  vault: VaultService,
  dialogs: Dialogs,
  dataDir: string,
  settings: SettingsStore,
): VaultHandlers {
  /** A file-dialog filter named in the language chosen in settings. */
  async function filter(kind: keyof typeof FILTERS): Promise<FileFilter[]> {
    const { language } = await settings.get();
    const { name, extensions } = FILTERS[kind];
    return [{ name: translate(language, name), extensions }];
  }

  return {
    'vault:status': () => vault.status(),
    'vault:create': (req) =>
      guard(async () => {
        await vault.create(req);
        return vault.status();
      }),
    'vault:unlock': (req) =>
      guard(async () => {
        await vault.unlock(req.passphrase);
        return vault.status();
      }),
    'vault:lock': () => {
      vault.lock('manual');
      return vault.status();
    },
    'vault:changePassphrase': (req) =>
      guard(async () => {
        await vault.changePassphrase(req.current, req.next);
        return vault.status();
      }),
    'vault:touch': () => {
      vault.touch();
      return {};
    },
    'vault:setIdleLock': (req) =>
      guard(async () => {
        await saveSettings(settings, vault, { idleLockMinutes: req.minutes });
        return vault.status();
      }),
    'records:seal': (req) => guard(() => ({ records: vault.sealRecords(req.records) })),
    'records:open': (req) => guard(() => ({ records: vault.openRecords(req.records) })),
    'backup:export': (req) =>
      guard(async () => {
        const path = await dialogs.showSave({
          title: 'Juryrum',
          defaultName: `juryrum-sakerhetskopia-${stamp(new Date())}.juryrum-backup`,
          filters: await filter('backup'),
        });
        if (!path) return { saved: false, fileName: null };
        await vault.writeBackup(path, req.records, { passphrase: req.passphrase });
        return { saved: true, fileName: basename(path) };
      }),
    'backup:auto': (req) =>
      guard(async () => {
        const name = `auto-${req.reason}-${new Date().toISOString().replace(/[:.]/g, '-')}.juryrum-backup`;
        await vault.writeBackup(join(dataDir, 'backups', name), req.records, {
          passphrase: req.passphrase,
        });
        return { fileName: name };
      }),
    'backup:restore': (req) =>
      guard(async () => {
        const paths = await dialogs.showOpen({
          title: 'Juryrum',
          filters: await filter('backup'),
        });
        const path = paths?.[0];
        if (!path) return { restored: false, records: [], status: await vault.status() };
        const bytes = await readPicked(path, MAX_BACKUP_BYTES);
        const records =
          req.mode === 'empty'
            ? await vault.restoreIntoEmpty(bytes, req.passphrase)
            : await vault.restoreOverExisting(bytes, req.passphrase);
        return { restored: true, records, status: await vault.status() };
      }),
    'backup:finishRestore': (req) =>
      guard(async () => {
        if (req.commit) await vault.commitRestore();
        else vault.discardRestore();
        return vault.status();
      }),
    'identity:exportCard': () =>
      guard(async () => {
        const card = vault.identityCard();
        const who = (await vault.status()).identity?.name ?? 'juryrum';
        const path = await dialogs.showSave({
          title: 'Juryrum',
          defaultName: `identitetskort-${slug(who)}.juryrum-id`,
          filters: await filter('card'),
        });
        if (!path) return { saved: false, fileName: null };
        await atomicWriteFile(path, card);
        return { saved: true, fileName: basename(path) };
      }),
    'identity:exportKeys': (req) =>
      guard(async () => {
        const bytes = await vault.exportKeyFile(req.passphrase);
        const who = (await vault.status()).identity?.name ?? 'juryrum';
        const path = await dialogs.showSave({
          title: 'Juryrum',
          defaultName: `nycklar-${slug(who)}.juryrum-keys`,
          filters: await filter('keys'),
        });
        if (!path) return { saved: false, fileName: null };
        await atomicWriteFile(path, bytes);
        return { saved: true, fileName: basename(path) };
      }),
    'identity:importKeys': (req) =>
      guard(async () => {
        const paths = await dialogs.showOpen({
          title: 'Juryrum',
          filters: await filter('keys'),
        });
        const path = paths?.[0];
        if (!path) return { imported: false, status: await vault.status() };
        await vault.importKeyFile(await readPicked(path, MAX_KEYFILE_BYTES), req.passphrase);
        return { imported: true, status: await vault.status() };
      }),
  };
}
