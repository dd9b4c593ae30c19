import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  exportKeyFile,
  createIdentity,
  TEST_KDF,
  defaultKdfParams,
} from '../../../src-main/services/crypto';
import { createdVault, expectVaultError, fileBytes, PASSPHRASE, service } from './helpers';

async function lockedVaultWith(mutate: (bytes: Buffer) => Uint8Array | string) {
  const { dir, vault } = await createdVault();
  await vault.close();
  const original = await fileBytes(dir, 'vault.json');
  const damaged = mutate(Buffer.from(original));
  await writeFile(join(dir, 'vault.json'), damaged);
  return { dir, vault: service(dir), damaged: Buffer.from(damaged) };
}

describe('vault.json', () => {
  it('is a readable, versioned header with the KDF parameters', async () => {
    const { dir } = await createdVault();
    const header = JSON.parse((await fileBytes(dir, 'vault.json')).toString('utf8')) as unknown;
    expect(header).toMatchObject({
      format: 'juryrum.vault',
      version: 1,
      kdf: { alg: 'scrypt', ...TEST_KDF },
      keychain: null,
    });
    expect(Object.keys(header as object)).toEqual([
      'format',
      'version',
      'vaultId',
      'createdAt',
      'kdf',
      'keychain',
      'wrappedKey',
    ]);
  });

  const damages: [string, (bytes: Buffer) => Uint8Array | string][] = [
    ['truncated', (b) => b.subarray(0, b.length >> 1)],
    ['empty', () => new Uint8Array(0)],
    ['not JSON', () => 'hello'],
    ['a foreign JSON file', () => '{"name":"package","version":"1.0.0"}\n'],
    ['re-indented', (b) => JSON.stringify(JSON.parse(b.toString('utf8')))],
    ['with an extra field', (b) => `${b.toString('utf8').replace('{', '{\n  "x": 1,')}`],
    ['with a newer version', (b) => b.toString('utf8').replace('"version": 1', '"version": 2')],
    [
      'with a KDF cost out of range',
      (b) => b.toString('utf8').replace(/"logN": \d+/, '"logN": 30'),
    ],
    [
      'with a short wrapped key',
      (b) => b.toString('utf8').replace(/"wrappedKey": "[^"]{4}/, '"wrappedKey": "'),
    ],
    ['too large', () => ' '.repeat(70_000)],
  ];

  for (const [label, mutate] of damages) {
    it(`is refused as MALFORMED when ${label}, and left untouched`, async () => {
      const { dir, vault, damaged } = await lockedVaultWith(mutate);
      expect((await vault.status()).state).toBe('locked');
      const error = await expectVaultError(() => vault.unlock(PASSPHRASE), 'MALFORMED');
      expect(error.message).toMatch(/vault\.json/);
      await expectVaultError(
        () => vault.create({ passphrase: PASSPHRASE, name: 'A', organisation: '' }),
        'CONFLICT',
      );
      expect((await fileBytes(dir, 'vault.json')).equals(damaged)).toBe(true);
      // No failed attempt was counted for a damaged file.
      expect((await vault.status()).retryAfterMs).toBe(0);
    });
  }

  it('refuses a key file put in place of the header', async () => {
    const keyFile = await exportKeyFile(
      createIdentity('A', ''),
      PASSPHRASE,
      defaultKdfParams(TEST_KDF),
    );
    const { vault } = await lockedVaultWith(() => keyFile);
    await expectVaultError(() => vault.unlock(PASSPHRASE), 'MALFORMED');
  });

  it('gives WRONG_PASSPHRASE when an authenticated field is edited (AAD)', async () => {
    // Changing the vault id keeps the file well-formed but breaks the key wrap.
    const { vault } = await lockedVaultWith((b) =>
      b
        .toString('utf8')
        .replace(/"vaultId": "(.)/, (_m, c: string) => `"vaultId": "${c === '0' ? '1' : '0'}`),
    );
    await expectVaultError(() => vault.unlock(PASSPHRASE), 'WRONG_PASSPHRASE');
  });

  it('never crashes on random bytes', async () => {
    const { dir, vault: owner } = await createdVault();
    await owner.close();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        await writeFile(join(dir, 'vault.json'), bytes);
        const vault = service(dir);
        await expectVaultError(() => vault.unlock(PASSPHRASE), 'MALFORMED');
        await vault.close();
      }),
      { numRuns: 40 },
    );
  });
});
