import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { currentDb } from '../../src-renderer/db/vault-db';
import { recordId } from '../../src-renderer/db/database';
import { StorageError } from '../../src-renderer/db/repository';
import {
  appendLedger,
  BLOB_CHUNK,
  blobRepository,
  ledgerLocalId,
  ledgerRepository,
  loadBlobs,
  putBlob,
} from '../../src-renderer/store/chair-repository';
import type { LedgerRecord } from '../../src-renderer/store/chair-repository';
import { startChairCore, type ChairCore } from './support/chair-core';

/*
 * The chair's append-only storage with the real sealing: every record goes
 * through the real dispatcher to main's vault and is stored by the real
 * Dexie database (on fake-indexeddb).
 */

let chair: ChairCore;
let round = 0;
let roundId = '';

beforeAll(async () => {
  chair = await startChairCore();
});
afterAll(async () => {
  await chair.close();
});
beforeEach(() => {
  round += 1;
  roundId = `round-${round}`;
});

const digest = (c: string): string => c.repeat(64);

function entry(seq: number, d: string, fileName = `poang-${seq}.juryrum`): LedgerRecord {
  return {
    phaseId: 'bedomning',
    seq,
    digest: d,
    fileName,
    jurorId: `juror-${seq}`,
    revision: 1,
    previousDigest: null,
    final: true,
    importedAt: '2026-04-29T08:00:00.000Z',
  };
}

/** The stored rows of one record type in this round, as Dexie holds them. */
async function rows(type: string): Promise<{ id: string; sealed: string; updatedAt: number }[]> {
  const all = await currentDb().records.where('[type+roundId]').equals([type, roundId]).toArray();
  return all
    .map((r) => ({ id: r.id, sealed: r.sealed, updatedAt: r.updatedAt }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('appendLedger', () => {
  it('stores entries sealed, in arrival order', async () => {
    await appendLedger(roundId, [entry(1, digest('a')), entry(2, digest('b'))]);
    const stored = await ledgerRepository.listByRound(roundId);
    expect(stored.map((r) => [r.id, r.value.digest])).toEqual([
      [recordId(roundId, 'chair-ledger', ledgerLocalId('bedomning', 1)), digest('a')],
      [recordId(roundId, 'chair-ledger', ledgerLocalId('bedomning', 2)), digest('b')],
    ]);
    // Sealed by main: the file name is not readable in the database.
    const raw = await rows('chair-ledger');
    expect(raw).toHaveLength(2);
    for (const r of raw) expect(r.sealed).not.toContain('poang-');
  });

  it('accepts the same entry again without rewriting anything', async () => {
    await appendLedger(roundId, [entry(1, digest('a'))]);
    const before = await rows('chair-ledger');
    await appendLedger(roundId, [entry(1, digest('a'))]);
    await appendLedger(roundId, [entry(1, digest('a')), entry(1, digest('a'))]);
    expect(await rows('chair-ledger')).toEqual(before);
  });

  it('refuses a different file at a taken position, and then writes nothing of the batch', async () => {
    await appendLedger(roundId, [entry(1, digest('a'))]);
    const before = await rows('chair-ledger');
    const refused = appendLedger(roundId, [entry(2, digest('c')), entry(1, digest('b'))]);
    await expect(refused).rejects.toBeInstanceOf(StorageError);
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT' });
    // Not even the new entry at position 2 was written: the ledger is as it was.
    expect(await rows('chair-ledger')).toEqual(before);
    expect((await ledgerRepository.get(roundId, ledgerLocalId('bedomning', 1)))?.digest).toBe(
      digest('a'),
    );
    // Two different files for one free position in the same batch are refused too.
    await expect(
      appendLedger(roundId, [entry(3, digest('d')), entry(3, digest('e'))]),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await rows('chair-ledger')).toEqual(before);
  });
});

describe('putBlob and loadBlobs', () => {
  /** Base64-looking text of a given length, different in every chunk. */
  const text = (length: number): string =>
    Array.from(
      { length },
      (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'[(i * 7 + (i >> 13)) % 32],
    ).join('');

  it('splits a large file into sealed chunks and joins them back exactly', async () => {
    const big = text(2 * BLOB_CHUNK + 5);
    const small = text(100);
    await putBlob(roundId, digest('1'), big);
    await putBlob(roundId, digest('2'), small);
    const chunks = (await blobRepository.listByRound(roundId)).map((r) => r.value);
    const ofBig = chunks.filter((c) => c.digest === digest('1'));
    expect(ofBig.map((c) => [c.index, c.count, c.data.length])).toEqual([
      [0, 3, BLOB_CHUNK],
      [1, 3, BLOB_CHUNK],
      [2, 3, 5],
    ]);
    expect(chunks.filter((c) => c.digest === digest('2')).map((c) => c.count)).toEqual([1]);
    const blobs = await loadBlobs(roundId);
    expect(blobs.get(digest('1')) === big).toBe(true);
    expect(blobs.get(digest('2'))).toBe(small);
    expect([...blobs.keys()].sort()).toEqual([digest('1'), digest('2')]);
  });

  it('stores a digest once: the same digest again leaves the stored chunks as they are', async () => {
    await putBlob(roundId, digest('3'), text(10));
    const before = await rows('chair-blob');
    await putBlob(roundId, digest('3'), text(20));
    expect(await rows('chair-blob')).toEqual(before);
    expect((await loadBlobs(roundId)).get(digest('3'))).toBe(text(10));
  });

  it('leaves out a blob with a missing chunk instead of returning part of it', async () => {
    await putBlob(roundId, digest('4'), text(BLOB_CHUNK + 1));
    await putBlob(roundId, digest('5'), text(7));
    await blobRepository.delete(roundId, `${digest('4')}.1`);
    const blobs = await loadBlobs(roundId);
    expect(blobs.has(digest('4'))).toBe(false);
    expect(blobs.get(digest('5'))).toBe(text(7));
  });
});
