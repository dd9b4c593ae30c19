import { Dexie, type EntityTable } from 'dexie';

/**
 * One stored record. Only `sealed` carries content, encrypted by main;
 * every other field is an opaque id or a non-sensitive index value.
 */
export interface StoredRecord {
  /** Opaque id, e.g. `score:<roundId>:<applicationId>`. */
  readonly id: string;
  /** Record type, e.g. `round`, `application`, `score`. */
  readonly type: string;
  /** Opaque round id, for listing a round's records. '' when not per round. */
  readonly roundId: string;
  readonly schemaVersion: number;
  readonly updatedAt: number;
  /** base64url of nonce | ciphertext | tag, sealed by main. */
  readonly sealed: string;
}

export type JuryrumDatabase = Dexie & { records: EntityTable<StoredRecord, 'id'> };

/** The current schema version; every earlier declaration stays below. */
export const DB_VERSION = 1;

/**
 * Open the vault's database. Strict durability: a write is acknowledged only
 * once it is on disk, so a crash loses at most the write in flight.
 */
export function createDatabase(vaultId: string): JuryrumDatabase {
  const db = new Dexie(databaseName(vaultId), {
    chromeTransactionDurability: 'strict',
  }) as JuryrumDatabase;
  // Version history. Never edit or remove a declared version; add a new one
  // (with an upgrade function when data must change) and bump DB_VERSION.
  db.version(1).stores({ records: 'id, type, roundId, [type+roundId]' });
  return db;
}

export function databaseName(vaultId: string): string {
  return `juryrum-${vaultId}`;
}

/**
 * The version of an existing database on disk, or 0 if there is none,
 * without upgrading it (used to back up before a migration).
 */
export async function existingVersion(vaultId: string): Promise<number> {
  const names = await Dexie.getDatabaseNames();
  if (!names.includes(databaseName(vaultId))) return 0;
  const probe = new Dexie(databaseName(vaultId));
  try {
    await probe.open();
    return probe.verno;
  } finally {
    probe.close();
  }
}

/** Ask the browser not to evict our data under storage pressure. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/**
 * Record ids are `<roundId>|<type>|<localId>`: opaque, and they carry the
 * round so a restored backup can rebuild the round index.
 */
export function recordId(roundId: string, type: string, localId: string): string {
  return `${roundId}|${type}|${localId}`;
}

export function roundIdOfRecord(id: string): string {
  return id.split('|')[0] ?? '';
}
