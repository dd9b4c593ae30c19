import { Dexie, type EntityTable, type Transaction } from 'dexie';

/**
 * One stored record. Only `sealed` carries content, encrypted by main; the
 * other fields are in the clear (see ARCHITECTURE.md, "Keys never leave the
 * main process"): ids and index values, never typed text.
 */
export interface StoredRecord {
  /** `<roundId>|<type>|<localId>`, see {@link recordId}. */
  readonly id: string;
  /** Record type, e.g. `round`, `application`, `score`. */
  readonly type: string;
  /** The round id (name slug + random suffix), for listing a round's records. '' when not per round. */
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
 * Record ids are `<roundId>|<type>|<localId>`, in the clear: they carry the
 * round so a restored backup can rebuild the round index. A round id is a
 * slug of the round's name plus a random suffix; local ids are application
 * or phase ids, roles and blob keys. Never put typed text in them.
 */
export function recordId(roundId: string, type: string, localId: string): string {
  return `${roundId}|${type}|${localId}`;
}

export function roundIdOfRecord(id: string): string {
  return id.split('|')[0] ?? '';
}
