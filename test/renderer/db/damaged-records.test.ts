import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { call } from '../../../src-renderer/ipc/client';
import { databaseName, recordId, type StoredRecord } from '../../../src-renderer/db/database';
import { closeVaultDb, currentDb, openVaultDb } from '../../../src-renderer/db/vault-db';
import {
  onDamagedRecords,
  StorageError,
  type DamagedRecord,
} from '../../../src-renderer/db/repository';
import { notesRepository } from '../../../src-renderer/store/notes-repository';
import { upsertRoundIndex } from '../../../src-renderer/store/round-index';
import { initialStoreState, useStore } from '../../../src-renderer/store/app-store';
import type { RoundSummary } from '../../../src-shared/ipc/contract';
import { bridgeRealCore, type BridgedCore } from '../support/core-bridge';

/*
 * Damaged sealed records, with real sealing: the repository talks to the
 * real vault service through the real dispatcher (see core-bridge.ts), and
 * the test changes one byte of what Dexie stores.
 */

const PASSPHRASE = 'tio tecken minst och lite till';
let bridged: BridgedCore;
let vaultId = '';

beforeEach(async () => {
  useStore.setState(initialStoreState, true);
  bridged = await bridgeRealCore();
  const res = await call('vault:create', {
    passphrase: PASSPHRASE,
    name: 'Åsa Andersson',
    organisation: 'Region Norr',
    useKeychain: false,
  });
  if (!res.ok || res.value.vaultId === null) throw new Error('vault:create failed');
  vaultId = res.value.vaultId;
  await openVaultDb(vaultId);
});

afterEach(async () => {
  closeVaultDb();
  await Dexie.delete(databaseName(vaultId));
  await bridged.close();
});

/** Change one base64url character in the middle of a stored record's sealed text. */
async function flipStoredByte(id: string): Promise<void> {
  const db = currentDb();
  const row = await db.records.get(id);
  if (!row) throw new Error(`no stored record ${id}`);
  const at = Math.floor(row.sealed.length / 2);
  const swapped = row.sealed[at] === 'A' ? 'B' : 'A';
  const sealed = `${row.sealed.slice(0, at)}${swapped}${row.sealed.slice(at + 1)}`;
  await db.records.put({ ...row, sealed });
}

async function everyRow(): Promise<StoredRecord[]> {
  return currentDb().records.orderBy('id').toArray();
}

describe('a damaged sealed record', () => {
  it('is skipped and reported; the others still list; nothing stored changes', async () => {
    await notesRepository.put('round-1', 'a', { text: 'Första anteckningen' });
    await notesRepository.put('round-1', 'b', { text: 'Andra anteckningen' });
    await notesRepository.put('round-1', 'c', { text: 'Tredje anteckningen' });
    // Stored sealed: the plaintext is nowhere in the rows.
    expect(JSON.stringify(await everyRow())).not.toContain('anteckningen');

    const damagedId = recordId('round-1', 'note', 'b');
    await flipStoredByte(damagedId);
    const before = await everyRow();

    const reported: DamagedRecord[][] = [];
    const stop = onDamagedRecords((damaged) => reported.push([...damaged]));
    try {
      const listed = await notesRepository.listByRound('round-1');
      expect(listed.map((r) => r.value.text)).toEqual([
        'Första anteckningen',
        'Tredje anteckningen',
      ]);
      expect(reported).toEqual([[{ id: damagedId, code: 'TAMPERED' }]]);

      const { records, damaged } = await notesRepository.list('round-1');
      expect(records).toHaveLength(2);
      expect(damaged).toEqual([{ id: damagedId, code: 'TAMPERED' }]);

      // Reading it alone is a clear error, not a silent undefined.
      const error = await notesRepository.get('round-1', 'b').then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({ code: 'TAMPERED' });
      expect(await notesRepository.get('round-1', 'c')).toEqual({ text: 'Tredje anteckningen' });
    } finally {
      stop();
    }
    expect(await everyRow()).toEqual(before);
  });

  it('fails a complete read (pins, ledgers, export history) instead of acting on a gap', async () => {
    await notesRepository.put('round-1', 'a', { text: 'Första anteckningen' });
    await notesRepository.put('round-1', 'b', { text: 'Andra anteckningen' });
    expect((await notesRepository.listComplete('round-1')).map((r) => r.value.text)).toEqual([
      'Första anteckningen',
      'Andra anteckningen',
    ]);
    await flipStoredByte(recordId('round-1', 'note', 'a'));
    const before = await everyRow();
    const error = await notesRepository.listComplete('round-1').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'TAMPERED' });
    expect(await everyRow()).toEqual(before);
  });

  it('in the round index: the other rounds still show and the store counts it in one notice', async () => {
    const builtIn = await call('rounds:list', {});
    if (!builtIn.ok) throw new Error('rounds:list failed');
    const template = builtIn.value[0];
    if (!template) throw new Error('no built-in round');
    const round = (id: string, name: string): RoundSummary => ({
      ...template,
      id,
      name,
      isDemo: false,
    });
    await upsertRoundIndex(round('egen-1', 'Egen omgång 1'), 'organiser');
    await upsertRoundIndex(round('egen-2', 'Egen omgång 2'), 'organiser');
    await flipStoredByte(recordId('', 'round-index', 'egen-1'));
    const before = await everyRow();

    const status = await call('vault:status', {});
    if (!status.ok) throw new Error('vault:status failed');
    await useStore.getState().setVaultStatus(status.value);
    await useStore.getState().loadRounds();
    // Twice: the same damaged record is counted once.
    await useStore.getState().loadRounds();

    const state = useStore.getState();
    expect(state.rounds?.map((r) => r.id)).toEqual([...builtIn.value.map((r) => r.id), 'egen-2']);
    expect(state.damagedRecordIds).toEqual([recordId('', 'round-index', 'egen-1')]);
    expect(state.error).toBeNull();
    expect(await everyRow()).toEqual(before);

    state.clearDamaged();
    expect(useStore.getState().damagedRecordIds).toEqual([]);
  });

  it('a failing read of the round index is shown, not hidden as "no rounds"', async () => {
    const status = await call('vault:status', {});
    if (!status.ok) throw new Error('vault:status failed');
    await useStore.getState().setVaultStatus(status.value);
    await upsertRoundIndex(
      {
        id: 'egen-1',
        award: 'Pris',
        name: 'Egen omgång',
        year: 2025,
        isDemo: false,
        applicationCount: 0,
        jurorCount: 0,
        criteriaCount: 0,
        chairName: null,
        phases: [],
      },
      'organiser',
    );
    // Main locks (e.g. suspend) before the renderer has heard of it.
    bridged.core.vault.lock();
    await useStore.getState().loadRounds();
    expect(useStore.getState().error).toMatchObject({ code: 'LOCKED' });
  });
});
