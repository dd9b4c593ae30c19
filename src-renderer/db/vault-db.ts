import { call } from '../ipc/client';
import type { SealedRecord } from '../../src-shared/ipc/vault-contract';
import {
  createDatabase,
  databaseName,
  DB_VERSIONS,
  existingVersion,
  latestVersion,
  requestPersistence,
  roundIdOfRecord,
  type DbVersion,
  type JuryrumDatabase,
  type StoredRecord,
} from './database';
import { Dexie } from 'dexie';

/**
 * The automatic backup before a schema migration failed, so the database
 * was left at its old version, untouched.
 */
export class MigrationBackupError extends Error {
  override name = 'MigrationBackupError';
  constructor(
    /** The error code main reported for 'backup:auto'. */
    readonly code: string,
    readonly fromVersion: number,
    readonly toVersion: number,
  ) {
    super(
      `The database was not upgraded from version ${fromVersion} to ${toVersion}: ` +
        `the backup before the migration failed (${code}). Nothing was changed.`,
    );
  }
}

let current: { vaultId: string; db: JuryrumDatabase } | null = null;
/** An open in progress: a second caller waits for it instead of backing up twice. */
let opening: { vaultId: string; promise: Promise<JuryrumDatabase> } | null = null;

/**
 * Open (once) the database of the unlocked vault. Before a schema migration
 * the raw sealed records are backed up by main ('backup:auto'); if that
 * fails the database is not upgraded and this rejects with
 * {@link MigrationBackupError}. `versions` is the real history except in
 * tests of migrations. `backupPassphrase` is needed for that backup only when
 * the vault is keychain-bound (the backup must open with the passphrase
 * alone); the unlock form passes the passphrase it was just given.
 */
export function openVaultDb(
  vaultId: string,
  versions: readonly DbVersion[] = DB_VERSIONS,
  backupPassphrase?: string,
): Promise<JuryrumDatabase> {
  if (current?.vaultId === vaultId) return Promise.resolve(current.db);
  if (opening?.vaultId === vaultId) return opening.promise;
  closeVaultDb();
  const promise = openFresh(vaultId, versions, backupPassphrase).finally(() => {
    if (opening?.promise === promise) opening = null;
  });
  opening = { vaultId, promise };
  return promise;
}

async function openFresh(
  vaultId: string,
  versions: readonly DbVersion[],
  backupPassphrase: string | undefined,
): Promise<JuryrumDatabase> {
  const onDisk = await existingVersion(vaultId);
  const target = latestVersion(versions);
  // The backup completes before the upgrading open starts: an upgrade
  // without a backup never runs.
  if (onDisk > 0 && onDisk < target) {
    await backupBeforeMigration(vaultId, onDisk, target, backupPassphrase);
  }
  const db = createDatabase(vaultId, versions);
  await db.open();
  void requestPersistence();
  current = { vaultId, db };
  return db;
}

export function currentDb(): JuryrumDatabase {
  if (!current) throw new Error('The vault database is not open.');
  return current.db;
}

export function closeVaultDb(): void {
  current?.db.close();
  current = null;
  opening = null;
}

/** Every record as stored at the old version, sent to main to be written as a backup. */
async function backupBeforeMigration(
  vaultId: string,
  from: number,
  to: number,
  passphrase: string | undefined,
): Promise<void> {
  // Opened without a schema, so that it stays at its version on disk.
  const old = new Dexie(databaseName(vaultId));
  await old.open();
  try {
    const table = old.table<StoredRecord>('records');
    const records = (await table.toArray()).map(toSealed);
    const res = await call('backup:auto', {
      records,
      reason: 'migration',
      ...(passphrase === undefined ? {} : { passphrase }),
    });
    if (!res.ok) throw new MigrationBackupError(res.error.code, from, to);
  } finally {
    old.close();
  }
}

export function toSealed(r: StoredRecord): SealedRecord {
  return { id: r.id, type: r.type, schemaVersion: r.schemaVersion, sealed: r.sealed };
}

/** Every stored record, still sealed (for backups). */
export async function allSealedRecords(): Promise<SealedRecord[]> {
  return (await currentDb().records.toArray()).map(toSealed);
}

/**
 * Replace the whole store with restored records in one transaction: either
 * all of them are there afterwards, or the old data is.
 */
export async function replaceAllRecords(records: readonly SealedRecord[]): Promise<void> {
  const db = currentDb();
  const now = Date.now();
  await db.transaction('rw', db.records, async () => {
    await db.records.clear();
    await db.records.bulkPut(
      records.map((r) => ({ ...r, roundId: roundIdOfRecord(r.id), updatedAt: now })),
    );
  });
}

/** Every stored row exactly as it is (to put back if a restore cannot finish). */
export async function storedRows(): Promise<StoredRecord[]> {
  return currentDb().records.toArray();
}

/** Put back rows read with {@link storedRows}, in one transaction. */
export async function putBackRows(rows: readonly StoredRecord[]): Promise<void> {
  const db = currentDb();
  await db.transaction('rw', db.records, async () => {
    await db.records.clear();
    await db.records.bulkPut([...rows]);
  });
}
