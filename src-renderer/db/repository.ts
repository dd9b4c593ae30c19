import type { z } from 'zod';
import { call } from '../ipc/client';
import { currentDb } from './vault-db';
import { recordId, type StoredRecord } from './database';
import type { ErrorCode } from '../../src-shared/ipc/result';

/** A typed error from the storage layer; the UI translates `code`. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A stored record that did not open. Its id is opaque; no content is known. */
export interface DamagedRecord {
  readonly id: string;
  /** TAMPERED: authentication failed (a changed byte); MALFORMED: wrong shape or encoding. */
  readonly code: 'TAMPERED' | 'MALFORMED';
}

/** What a list read found: the records that opened, and those that did not. */
export interface ListResult<T> {
  readonly records: { id: string; value: T }[];
  readonly damaged: readonly DamagedRecord[];
}

type DamageListener = (damaged: readonly DamagedRecord[]) => void;
const damageListeners = new Set<DamageListener>();

/**
 * Be told when a list read skipped damaged records (the store shows a
 * notice). Returns the unsubscribe function.
 */
export function onDamagedRecords(listener: DamageListener): () => void {
  damageListeners.add(listener);
  return () => damageListeners.delete(listener);
}

function reportDamaged(damaged: readonly DamagedRecord[]): void {
  if (damaged.length === 0) return;
  for (const listener of damageListeners) listener(damaged);
}

export interface Repository<T> {
  /** Seal `value` in main and store it; resolves once it is durable on disk. */
  put(roundId: string, localId: string, value: T): Promise<void>;
  /** One record; a damaged one throws StorageError TAMPERED / MALFORMED. */
  get(roundId: string, localId: string): Promise<T | undefined>;
  /**
   * A round's records that open. A damaged record never hides the others: it
   * is skipped, reported to {@link onDamagedRecords} listeners and left as
   * stored (it may still be restored from a backup).
   */
  listByRound(roundId: string): Promise<{ id: string; value: T }[]>;
  /** Like listByRound, but returns the damaged records instead of reporting them. */
  list(roundId: string): Promise<ListResult<T>>;
  /**
   * All of a round's records, or a StorageError if any is damaged. For lists
   * whose gaps would be unsafe to act on: pinned keys, roster versions, the
   * chair's ledger, a juror's export history (a skipped export would reuse
   * its revision number).
   */
  listComplete(roundId: string): Promise<{ id: string; value: T }[]>;
  delete(roundId: string, localId: string): Promise<void>;
}

/**
 * Typed access to one record type. Feature code never sees sealing: values
 * go to main to be sealed before they are stored, and come back opened and
 * validated against `schema` when read.
 */
export function createRepository<S extends z.ZodType>(options: {
  type: string;
  schemaVersion: number;
  schema: S;
}): Repository<z.infer<S>> {
  const { type, schemaVersion, schema } = options;

  /** Open rows in main; errors of the call itself (LOCKED, …) throw. */
  async function openAll(rows: readonly StoredRecord[]): Promise<ListResult<z.infer<S>>> {
    if (rows.length === 0) return { records: [], damaged: [] };
    const res = await call('records:open', {
      records: rows.map((r) => ({
        id: r.id,
        type: r.type,
        schemaVersion: r.schemaVersion,
        sealed: r.sealed,
      })),
    });
    if (!res.ok) throw new StorageError(res.error.code, res.error.message);
    const records: { id: string; value: z.infer<S> }[] = [];
    const damaged: DamagedRecord[] = [];
    for (const r of res.value.records) {
      if (!r.ok) {
        damaged.push({ id: r.id, code: r.code });
        continue;
      }
      const parsed = schema.safeParse(r.content);
      if (parsed.success) records.push({ id: r.id, value: parsed.data as z.infer<S> });
      else damaged.push({ id: r.id, code: 'MALFORMED' });
    }
    return { records, damaged };
  }

  async function list(roundId: string): Promise<ListResult<z.infer<S>>> {
    const rows = await currentDb()
      .records.where('[type+roundId]')
      .equals([type, roundId])
      .toArray();
    return openAll(rows);
  }

  return {
    async put(roundId, localId, value) {
      const id = recordId(roundId, type, localId);
      const checked = schema.parse(value);
      const res = await call('records:seal', {
        records: [{ id, type, schemaVersion, content: checked }],
      });
      if (!res.ok) throw new StorageError(res.error.code, res.error.message);
      const sealed = res.value.records[0];
      if (!sealed) throw new StorageError('INTERNAL', 'Main returned no sealed record.');
      await currentDb().records.put({ ...sealed, roundId, updatedAt: Date.now() });
    },
    async get(roundId, localId) {
      const id = recordId(roundId, type, localId);
      const row = await currentDb().records.get(id);
      if (!row || row.type !== type) return undefined;
      const { records, damaged } = await openAll([row]);
      const [bad] = damaged;
      if (bad) throw new StorageError(bad.code, `Record ${bad.id} could not be opened.`);
      return records[0]?.value;
    },
    async listByRound(roundId) {
      const { records, damaged } = await list(roundId);
      reportDamaged(damaged);
      return records;
    },
    list,
    async listComplete(roundId) {
      const { records, damaged } = await list(roundId);
      reportDamaged(damaged);
      const [bad] = damaged;
      if (bad) throw new StorageError(bad.code, `Record ${bad.id} could not be opened.`);
      return records;
    },
    async delete(roundId, localId) {
      const id = recordId(roundId, type, localId);
      await currentDb().records.delete(id);
    },
  };
}
