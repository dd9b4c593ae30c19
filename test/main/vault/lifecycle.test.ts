import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_KEY_PROBE } from '../../../src-main/services/vault/vault-core';
import type { LockReason } from '../../../src-main/services/vault';
import {
  createdVault,
  expectVaultError,
  FakeClock,
  OTHER_PASSPHRASE,
  OWNER,
  PASSPHRASE,
  sampleRecords,
  service,
  tempDir,
} from './helpers';

describe('create, lock and unlock', () => {
  it('starts with no vault, creates one unlocked, locks and unlocks again', async () => {
    const dir = await tempDir();
    const vault = service(dir);
    expect(await vault.status()).toEqual({
      state: 'none',
      vaultId: null,
      identity: null,
      retryAfterMs: 0,
      keychain: 'unavailable',
      idleLockMinutes: 10,
    });
    await vault.create({ passphrase: PASSPHRASE, ...OWNER });
    const unlocked = await vault.status();
    expect(unlocked.state).toBe('unlocked');
    expect(unlocked.vaultId).toMatch(/^[0-9a-f]{32}$/);
    expect(unlocked.identity).toEqual({
      name: OWNER.name,
      organisation: OWNER.organisation,
      keyId: vault.identity().keyId,
      encryptionKeyId: vault.identity().encryptionKeyId,
      fingerprint: vault.identity().fingerprint,
    });
    const fingerprint = vault.identity().fingerprint;
    const [sealed] = vault.sealRecords(sampleRecords(1));

    vault.lock();
    const locked = await vault.status();
    expect(locked).toMatchObject({ state: 'locked', vaultId: unlocked.vaultId, identity: null });

    await vault.unlock(PASSPHRASE);
    expect(vault.identity().fingerprint).toBe(fingerprint);
    expect(vault.openRecords(sealed ? [sealed] : [])).toEqual([
      { id: 'app-00', ok: true, content: sampleRecords(1)[0]?.content },
    ]);
  });

  it('writes files only readable by the owner and no plaintext', async () => {
    const { dir } = await createdVault();
    for (const name of ['vault.json', 'identity.sealed']) {
      const info = await stat(join(dir, name));
      if (process.platform !== 'win32') expect(info.mode & 0o077).toBe(0);
      const text = (await readFile(join(dir, name))).toString('latin1');
      expect(text).not.toContain('Andersson');
      expect(text).not.toContain('PRIVATE');
    }
  });

  it('refuses a second vault, short passphrases and unsafe names', async () => {
    const { vault } = await createdVault();
    await expectVaultError(
      () => vault.create({ passphrase: OTHER_PASSPHRASE, ...OWNER }),
      'CONFLICT',
    );
    const fresh = service(await tempDir());
    await expectVaultError(() => fresh.create({ passphrase: 'kort', ...OWNER }), 'BAD_REQUEST');
    // Ten code points, but more UTF-16 units and bytes: accepted.
    await fresh.create({ passphrase: '😀😀😀😀😀ååååå', ...OWNER });
    const unnamed = service(await tempDir());
    await expectVaultError(
      () => unnamed.create({ passphrase: PASSPHRASE, name: '\u202Eevil', organisation: '' }),
      'BAD_REQUEST',
    );
    expect((await unnamed.status()).state).toBe('none');
  });

  it('gives LOCKED for every data call after lock, and zeroes the key', async () => {
    const reasons: LockReason[] = [];
    const { vault } = await createdVault({ onLock: (reason) => reasons.push(reason) });
    const key = vault[DATA_KEY_PROBE]();
    expect(key).not.toBeNull();
    expect(key?.some((b) => b !== 0)).toBe(true);
    const sealed = vault.sealRecords(sampleRecords(2));

    vault.lock('lock-screen');
    expect(reasons).toEqual(['lock-screen']);
    expect(key?.every((b) => b === 0)).toBe(true);
    expect(vault[DATA_KEY_PROBE]()).toBeNull();
    await expectVaultError(() => vault.sealRecords(sampleRecords(1)), 'LOCKED');
    await expectVaultError(() => vault.openRecords(sealed), 'LOCKED');
    await expectVaultError(() => vault.identity(), 'LOCKED');
    await expectVaultError(() => vault.identityCard(), 'LOCKED');
    await expectVaultError(() => vault.exportKeyFile(PASSPHRASE), 'LOCKED');
    await expectVaultError(() => vault.exportBackup(sealed), 'LOCKED');
    await expectVaultError(() => vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE), 'LOCKED');

    vault.lock('suspend'); // already locked: no second callback
    expect(reasons).toEqual(['lock-screen']);
  });
});

