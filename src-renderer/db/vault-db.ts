import { call } from '../ipc/client';
import type { SealedRecord } from '../../src-shared/ipc/vault-contract';
import {
  createDatabase,
  DB_VERSION,
  existingVersion,
  requestPersistence,
  roundIdOfRecord,
  type JuryrumDatabase,
  type StoredRecord,
} from './database';
import { Dexie } from 'dexie';

let current: { vaultId: string; db: JuryrumDatabase } | null = null;

/**
 * Open (once) the database of the unlocked vault. Before a schema migration
 * the raw sealed records are backed up automatically by main.
 */
export async function openVaultDb(vaultId: string): Promise<JuryrumDatabase> {
  if (current?.vaultId === vaultId) return current.db;
  closeVaultDb();
  const onDisk = await existingVersion(vaultId);
  if (onDisk > 0 && onDisk < DB_VERSION) await backupBeforeMigration(vaultId);
  const db = createDatabase(vaultId);
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
}

async function backupBeforeMigration(vaultId: string): Promise<void> {
  const old = new Dexie(`juryrum-${vaultId}`);
  await old.open();
  try {
    const table = old.table<StoredRecord>('records');
    const records = (await table.toArray()).map(toSealed);
    const res = await call('backup:auto', { records, reason: 'migration' });
    if (!res.ok) throw new Error(`Backup before migration failed: ${res.error.code}`);
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
