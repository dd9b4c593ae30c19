import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie, type Transaction } from 'dexie';
import {
  createDatabase,
  databaseName,
  DB_VERSION,
  DB_VERSIONS,
  existingVersion,
  type DbVersion,
  type StoredRecord,
} from '../../../src-renderer/db/database';
import {
  closeVaultDb,
  currentDb,
  MigrationBackupError,
  openVaultDb,
  toSealed,
} from '../../../src-renderer/db/vault-db';
import type { SealedRecord } from '../../../src-shared/ipc/vault-contract';

/** What the mocked IPC saw, and how it answers 'backup:auto'. */
const ipc = vi.hoisted(() => ({
  /** Events in the order they happened: 'backup' (IPC) and 'upgrade' (Dexie). */
  log: [] as string[],
  backups: [] as { records: unknown; reason: unknown; versionOnDisk: number }[],
  fail: null as string | null,
  /** Set by the test: reads the on-disk version while main is "writing" the backup. */
  probe: null as (() => Promise<number>) | null,
}));

vi.mock('../../../src-renderer/ipc/client', () => ({
  call: vi.fn(async (channel: string, request: { records?: unknown; reason?: unknown }) => {
    if (channel !== 'backup:auto') throw new Error(`unexpected IPC call ${channel}`);
    ipc.log.push('backup');
    const versionOnDisk = ipc.probe ? await ipc.probe() : -1;
    ipc.backups.push({ records: request.records, reason: request.reason, versionOnDisk });
    if (ipc.fail !== null) {
      return { ok: false, error: { code: ipc.fail, message: 'The disk is full.' } };
    }
    return { ok: true, value: { fileName: 'auto-migration-test.juryrum-backup' } };
  }),
}));

/** The real history plus a version 2 that adds an index and rewrites every record. */
const WITH_V2: readonly DbVersion[] = [
  ...DB_VERSIONS,
  {
    version: DB_VERSION + 1,
    stores: { records: 'id, type, roundId, [type+roundId], updatedAt' },
    upgrade: async (tx: Transaction) => {
      ipc.log.push('upgrade');
      await tx.table<StoredRecord>('records').toCollection().modify({ updatedAt: 42 });
    },
  },
];

let vaultCount = 0;
let vaultId = '';

function storedRecords(): StoredRecord[] {
  return ['a', 'b', 'c', 'd'].map((local, i) => ({
    id: `round-1|score|${local}`,
    type: i % 2 === 0 ? 'score' : 'note',
    roundId: 'round-1',
    schemaVersion: 1,
    updatedAt: 1_000 + i,
    sealed: `c2VhbGVk-${local}-${'x'.repeat(i * 10)}`,
  }));
}

/** A database on disk at the current (v1) schema, holding `storedRecords()`. */
async function seedCurrentVersion(): Promise<StoredRecord[]> {
  const records = storedRecords();
  const db = createDatabase(vaultId);
  await db.open();
  await db.records.bulkPut(records);
  db.close();
  return records;
}

/** The records as they are on disk, read with the v1 schema (which never upgrades). */
async function recordsOnDisk(): Promise<StoredRecord[]> {
  const db = createDatabase(vaultId);
  await db.open();
  try {
    return await db.records.orderBy('id').toArray();
  } finally {
    db.close();
  }
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

beforeEach(() => {
  vaultCount += 1;
  vaultId = `test-vault-${vaultCount}`;
  ipc.log.length = 0;
  ipc.backups.length = 0;
  ipc.fail = null;
  ipc.probe = () => existingVersion(vaultId);
});

afterEach(async () => {
  closeVaultDb();
  await Dexie.delete(databaseName(vaultId));
});

describe('schema history', () => {
  it('declares version 1 as the current schema', async () => {
    expect(DB_VERSIONS.map((v) => v.version)).toEqual([1]);
    expect(DB_VERSION).toBe(1);
    await seedCurrentVersion();
    expect(await existingVersion(vaultId)).toBe(1);
  });
});

describe('automatic backup before a migration', () => {
  it('backs up exactly all old sealed records, before the upgrade runs', async () => {
    const seeded = await seedCurrentVersion();
    const db = await openVaultDb(vaultId, WITH_V2);

    expect(ipc.log).toEqual(['backup', 'upgrade']);
    expect(ipc.backups).toHaveLength(1);
    const [backup] = ipc.backups;
    expect(backup?.reason).toBe('migration');
    // Main was asked while the database was still at version 1.
    expect(backup?.versionOnDisk).toBe(1);
    const sent = [...((backup?.records ?? []) as SealedRecord[])].sort(byId);
    expect(sent).toEqual(seeded.map(toSealed).sort(byId));
    // Only the sealed form goes to main: no index fields.
    expect(sent.every((r) => Object.keys(r).sort().join() === 'id,schemaVersion,sealed,type')).toBe(
      true,
    );

    // And the migration itself happened.
    expect(db.verno).toBe(2);
    expect(currentDb()).toBe(db);
    const migrated = await db.records.orderBy('id').toArray();
    expect(migrated).toEqual(seeded.map((r) => ({ ...r, updatedAt: 42 })).sort(byId));
  });

  it('when the backup fails, the database is not upgraded and the open says why', async () => {
    const seeded = await seedCurrentVersion();
    ipc.fail = 'INTERNAL';

    const error = await openVaultDb(vaultId, WITH_V2).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationBackupError);
    expect(error).toMatchObject({ code: 'INTERNAL', fromVersion: 1, toVersion: 2 });
    expect(String(error)).toMatch(/not upgraded from version 1 to 2.*backup.*INTERNAL/);

    expect(ipc.log).toEqual(['backup']);
    expect(await existingVersion(vaultId)).toBe(1);
    expect(await recordsOnDisk()).toEqual([...seeded].sort(byId));
    expect(() => currentDb()).toThrow(/not open/);

    // Once main can write the backup again, the same open succeeds.
    ipc.fail = null;
    const db = await openVaultDb(vaultId, WITH_V2);
    expect(db.verno).toBe(2);
    expect(ipc.log).toEqual(['backup', 'backup', 'upgrade']);
  });

  it('two opens at once back up once', async () => {
    await seedCurrentVersion();
    const [a, b] = await Promise.all([
      openVaultDb(vaultId, WITH_V2),
      openVaultDb(vaultId, WITH_V2),
    ]);
    expect(a).toBe(b);
    expect(ipc.log).toEqual(['backup', 'upgrade']);
  });
});

describe('no backup without a migration', () => {
  it('opening at the current version does not back up', async () => {
    const seeded = await seedCurrentVersion();
    const db = await openVaultDb(vaultId);
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.records.count()).toBe(seeded.length);
    expect(ipc.log).toEqual([]);
  });

  it('a new vault (no database yet) does not back up', async () => {
    const db = await openVaultDb(vaultId, WITH_V2);
    expect(db.verno).toBe(2);
    expect(ipc.log).toEqual([]);
  });

  it('a database already migrated is not backed up again', async () => {
    await seedCurrentVersion();
    await openVaultDb(vaultId, WITH_V2);
    closeVaultDb();
    ipc.log.length = 0;
    const db = await openVaultDb(vaultId, WITH_V2);
    expect(db.verno).toBe(2);
    expect(ipc.log).toEqual([]);
  });
});
