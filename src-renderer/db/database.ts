import { Dexie, type EntityTable, type Transaction } from 'dexie';

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

/** One declared schema version of the database. */
export interface DbVersion {
  /** Dexie version number, counting up from 1. */
  readonly version: number;
  /** Dexie store declarations; null removes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites stored data from the previous version, when it must change. */
  readonly upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * The version history. Never edit or remove a declared version; append a
 * new one (with an upgrade when data must change). Opening an older
 * database backs it up first (vault-db.ts).
 */
export const DB_VERSIONS: readonly DbVersion[] = [
  { version: 1, stores: { records: 'id, type, roundId, [type+roundId]' } },
];

/** The newest version in `versions` (the current schema). */
export function latestVersion(versions: readonly DbVersion[] = DB_VERSIONS): number {
  return Math.max(0, ...versions.map((v) => v.version));
}

/** The current schema version. */
export const DB_VERSION = latestVersion();

/**
 * Open the vault's database. Strict durability: a write is acknowledged only
 * once it is on disk, so a crash loses at most the write in flight.
 * `versions` is the real history except in tests of migrations.
 */
export function createDatabase(
  vaultId: string,
  versions: readonly DbVersion[] = DB_VERSIONS,
): JuryrumDatabase {
  const db = new Dexie(databaseName(vaultId), {
    chromeTransactionDurability: 'strict',
  }) as JuryrumDatabase;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores({ ...stores });
    if (upgrade) declared.upgrade(upgrade);
  }
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