describe('slowed retries', () => {
  it('delays after repeated wrong passphrases, persists across restarts, resets on success', async () => {
    const clock = new FakeClock();
    const { dir, vault } = await createdVault({}, clock);
    vault.lock();

    const first = await expectVaultError(() => vault.unlock(OTHER_PASSPHRASE), 'WRONG_PASSPHRASE');
    expect(first.retryAfterMs).toBe(0);
    const second = await expectVaultError(() => vault.unlock(OTHER_PASSPHRASE), 'WRONG_PASSPHRASE');
    expect(second.retryAfterMs).toBe(1000);
    // Even the right passphrase is refused until the delay has passed.
    const limited = await expectVaultError(() => vault.unlock(PASSPHRASE), 'RATE_LIMITED');
    expect(limited.retryAfterMs).toBe(1000);
    clock.advance(400);
    expect((await vault.status()).retryAfterMs).toBe(600);
    clock.advance(600);
    const third = await expectVaultError(() => vault.unlock(OTHER_PASSPHRASE), 'WRONG_PASSPHRASE');
    expect(third.retryAfterMs).toBe(2000);

    // Killing the app does not reset the counter.
    await vault.close();
    const restarted = service(dir, clock);
    expect((await restarted.status()).retryAfterMs).toBe(2000);
    await expectVaultError(() => restarted.unlock(PASSPHRASE), 'RATE_LIMITED');
    clock.advance(2000);
    await restarted.unlock(PASSPHRASE);
    expect((await restarted.status()).state).toBe('unlocked');
    restarted.lock();
    const again = await expectVaultError(
      () => restarted.unlock(OTHER_PASSPHRASE),
      'WRONG_PASSPHRASE',
    );
    expect(again.retryAfterMs).toBe(0);
  });

  it('caps the delay at 30 seconds and survives a clock set back', async () => {
    const clock = new FakeClock();
    const { vault } = await createdVault({}, clock);
    vault.lock();
    let last = 0;
    for (let i = 0; i < 9; i++) {
      last =
        (await expectVaultError(() => vault.unlock(OTHER_PASSPHRASE), 'WRONG_PASSPHRASE'))
          .retryAfterMs ?? -1;
      clock.advance(last);
    }
    expect(last).toBe(30_000);
    await expectVaultError(() => vault.unlock(OTHER_PASSPHRASE), 'WRONG_PASSPHRASE');
    clock.advance(-86_400_000);
    expect((await vault.status()).retryAfterMs).toBe(30_000);
    clock.advance(30_000);
    await vault.unlock(PASSPHRASE);
  });
});

describe('idle lock', () => {
  it('locks after the configured idle time and calls onLock("idle")', async () => {
    const reasons: LockReason[] = [];
    const { vault, clock } = await createdVault({
      idleLockMs: 5 * 60_000,
      onLock: (reason) => reasons.push(reason),
    });
    clock.advance(4 * 60_000);
    vault.touch(); // activity restarts the countdown
    clock.advance(4 * 60_000);
    expect((await vault.status()).state).toBe('unlocked');
    clock.advance(60_000);
    expect((await vault.status()).state).toBe('locked');
    expect(reasons).toEqual(['idle']);
    await expectVaultError(() => vault.sealRecords(sampleRecords(1)), 'LOCKED');
  });

  it('can be changed or switched off, and validates the setting', async () => {
    const { vault, clock } = await createdVault();
    vault.setIdleLockMinutes(1);
    expect((await vault.status()).idleLockMinutes).toBe(1);
    clock.advance(60_000);
    expect((await vault.status()).state).toBe('locked');
    expect(clock.pendingTimers).toBe(0);

    await vault.unlock(PASSPHRASE);
    vault.setIdleLockMinutes(0);
    expect(clock.pendingTimers).toBe(0);
    clock.advance(24 * 3_600_000);
    expect((await vault.status()).state).toBe('unlocked');
    for (const bad of [-1, 241, 1.5, Number.NaN]) {
      await expectVaultError(() => vault.setIdleLockMinutes(bad), 'BAD_REQUEST');
    }
  });
});
