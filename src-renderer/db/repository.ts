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

export interface Repository<T> {
  /** Seal `value` in main and store it; resolves once it is durable on disk. */
  put(roundId: string, localId: string, value: T): Promise<void>;
  get(roundId: string, localId: string): Promise<T | undefined>;
  listByRound(roundId: string): Promise<{ id: string; value: T }[]>;
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

  async function openAll(
    rows: readonly StoredRecord[],
  ): Promise<{ id: string; value: z.infer<S> }[]> {
    if (rows.length === 0) return [];
    const res = await call('records:open', {
      records: rows.map((r) => ({
        id: r.id,
        type: r.type,
        schemaVersion: r.schemaVersion,
        sealed: r.sealed,
      })),
    });
    if (!res.ok) throw new StorageError(res.error.code, res.error.message);
    return res.value.records.map((r) => {
      if (!r.ok) throw new StorageError(r.code, `Record ${r.id} could not be opened.`);
      const parsed = schema.safeParse(r.content);
      if (!parsed.success)
        throw new StorageError('MALFORMED', `Record ${r.id} has an unexpected shape.`);
      return { id: r.id, value: parsed.data as z.infer<S> };
    });
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
      const [first] = await openAll([row]);
      return first?.value;
    },
    async listByRound(roundId) {
      const rows = await currentDb()
        .records.where('[type+roundId]')
        .equals([type, roundId])
        .toArray();
      return openAll(rows);
    },
    async delete(roundId, localId) {
      const id = recordId(roundId, type, localId);
      await currentDb().records.delete(id);
    },
  };
}
