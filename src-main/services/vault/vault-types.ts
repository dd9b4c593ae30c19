import {
  DEFAULT_IDLE_LOCK_MINUTES,
  MAX_IDLE_LOCK_MINUTES,
  MIN_PASSPHRASE_LENGTH,
} from '../../../src-shared/ipc/vault-contract';
import type { Identity } from '../crypto/identity';
import type { KdfCost } from '../crypto/kdf';
import { VaultError } from './errors';
import type { ClearTimer, SetTimer } from './idle-timer';
import type { KeychainBackend } from './keychain';

export { MAX_IDLE_LOCK_MINUTES, MIN_PASSPHRASE_LENGTH };
/** Longer passphrases are refused: nobody types more, and it bounds the work. */
export const MAX_PASSPHRASE_LENGTH = 1_024;
/** Idle time before the vault locks itself, unless configured otherwise. */
export const DEFAULT_IDLE_LOCK_MS = DEFAULT_IDLE_LOCK_MINUTES * 60_000;
/** Most records one sealRecords / openRecords call accepts. */
export const MAX_RECORDS_PER_CALL = 200_000;
/** scrypt calibration target for new vaults, in milliseconds. */
export const KDF_TARGET_MS = 700;

/** Why the vault was locked; passed to `onLock`. */
export type LockReason = 'manual' | 'idle' | 'suspend' | 'lock-screen';

/** Options of {@link VaultService}. */
export type VaultServiceOptions = {
  /** Folder holding vault.json, identity.sealed, vault.lock and the attempts file. */
  dataDir: string;
  /** scrypt cost for new keys; when absent it is calibrated (about 0.7 s). Tests pass TEST_KDF. */
  kdfCost?: KdfCost;
  /** OS keychain, used only when asked for at creation and real. */
  keychain?: KeychainBackend | null;
  /** Clock in milliseconds (rate limiting, timestamps). */
  now?: () => number;
  /** Idle time before locking; 0 = never. Default 10 minutes. */
  idleLockMs?: number;
  /** Called after the vault has locked (not on close()). */
  onLock?: (reason: LockReason) => void;
  /** Injectable timer pair for the idle lock (tests). */
  setTimer?: SetTimer;
  clearTimer?: ClearTimer;
};

/** The public facts about the vault owner: safe to show in the renderer. */
export type PublicIdentity = {
  name: string;
  organisation: string;
  keyId: string;
  encryptionKeyId: string;
  fingerprint: string;
};

/** What the renderer may know about the vault (same shape as the IPC VaultStatus). */
export type VaultStatus = {
  state: 'none' | 'locked' | 'unlocked';
  vaultId: string | null;
  /** Only while unlocked; null also when the identity file is missing or damaged. */
  identity: PublicIdentity | null;
  retryAfterMs: number;
  keychain: 'off' | 'on' | 'unavailable';
  idleLockMinutes: number;
};

/** Input of {@link VaultService.create}. */
export type CreateVaultInput = {
  passphrase: string;
  name: string;
  organisation: string;
  useKeychain?: boolean;
};

/** Options for backups of a keychain-bound vault (the passphrase is then needed). */
export type BackupOptions = { passphrase?: string | undefined };

/** The public part of an identity. */
export function publicIdentity(identity: Identity): PublicIdentity {
  return {
    name: identity.name,
    organisation: identity.organisation,
    keyId: identity.keyId,
    encryptionKeyId: identity.encryptionKeyId,
    fingerprint: identity.fingerprint,
  };
}

/** A passphrase given to unlock or verify: a string of sane length. */
export function checkPassphraseInput(passphrase: unknown): asserts passphrase is string {
  if (typeof passphrase !== 'string' || passphrase.length > MAX_PASSPHRASE_LENGTH) {
    throw new VaultError('BAD_REQUEST', 'The passphrase is not a text of acceptable length.');
  }
}

/**
 * A new passphrase: at least MIN_PASSPHRASE_LENGTH characters, counted as
 * Unicode code points after NFC (the form the KDF sees).
 */
export function checkNewPassphrase(passphrase: unknown): asserts passphrase is string {
  checkPassphraseInput(passphrase);
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new VaultError(
      'BAD_REQUEST',
      `The passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters.`,
    );
  }
}
