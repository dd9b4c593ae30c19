import { join } from 'node:path';
import { z } from 'zod';
import { atomicWriteFile } from '../files/atomic-write';
import { readFileCapped } from './fs-util';

export const ATTEMPTS_FILE = 'vault.attempts.json';
const ATTEMPTS_FORMAT = 'juryrum.vault-attempts';
/** Longest wait between two passphrase attempts. */
export const MAX_RETRY_DELAY_MS = 30_000;

const AttemptsSchema = z.strictObject({
  format: z.literal(ATTEMPTS_FORMAT),
  version: z.literal(1),
  failures: z.int().min(0).max(1_000_000),
  lastFailureAt: z.number().min(0),
});

type Attempts = { failures: number; lastFailureAt: number };

/**
 * Wait required after `failures` wrong passphrases in a row: none after the
 * first (a typo), then 1 s, 2 s, 4 s … up to 30 s.
 */
export function retryDelayMs(failures: number): number {
  if (failures <= 1) return 0;
  return Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** Math.min(failures - 2, 16));
}

/**
 * Counts failed passphrase attempts in a small, non-secret file so that
 * restarting the app does not reset the delay. This slows down guessing at
 * the keyboard; an attacker holding a copy of the disk guesses offline and is
 * only held back by scrypt's cost.
 */
export class AttemptCounter {
  private readonly path: string;
  private state: Attempts | null = null;

  constructor(
    dataDir: string,
    private readonly now: () => number,
  ) {
    this.path = join(dataDir, ATTEMPTS_FILE);
  }

  private async load(): Promise<Attempts> {
    if (this.state !== null) return this.state;
    let state: Attempts = { failures: 0, lastFailureAt: 0 };
    try {
      const bytes = await readFileCapped(this.path, 4096, 'The attempts file');
      if (bytes !== null) {
        const parsed = AttemptsSchema.safeParse(JSON.parse(bytes.toString('utf8')));
        if (parsed.success) state = parsed.data;
      }
    } catch {
      // A damaged counter file only costs the delay; it is rewritten on the next failure.
    }
    this.state = state;
    return state;
  }

  /** Milliseconds until the next attempt is allowed (0 = now). */
  async retryAfterMs(): Promise<number> {
    const state = await this.load();
    const delay = retryDelayMs(state.failures);
    if (delay === 0) return 0;
    const now = this.now();
    // A clock set back must not block the user for ever: restart the wait.
    if (now < state.lastFailureAt) state.lastFailureAt = now;
    return Math.max(0, Math.ceil(state.lastFailureAt + delay - now));
  }

  /** Record a failure durably; returns the wait before the next attempt. */
  async recordFailure(): Promise<number> {
    const state = await this.load();
    const next: Attempts = { failures: state.failures + 1, lastFailureAt: this.now() };
    await this.write(next);
    return retryDelayMs(next.failures);
  }

  /** Forget past failures after a correct passphrase. */
  async reset(): Promise<void> {
    const state = await this.load();
    if (state.failures === 0) return;
    await this.write({ failures: 0, lastFailureAt: 0 });
  }

  private async write(state: Attempts): Promise<void> {
    await atomicWriteFile(
      this.path,
      `${JSON.stringify({ format: ATTEMPTS_FORMAT, version: 1, ...state }, null, 2)}\n`,
    );
    this.state = state;
  }
}
