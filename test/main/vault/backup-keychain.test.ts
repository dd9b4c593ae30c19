import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/services/core';
import type { Dialogs, FileFilter } from '../../../src-main/services/dialogs';
import { TEST_KDF } from '../../../src-main/services/crypto/kdf';
import type { SealedRecord } from '../../../src-main/services/vault';
import { ORIGIN, OWN } from '../settings/helpers';
import {
  FakeKeychain,
  OTHER_PASSPHRASE,
  OWNER,
  PASSPHRASE,
  sampleRecords,
  tempDir,
} from './helpers';

/**
 * Backups of a keychain-bound vault, through the real dispatcher: the
 * renderer sends the passphrase with 'backup:export' / 'backup:auto', and
 * the file opens with that passphrase alone on a computer without the
 * keychain.
 */

const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

/** Dialogs that answer with the next queued path and remember the filters shown. */
function queuedDialogs(): Dialogs & { next: string[]; filters: FileFilter[][] } {
  const next: string[] = [];
  const filters: FileFilter[][] = [];
  return {
    next,
    filters,
    showOpen: (o) => {
      filters.push([...o.filters]);
      const path = next.shift();
      return Promise.resolve(path === undefined ? null : [path]);
    },
    showSave: (o) => {
      filters.push([...o.filters]);
      return Promise.resolve(next.shift() ?? null);
    },
  };
}

function core(dataDir: string, keychain: FakeKeychain | null, dialogs: Dialogs): Core {
  const made = createCore({
    dataDir,
    shell: 'harness',
    appOrigin: ORIGIN,
    dialogs,
    emit: () => undefined,
    kdfCost: TEST_KDF,
    keychain,
  });
  cores.push(made);
  return made;
}

async function reply(c: Core, channel: string, request: unknown) {
  return c.dispatch(channel, request, OWN);
}

async function value<T>(c: Core, channel: string, request: unknown): Promise<T> {
  const res = await reply(c, channel, request);
  if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
  return res.value as T;
}

const plain = sampleRecords(4);
const opened = plain.map((r) => ({ id: r.id, ok: true, content: r.content }));

async function keychainCore() {
  const dir = await tempDir();
  const dialogs = queuedDialogs();
  const c = core(dir, new FakeKeychain(0x5a), dialogs);
  const status = await value<{ keychain: string }>(c, 'vault:create', {
    passphrase: PASSPHRASE,
    ...OWNER,
    useKeychain: true,
  });
  expect(status.keychain).toBe('on');
  const { records } = await value<{ records: SealedRecord[] }>(c, 'records:seal', {
    records: plain,
  });
  return { dir, dialogs, c, records };
}

/** Restore `file` into a new, empty profile on "another computer" without a keychain. */
async function restoreElsewhere(file: string, passphrase: string) {
  const dialogs = queuedDialogs();
  const c = core(await tempDir(), null, dialogs);
  dialogs.next.push(file);
  return { c, res: await reply(c, 'backup:restore', { passphrase, mode: 'empty' }) };
}

describe('backups of a keychain-bound vault (dispatcher)', () => {
  it("'backup:export' with the passphrase writes a backup that restores with the passphrase alone", async () => {
    const { dir, dialogs, c, records } = await keychainCore();
    const file = join(dir, 'valv.juryrum-backup');
    dialogs.next.push(file);
    expect(await value(c, 'backup:export', { records, passphrase: PASSPHRASE })).toEqual({
      saved: true,
      fileName: 'valv.juryrum-backup',
    });
    // The filter is named in the language of the settings (Swedish by default).
    expect(dialogs.filters.at(-1)).toEqual([
      { name: 'Juryrum-säkerhetskopia', extensions: ['juryrum-backup'] },
    ]);

    const { c: elsewhere, res } = await restoreElsewhere(file, PASSPHRASE);
    expect(res.ok).toBe(true);
    const restored = res.ok ? (res.value as { records: SealedRecord[] }).records : [];
    expect(restored).toEqual(records);
    expect(
      await value<{ records: unknown[] }>(elsewhere, 'records:open', { records: restored }),
    ).toEqual({ records: opened });
    expect(await value(elsewhere, 'vault:status', {})).toMatchObject({
      state: 'unlocked',
      keychain: 'unavailable',
    });
  });

  it('refuses without the passphrase or with a wrong one, clearly, and writes nothing', async () => {
    const { dir, dialogs, c, records } = await keychainCore();
    const file = join(dir, 'valv.juryrum-backup');

    dialogs.next.push(file);
    const missing = await reply(c, 'backup:export', { records });
    expect(missing).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(missing.ok ? '' : missing.error.message).toMatch(/needs its passphrase/);

    dialogs.next.push(file);
    const wrong = await reply(c, 'backup:export', { records, passphrase: OTHER_PASSPHRASE });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });

    const auto = await reply(c, 'backup:auto', {
      records,
      reason: 'migration',
      passphrase: OTHER_PASSPHRASE,
    });
    expect(auto).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect((await readdir(dir)).filter((n) => n.includes('backup'))).toEqual([]);
    // The vault is still unlocked and usable.
    expect(await value(c, 'vault:status', {})).toMatchObject({ state: 'unlocked' });
  });

  it("'backup:auto' with the passphrase writes a backup that restores elsewhere", async () => {
    const { dir, c, records } = await keychainCore();
    const { fileName } = await value<{ fileName: string }>(c, 'backup:auto', {
      records,
      reason: 'migration',
      passphrase: PASSPHRASE,
    });
    const file = join(dir, 'backups', fileName);
    expect((await readFile(file)).byteLength).toBeGreaterThan(0);

    // A wrong passphrase on the other computer is refused and leaves it empty.
    const refused = await restoreElsewhere(file, OTHER_PASSPHRASE);
    expect(refused.res).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await value(refused.c, 'vault:status', {})).toMatchObject({ state: 'none' });

    const { c: elsewhere, res } = await restoreElsewhere(file, PASSPHRASE);
    const restored = res.ok ? (res.value as { records: SealedRecord[] }).records : [];
    expect(
      await value<{ records: unknown[] }>(elsewhere, 'records:open', { records: restored }),
    ).toEqual({ records: opened });
  });

  it('a vault without keychain needs no passphrase for its backups', async () => {
    const dir = await tempDir();
    const dialogs = queuedDialogs();
    const c = core(dir, new FakeKeychain(0x5a), dialogs);
    await value(c, 'vault:create', { passphrase: PASSPHRASE, ...OWNER, useKeychain: false });
    const { records } = await value<{ records: SealedRecord[] }>(c, 'records:seal', {
      records: plain,
    });
    const file = join(dir, 'plain.juryrum-backup');
    dialogs.next.push(file);
    expect(await value(c, 'backup:export', { records })).toMatchObject({ saved: true });
    const { res } = await restoreElsewhere(file, PASSPHRASE);
    expect(res.ok).toBe(true);
  });
});
