import { calibrateScrypt, DEFAULT_KDF } from '../crypto/kdf';
import type { KdfCost, KdfParams } from '../crypto/kdf';
import type { Identity } from '../crypto/identity';
import { AttemptCounter } from './attempts';
import { isVaultError, VaultError } from './errors';
import { exists } from './fs-util';
import { IdleTimer } from './idle-timer';
import { openIdentity, readIdentityFile } from './identity-file';
import type { KeychainBackend } from './keychain';
import { WriterLock } from './single-writer';
import { readVaultHeader, vaultHeaderPath } from './vault-header';
import type { VaultHeader } from './vault-header';
import {
  DEFAULT_IDLE_LOCK_MS,
  KDF_TARGET_MS,
  MAX_IDLE_LOCK_MINUTES,
  MAX_RECORDS_PER_CALL,
  publicIdentity,
} from './vault-types';
import type { LockReason, VaultServiceOptions, VaultStatus } from './vault-types';

/** What exists only while unlocked. */
export type Session = {
  dataKey: Buffer;
  header: VaultHeader;
  identity: Identity | null;
  /** A restored identity waiting for the renderer to store the restored records. */
  pendingIdentity?: Identity | null;
};

/** Test hook: the live data key buffer, to prove that lock() zeroes it. */
export const DATA_KEY_PROBE = Symbol('vault data key probe');

/** The cost part of stored KDF parameters. */
export const costOf = (kdf: KdfParams): KdfCost => ({ logN: kdf.logN, r: kdf.r, p: kdf.p });

/** The error of every data call made while locked. */
export function lockedError(): VaultError {
  return new VaultError('LOCKED', 'The vault is locked.');
}

/**
 * Session, locking and bookkeeping of the vault: who holds the data key, the
 * idle timer, the attempt counter, the single-writer lock and the queue that
 * runs state-changing calls one at a time. {@link VaultService} adds the
 * operations on top.
 */
export abstract class VaultCore {
  protected session: Session | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idleLockMs: number;
  protected readonly dataDir: string;
  protected readonly keychain: KeychainBackend | null;
  protected readonly now: () => number;
  protected readonly writer: WriterLock;
  protected readonly attempts: AttemptCounter;
  private readonly idle: IdleTimer;

  constructor(protected readonly options: VaultServiceOptions) {
    this.dataDir = options.dataDir;
    this.keychain = options.keychain ?? null;
    this.now = options.now ?? Date.now;
    this.idleLockMs = options.idleLockMs ?? DEFAULT_IDLE_LOCK_MS;
    this.writer = new WriterLock(this.dataDir);
    this.attempts = new AttemptCounter(this.dataDir, this.now);
    this.idle = new IdleTimer(() => this.lock('idle'), options.setTimer, options.clearTimer);
  }

  /** Current state; takes the single-writer lock on first use (CONFLICT if taken). */
  async status(): Promise<VaultStatus> {
    await this.writer.acquire();
    let header = this.session?.header ?? null;
    let present = this.session !== null;
    if (header === null) {
      present = await exists(vaultHeaderPath(this.dataDir));
      header = await readVaultHeader(this.dataDir).catch((e: unknown) => {
        if (isVaultError(e, 'MALFORMED')) return null; // reported by unlock()
        throw e;
      });
    }
    const realKeychain = this.keychain?.isRealBackend() ?? false;
    const identity = this.session?.identity ?? null;
    return {
      state: this.session !== null ? 'unlocked' : present ? 'locked' : 'none',
      vaultId: header?.vaultId ?? null,
      identity: identity === null ? null : publicIdentity(identity),
      retryAfterMs: this.session !== null ? 0 : await this.attempts.retryAfterMs(),
      keychain: header?.keychain ? 'on' : realKeychain ? 'off' : 'unavailable',
      idleLockMinutes: Math.min(MAX_IDLE_LOCK_MINUTES, Math.round(this.idleLockMs / 60_000)),
    };
  }

  /** Forget the data key (zeroed) and the identity, then call onLock(reason). */
  lock(reason: LockReason = 'manual'): void {
    if (this.endSession()) this.options.onLock?.(reason);
  }

  /** User activity: restart the idle countdown. */
  touch(): void {
    if (this.session !== null) this.idle.restart(this.idleLockMs);
  }

  /** Idle lock after `minutes` (0 = never, at most 240). */
  setIdleLockMinutes(minutes: number): void {
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_IDLE_LOCK_MINUTES) {
      throw new VaultError('BAD_REQUEST', 'The idle lock must be 0 to 240 whole minutes.');
    }
    this.idleLockMs = minutes * 60_000;
    this.touch();
  }

  /** Lock without calling onLock, and release the single-writer lock. */
  close(): Promise<void> {
    return this.serial(async () => {
      this.endSession();
      await this.writer.release();
    });
  }

  /** @internal Tests only: the live data key buffer, or null when locked. */
  [DATA_KEY_PROBE](): Buffer | null {
    return this.session?.dataKey ?? null;
  }

  protected serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  protected startSession(session: Session): void {
    this.session = session;
    this.idle.restart(this.idleLockMs);
  }

  /** Zero and drop the session; true if there was one. */
  protected endSession(): boolean {
    this.idle.stop();
    const session = this.session;
    if (session === null) return false;
    this.session = null;
    session.dataKey.fill(0);
    session.identity = null;
    session.pendingIdentity = null;
    return true;
  }

  protected requireSession(): Session {
    if (this.session === null) throw lockedError();
    return this.session;
  }

  protected async requireHeader(): Promise<VaultHeader> {
    const header = await readVaultHeader(this.dataDir);
    if (header === null) throw new VaultError('NOT_FOUND', 'There is no vault in this folder yet.');
    return header;
  }

  /** Apply the attempt delay around a passphrase check, and count the failures. */
  protected async guarded<T>(attempt: () => Promise<T>): Promise<T> {
    const wait = await this.attempts.retryAfterMs();
    if (wait > 0) {
      throw new VaultError('RATE_LIMITED', 'Too many wrong passphrases; wait and try again.', wait);
    }
    let result: T;
    try {
      result = await attempt();
    } catch (e) {
      if (!isVaultError(e, 'WRONG_PASSPHRASE')) throw e;
      const retryAfterMs = await this.attempts.recordFailure();
      throw new VaultError('WRONG_PASSPHRASE', 'The passphrase is not correct.', retryAfterMs);
    }
    await this.attempts.reset();
    return result;
  }

  /** The identity, or null when its file is missing or damaged (the vault still opens, to recover). */
  protected async loadIdentity(dataKey: Uint8Array): Promise<Identity | null> {
    const sealed = await readIdentityFile(this.dataDir).catch(() => null);
    if (sealed === null) return null;
    try {
      return openIdentity(dataKey, sealed);
    } catch (e) {
      if (e instanceof VaultError) return null;
      throw e;
    }
  }

  protected async rekeyCost(kdf: KdfParams): Promise<KdfCost> {
    if (this.options.kdfCost !== undefined) return this.options.kdfCost;
    if (kdf.logN >= DEFAULT_KDF.logN) return costOf(kdf);
    const calibrated = await calibrateScrypt(KDF_TARGET_MS);
    return { ...calibrated, logN: Math.max(calibrated.logN, kdf.logN) };
  }

  protected checkBatch(records: readonly unknown[]): void {
    if (!Array.isArray(records) || records.length > MAX_RECORDS_PER_CALL) {
      throw new VaultError('BAD_REQUEST', 'Too many records in one call.');
    }
  }
}
