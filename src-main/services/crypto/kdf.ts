import { hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { strictAssert } from '../../../src-shared/assert';
import { CryptoError } from './errors';
import { fromB64url, toB64url } from './encoding';

/** Cost parameters of scrypt, without the salt. */
export type KdfCost = { logN: number; r: number; p: number };

/** Everything needed to re-derive a key from a passphrase; stored in headers. */
export type KdfParams = { alg: 'scrypt'; logN: number; r: number; p: number; salt: string };

/** Production cost: N = 2^17, r = 8, p = 1 (about 0.6 s and 128 MiB). */
export const DEFAULT_KDF: KdfCost = { logN: 17, r: 8, p: 1 };

/**
 * Deliberately weak cost for unit tests and demo data ONLY (N = 2^10, about a
 * millisecond). Never use it for a real vault or key file.
 */
export const TEST_KDF: KdfCost = { logN: 10, r: 8, p: 1 };

/** Accepted range for stored parameters; the upper bounds stop a hostile file
 * from making us allocate gigabytes or spin for minutes. */
export const KDF_LIMITS = { minLogN: 10, maxLogN: 20, maxR: 16, maxP: 4 } as const;

/** Salt length in bytes. */
export const SALT_BYTES = 16;

/** Throws CryptoError('MALFORMED') when stored parameters are out of range. */
export function checkKdfParams(params: KdfParams): void {
  const ok =
    params.alg === 'scrypt' &&
    Number.isInteger(params.logN) &&
    params.logN >= KDF_LIMITS.minLogN &&
    params.logN <= KDF_LIMITS.maxLogN &&
    Number.isInteger(params.r) &&
    params.r >= 1 &&
    params.r <= KDF_LIMITS.maxR &&
    Number.isInteger(params.p) &&
    params.p >= 1 &&
    params.p <= KDF_LIMITS.maxP;
  if (!ok) throw new CryptoError('MALFORMED', 'The key derivation parameters are out of range.');
  fromB64url(params.salt, SALT_BYTES);
}

/** Fresh parameters (new random salt) for the given cost. */
export function defaultKdfParams(cost: KdfCost = DEFAULT_KDF): KdfParams {
  return { alg: 'scrypt', ...cost, salt: toB64url(randomBytes(SALT_BYTES)) };
}

/** scrypt needs about 128·r·N bytes plus 128·r·p; double it and add slack. */
function maxmemFor(cost: KdfCost): number {
  return 2 * 128 * cost.r * 2 ** cost.logN + 128 * cost.r * cost.p + 16 * 1024 * 1024;
}

function scryptAsync(
  password: Uint8Array,
  salt: Uint8Array,
  cost: KdfCost,
  length: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password,
      salt,
      length,
      { N: 2 ** cost.logN, r: cost.r, p: cost.p, maxmem: maxmemFor(cost) },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/**
 * Derive the 32-byte key-encryption key from a passphrase. The passphrase is
 * NFC-normalised first so that "å" typed as one code point or as "a" plus a
 * combining ring (which some keyboards and OSes produce) gives the same key.
 */
export async function deriveKek(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  checkKdfParams(params);
  const salt = fromB64url(params.salt, SALT_BYTES);
  const password = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  try {
    return await scryptAsync(password, salt, params, 32);
  } finally {
    password.fill(0);
  }
}

/**
 * Measure scrypt once at N = 2^14 and pick the logN (15–20) whose expected
 * time is closest to `targetMs`, assuming time doubles with each step of logN.
 */
export async function calibrateScrypt(targetMs = 700): Promise<KdfCost> {
  strictAssert(targetMs > 0, 'calibration target must be positive');
  const probe: KdfCost = { logN: 14, r: 8, p: 1 };
  const start = performance.now();
  await scryptAsync(randomBytes(16), randomBytes(SALT_BYTES), probe, 32);
  const elapsed = Math.max(performance.now() - start, 0.01);
  const logN = Math.round(probe.logN + Math.log2(targetMs / elapsed));
  return { logN: Math.min(20, Math.max(15, logN)), r: 8, p: 1 };
}

/**
 * HKDF-SHA256 subkey for a named purpose, so one secret can feed several
 * independent keys (e.g. an encryption key and a passphrase check value).
 */
export function deriveSubkey(
  secret: Uint8Array,
  info: string,
  length = 32,
  salt: Uint8Array = new Uint8Array(0),
): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, info, length));
}
