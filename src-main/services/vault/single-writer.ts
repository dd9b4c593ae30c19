import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { VaultError } from './errors';
import { isNotFound } from './fs-util';

export const LOCK_FILE = 'vault.lock';

/** Whether a process with this id exists (EPERM: it exists but is not ours). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e instanceof Error && 'code' in e && e.code === 'EPERM';
  }
}

async function holderPid(path: string): Promise<number | null> {
  try {
    const text = (await readFile(path, 'utf8')).trim();
    return /^\d{1,10}$/.test(text) ? Number(text) : null;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/**
 * One writer per vault: `vault.lock` holds the owner's process id. The file
 * is created with 'wx' (exclusive), not through atomicWriteFile, because the
 * point is to fail when it already exists. A lock left by a dead process
 * (crash, kill) is taken over; a half-written one has no valid pid and counts
 * as stale. A recycled pid can make a stale lock look alive; the user then
 * sees CONFLICT and can remove the file by hand.
 */
export class WriterLock {
  private held = false;
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, LOCK_FILE);
  }

  get isHeld(): boolean {
    return this.held;
  }

  async acquire(): Promise<void> {
    if (this.held) return;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const handle = await open(this.path, 'wx', 0o600);
        try {
          await handle.writeFile(`${process.pid}\n`);
          await handle.sync();
        } finally {
          await handle.close();
        }
        this.held = true;
        return;
      } catch (e) {
        if (!(e instanceof Error && 'code' in e && e.code === 'EEXIST')) throw e;
      }
      const pid = await holderPid(this.path);
      if (pid !== null && isAlive(pid)) {
        throw new VaultError('CONFLICT', 'The vault is open in another Juryrum window.');
      }
      // Stale: remove it and try again. Two processes taking over the same
      // stale lock at the same instant could both win; the Electron shell's
      // single-instance lock already rules that out for one user.
      await unlink(this.path).catch((e: unknown) => {
        if (!isNotFound(e)) throw e;
      });
    }
    throw new VaultError('CONFLICT', 'The vault is open in another Juryrum window.');
  }

  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    if ((await holderPid(this.path)) === process.pid) {
      await unlink(this.path).catch((e: unknown) => {
        if (!isNotFound(e)) throw e;
      });
    }
  }
}
