import { sha256Hex } from '../crypto';
import type { Identity } from '../crypto';
import { openJuryPackage } from './open-package';
import type { OrganiserPin, PackageOutcome } from './open-package';

/*
 * Opening a large jury package (tens of MB) takes seconds: decryption, the
 * signature, and the strict JSON and schema checks over every byte. The
 * juror's screens ask main to verify the stored package again when a round
 * is opened and each time an attachment is opened. This memo remembers the
 * last package that verified, keyed by the SHA-256 of its exact bytes, the
 * juror's keys and the pin: the same bytes with the same keys and pin give
 * the same verdict, so a repeat costs one hash instead of a full check. Any
 * other bytes, keys or pin are verified in full. Only a success is kept,
 * for a few minutes, and it is dropped when the vault has no identity.
 */

/** How long a verified package is remembered. */
export const MEMO_TTL_MS = 5 * 60_000;

/** Opens a package for `me` with one pin, remembering the last success. */
export type PackageMemo = {
  open(bytes: Uint8Array, me: Identity, pin: OrganiserPin, now?: number): PackageOutcome;
  clear(): void;
};

export function createPackageMemo(ttlMs = MEMO_TTL_MS): PackageMemo {
  let last: { key: string; at: number; outcome: PackageOutcome } | null = null;
  return {
    open(bytes, me, pin, now = Date.now()) {
      const key = [sha256Hex(bytes), me.keyId, me.encryptionKeyId, pin.scope, pin.organiserKeyId]
        .map((part) => `${part.length}:${part}`)
        .join('|');
      if (last !== null && last.key === key && now - last.at < ttlMs) {
        last.at = now;
        return last.outcome;
      }
      const outcome = openJuryPackage(bytes, me, [pin], []);
      last = outcome.ok ? { key, at: now, outcome } : null;
      return outcome;
    },
    clear() {
      last = null;
    },
  };
}
