import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { call } from '../../../src-renderer/ipc/client';
import { databaseName, type StoredRecord } from '../../../src-renderer/db/database';
import {
  closeVaultDb,
  currentDb,
  openVaultDb,
  replaceAllRecords,
} from '../../../src-renderer/db/vault-db';
import { restoreOverExisting } from '../../../src-renderer/db/restore';
import { notesRepository } from '../../../src-renderer/store/notes-repository';
import { bridgeRealCore, type BridgedCore } from '../support/core-bridge';

/*
 * Restore over existing data, with the real vault service behind the real
 * dispatcher: the records are stored first, and only then does main replace
 * identity.sealed, so a failure at either step leaves records and identity
 * together.
 */

const PASSPHRASE = 'tio tecken minst och lite till';
const BACKUP_PASSPHRASE = 'en annan lösenfras för källan';
const OWNER = { name: 'Åsa Andersson', organisation: 'Region Norr', useKeychain: false };

let target: BridgedCore;
let source: BridgedCore;
let vaultId = '';
let backupFile = '';
let sourceFingerprint = '';

async function fingerprint(): Promise<string> {
  const status = await call('vault:status', {});
  if (!status.ok || !status.value.identity) throw new Error('no identity');
  return status.value.identity.fingerprint;
}

/** A backup of another vault, holding one note, made through its own real core. */
async function makeSourceBackup(): Promise<void> {
  source = await bridgeRealCore();
  const made = await call('vault:create', {
    ...OWNER,
    passphrase: BACKUP_PASSPHRASE,
    name: 'Källa',
  });
  if (!made.ok || made.value.vaultId === null) throw new Error('source vault');
  sourceFingerprint = await fingerprint();
  await openVaultDb(made.value.vaultId);
  await notesRepository.put('round-1', 'juror', { text: 'Från säkerhetskopian' });
  const records = (await currentDb().records.toArray()).map(
    ({ id, type, schemaVersion, sealed }) => ({ id, type, schemaVersion, sealed }),
  );
  backupFile = join(source.dataDir, 'källa.juryrum-backup');
  source.dialogs.next.push(backupFile);
  const saved = await call('backup:export', { records });
  if (!saved.ok || !saved.value.saved) throw new Error('backup:export failed');
  closeVaultDb();
  await Dexie.delete(databaseName(made.value.vaultId));
  // The source's bridge is replaced by the target's below.
}

beforeEach(async () => {
  await makeSourceBackup();
  target = await bridgeRealCore();
  const made = await call('vault:create', { ...OWNER, passphrase: PASSPHRASE });
  if (!made.ok || made.value.vaultId === null) throw new Error('target vault');
  vaultId = made.value.vaultId;
  await openVaultDb(vaultId);
  await notesRepository.put('round-1', 'juror', { text: 'Min egen anteckning' });
  await notesRepository.put('round-2', 'chair', { text: 'Ordförandens anteckning' });
});

afterEach(async () => {
  closeVaultDb();
  await Dexie.delete(databaseName(vaultId));
  await target.close();
  await source.close();
});

const identityFile = (): Promise<Buffer> => readFile(join(target.dataDir, 'identity.sealed'));
const rows = (): Promise<StoredRecord[]> => currentDb().records.orderBy('id').toArray();

describe('restore over existing data', () => {
  it('replaces the records, then the identity', async () => {
    const identityBefore = await identityFile();
    target.dialogs.next.push(backupFile);
    const outcome = await restoreOverExisting(BACKUP_PASSPHRASE);

    expect(outcome).toMatchObject({ kind: 'restored' });
    expect(outcome.kind === 'restored' && outcome.status.identity?.fingerprint).toBe(
      sourceFingerprint,
    );
    expect((await identityFile()).equals(identityBefore)).toBe(false);
    expect(await notesRepository.get('round-1', 'juror')).toEqual({
      text: 'Från säkerhetskopian',
    });
    expect(await notesRepository.get('round-2', 'chair')).toBeUndefined();
  });

  it('when the records cannot be stored, nothing changes and main forgets the restore', async () => {
    const identityBefore = await identityFile();
    const fingerprintBefore = await fingerprint();
    const before = await rows();
    target.dialogs.next.push(backupFile);

    const outcome = await restoreOverExisting(BACKUP_PASSPHRASE, () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    );

    expect(outcome).toEqual({ kind: 'notStored' });
    expect(await rows()).toEqual(before);
    expect((await identityFile()).equals(identityBefore)).toBe(true);
    expect(await fingerprint()).toBe(fingerprintBefore);
    // Nothing is left waiting in main that a later call could commit.
    expect(await call('backup:finishRestore', { commit: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await identityFile()).equals(identityBefore)).toBe(true);
  });

  it('when main cannot replace the identity, the old records are put back exactly', async () => {
    const identityBefore = await identityFile();
    const before = await rows();
    target.dialogs.next.push(backupFile);

    // The records are stored, then the vault locks (idle, suspend) before
    // main is asked to replace the identity.
    const outcome = await restoreOverExisting(BACKUP_PASSPHRASE, async (records) => {
      await replaceAllRecords(records);
      target.core.vault.lock();
    });

    expect(outcome).toEqual({ kind: 'notCommitted', code: 'LOCKED' });
    expect(await rows()).toEqual(before);
    expect((await identityFile()).equals(identityBefore)).toBe(true);
    // After unlocking, the vault is the old one, and nothing is waiting.
    expect(await call('vault:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(await notesRepository.get('round-2', 'chair')).toEqual({
      text: 'Ordförandens anteckning',
    });
    expect(await call('backup:finishRestore', { commit: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('a wrong backup passphrase is refused before anything is touched', async () => {
    const identityBefore = await identityFile();
    const before = await rows();
    target.dialogs.next.push(backupFile);
    expect(await restoreOverExisting(PASSPHRASE)).toEqual({
      kind: 'refused',
      code: 'WRONG_PASSPHRASE',
    });
    expect(await rows()).toEqual(before);
    expect((await identityFile()).equals(identityBefore)).toBe(true);
  });
});
