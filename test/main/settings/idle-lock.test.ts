import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ask, PASSPHRASE, refusal, settingsBytes, startCore, stopCore, tempDir } from './helpers';

const MINUTE = 60_000;
const OWNER = { name: 'Åsa Andersson', organisation: 'Region Norr', useKeychain: false };

// Only the timers are faked: the vault's idle lock runs on setTimeout, while
// scrypt and file I/O must keep running for real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function state(core: Parameters<typeof ask>[0]): Promise<unknown> {
  return ((await ask(core, 'vault:status', {})) as { state: string }).state;
}

/** A data folder with a created vault whose idle lock the UI set to `minutes`. */
async function folderWithIdleLock(minutes: number): Promise<string> {
  const dir = await tempDir();
  const { core } = startCore(dir);
  await ask(core, 'vault:create', { passphrase: PASSPHRASE, ...OWNER });
  await expect(ask(core, 'vault:setIdleLock', { minutes })).resolves.toMatchObject({
    idleLockMinutes: minutes,
  });
  await stopCore(core);
  return dir;
}

describe('the idle-lock time is kept across restarts', () => {
  it('a new core on the same folder reads the saved minutes and locks after them', async () => {
    const dir = await folderWithIdleLock(25);
    const { core, events } = startCore(dir);
    await expect(ask(core, 'settings:get', {})).resolves.toEqual({
      language: 'sv',
      idleLockMinutes: 25,
    });
    expect(await ask(core, 'vault:status', {})).toMatchObject({
      state: 'locked',
      idleLockMinutes: 25,
    });

    await ask(core, 'vault:unlock', { passphrase: PASSPHRASE });
    // Past the default of 10 minutes: still open, so the default is not in force.
    await vi.advanceTimersByTimeAsync(25 * MINUTE - 1);
    expect(await state(core)).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(1);
    expect(await state(core)).toBe('locked');
    expect(events).toEqual([{ event: 'vault:locked', payload: { reason: 'idle' } }]);
  });

  it('0 (never) is kept too, and set through settings:set as well', async () => {
    const dir = await folderWithIdleLock(5);
    const first = startCore(dir).core;
    await expect(ask(first, 'settings:set', { idleLockMinutes: 0 })).resolves.toEqual({
      language: 'sv',
      idleLockMinutes: 0,
    });
    // Applied at once, not only after a restart.
    expect(await ask(first, 'vault:status', {})).toMatchObject({ idleLockMinutes: 0 });
    await stopCore(first);

    const { core } = startCore(dir);
    await ask(core, 'vault:unlock', { passphrase: PASSPHRASE });
    await vi.advanceTimersByTimeAsync(24 * 60 * MINUTE);
    expect(await state(core)).toBe('unlocked');
    expect(await ask(core, 'vault:status', {})).toMatchObject({ idleLockMinutes: 0 });
  });

  it('a language change keeps the saved idle lock, and the other way round', async () => {
    const dir = await folderWithIdleLock(60);
    const first = startCore(dir).core;
    await ask(first, 'settings:set', { language: 'en' });
    await stopCore(first);
    const { core } = startCore(dir);
    await expect(ask(core, 'settings:get', {})).resolves.toEqual({
      language: 'en',
      idleLockMinutes: 60,
    });
  });

  it('a new profile uses the default of 10 minutes and writes no settings file', async () => {
    const dir = await tempDir();
    const { core } = startCore(dir);
    await ask(core, 'vault:create', { passphrase: PASSPHRASE, ...OWNER });
    expect(await ask(core, 'vault:status', {})).toMatchObject({ idleLockMinutes: 10 });
    expect(await settingsBytes(dir)).toBeNull();
    await vi.advanceTimersByTimeAsync(10 * MINUTE - 1);
    expect(await state(core)).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(1);
    expect(await state(core)).toBe('locked');
  });
});

describe('invalid idle-lock values are refused and change nothing', () => {
  const bad: unknown[] = [-1, 241, 1.5, Number.NaN, '5', null, 1e9];

  it('through vault:setIdleLock and settings:set', async () => {
    const dir = await folderWithIdleLock(30);
    const { core } = startCore(dir);
    await ask(core, 'vault:unlock', { passphrase: PASSPHRASE });
    const before = await settingsBytes(dir);
    expect(before).not.toBeNull();
    for (const minutes of bad) {
      expect(await refusal(core, 'vault:setIdleLock', { minutes })).toBe('BAD_REQUEST');
      expect(await refusal(core, 'settings:set', { idleLockMinutes: minutes })).toBe('BAD_REQUEST');
    }
    expect(await settingsBytes(dir)).toEqual(before);
    expect(await ask(core, 'vault:status', {})).toMatchObject({ idleLockMinutes: 30 });
    await vi.advanceTimersByTimeAsync(30 * MINUTE - 1);
    expect(await state(core)).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(1);
    expect(await state(core)).toBe('locked');
  });

  it('past the IPC schema too: the store itself refuses them before writing', async () => {
    const dir = await folderWithIdleLock(30);
    const { core } = startCore(dir);
    const before = await settingsBytes(dir);
    for (const minutes of bad) {
      // Typed as a number on purpose: this is what a buggy caller in main could pass.
      await expect(core.settings.update({ idleLockMinutes: minutes as number })).rejects.toThrow(
        expect.objectContaining({ code: 'BAD_REQUEST' }),
      );
    }
    expect(await settingsBytes(dir)).toEqual(before);
    await expect(core.settings.get()).resolves.toEqual({ language: 'sv', idleLockMinutes: 30 });
    expect(await ask(core, 'vault:status', {})).toMatchObject({ idleLockMinutes: 30 });
  });
});
