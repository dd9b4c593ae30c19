import { spawn, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectVaultError, OWNER, PASSPHRASE, service, tempDir } from './helpers';

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  return child.pid ?? 0x3fffffff;
}

describe('single writer', () => {
  it('refuses a second service on the same folder until the first closes', async () => {
    const dir = await tempDir();
    const first = service(dir);
    await first.create({ passphrase: PASSPHRASE, ...OWNER });
    expect((await readFile(join(dir, 'vault.lock'), 'utf8')).trim()).toBe(String(process.pid));

    const second = service(dir);
    const error = await expectVaultError(() => second.status(), 'CONFLICT');
    expect(error.message).toMatch(/another Juryrum window/);
    await expectVaultError(() => second.unlock(PASSPHRASE), 'CONFLICT');
    await expectVaultError(
      () => second.restoreIntoEmpty(new Uint8Array(0), PASSPHRASE),
      'CONFLICT',
    );

    await first.close();
    await second.unlock(PASSPHRASE);
    expect((await second.status()).state).toBe('unlocked');
  });

  it('refuses a lock held by another live process', async () => {
    const dir = await tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], {
      stdio: 'ignore',
    });
    try {
      await writeFile(join(dir, 'vault.lock'), `${other.pid}\n`);
      await expectVaultError(() => service(dir).status(), 'CONFLICT');
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a dead process or a half-written lock file', async () => {
    for (const content of [`${deadPid()}\n`, '', 'garbage']) {
      const dir = await tempDir();
      await writeFile(join(dir, 'vault.lock'), content);
      const vault = service(dir);
      expect((await vault.status()).state).toBe('none');
      expect((await readFile(join(dir, 'vault.lock'), 'utf8')).trim()).toBe(String(process.pid));
      await vault.close();
      await expect(readFile(join(dir, 'vault.lock'))).rejects.toThrow();
    }
  });
});
