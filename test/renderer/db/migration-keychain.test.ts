import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { call } from '../../../src-renderer/ipc/client';
import {
  databaseName,
  DB_VERSION,
  DB_VERSIONS,
  existingVersion,
  type DbVersion,
} from '../../../src-renderer/db/database';
import {
  allSealedRecords,
  closeVaultDb,
  MigrationBackupError,
  openVaultDb,
} from '../../../src-renderer/db/vault-db';
import { notesRepository } from '../../../src-renderer/store/notes-repository';
import { readBackup } from '../../../src-main/services/vault';
import { FakeKeychain } from '../../main/vault/helpers';
import { bridgeRealCore, type BridgedCore } from '../support/core-bridge';

/*
 * The backup before a database migration, for a vault bound to the OS
 * keychain: main needs the passphrase to write a backup that opens with the
 * passphrase alone, so the unlock passes it on. Real vault service, real
 * dispatcher, a fake but "real" keychain backend.
 */

const PASSPHRASE = 'tio tecken minst och lite till';
const WITH_V2: readonly DbVersion[] = [
  ...DB_VERSIONS,
  { version: DB_VERSION + 1, stores: { records: 'id, type, roundId, [type+roundId], updatedAt' } },
];

let bridged: BridgedCore | null = null;
let vaultId = '';

afterEach(async () => {
  closeVaultDb();
  await Dexie.delete(databaseName(vaultId));
  await bridged?.close();
  bridged = null;
});

describe('migration backup of a keychain-bound vault', () => {
  it('is written with the passphrase from the unlock, and refused clearly without it', async () => {
    bridged = await bridgeRealCore({ keychain: new FakeKeychain() });
    const made = await call('vault:create', {
      passphrase: PASSPHRASE,
      name: 'Åsa Andersson',
      organisation: 'Region Norr',
      useKeychain: true,
    });
    if (!made.ok || made.value.vaultId === null) throw new Error('vault:create failed');
    expect(made.value.keychain).toBe('on');
    vaultId = made.value.vaultId;
    await openVaultDb(vaultId);
    await notesRepository.put('round-1', 'juror', { text: 'Före migreringen' });
    const sealed = await allSealedRecords();
    closeVaultDb();

    const refused = await openVaultDb(vaultId, WITH_V2).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(MigrationBackupError);
    expect(refused).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await existingVersion(vaultId)).toBe(DB_VERSION);
    const backups = join(bridged.dataDir, 'backups');
    expect(await readdir(backups).catch(() => [])).toEqual([]);

    const db = await openVaultDb(vaultId, WITH_V2, PASSPHRASE);
    expect(db.verno).toBe(DB_VERSION + 1);
    const [file, ...more] = await readdir(backups);
    expect(more).toEqual([]);
    const contents = await readBackup(await readFile(join(backups, file ?? '')), PASSPHRASE);
    expect(contents.records).toEqual(sealed);
    expect(contents.vaultHeader.keychain).toBeNull();
    expect(await notesRepository.get('round-1', 'juror')).toEqual({ text: 'Före migreringen' });
  });
});
