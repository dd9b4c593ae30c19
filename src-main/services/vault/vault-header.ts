import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { open as openSealed, seal, KEY_BYTES, NONCE_BYTES, TAG_BYTES } from '../crypto/aead';
import { canonicalBytes } from '../crypto/canonical';
import { isCryptoError } from '../crypto/errors';
import { fromB64url, toB64url } from '../crypto/encoding';
import { TimestampSchema } from '../crypto/identity';
import { checkKdfParams, SALT_BYTES } from '../crypto/kdf';
import type { KdfParams } from '../crypto/kdf';
import { readOuterFile, serializeOuterFile } from '../crypto/outer-file';
import { b64urlOf, b64urlUpTo } from '../crypto/schemas';
import { atomicWriteFile } from '../files/atomic-write';
import { VaultError, vaultErrorFrom } from './errors';
import { readFileCapped } from './fs-util';
import { KEYCHAIN_BLOB_MAX_BYTES } from './keychain';

export const VAULT_FORMAT = 'juryrum.vault';
export const VAULT_VERSION = 1;
export const VAULT_HEADER_FILE = 'vault.json';
/** A header is well under 1 KiB; the cap keeps a hostile file from costing memory. */
export const VAULT_HEADER_MAX_BYTES = 64 * 1024;
/** nonce | 32-byte data key | tag. */
export const WRAPPED_KEY_BYTES = NONCE_BYTES + KEY_BYTES + TAG_BYTES;

const KdfParamsSchema = z.strictObject({
  alg: z.literal('scrypt'),
  logN: z.int(),
  r: z.int(),
  p: z.int(),
  salt: b64urlOf(SALT_BYTES),
});

/** Strict schema of `vault.json`. */
export const VaultHeaderSchema = z.strictObject({
  format: z.literal(VAULT_FORMAT),
  version: z.literal(VAULT_VERSION),
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: TimestampSchema,
  kdf: KdfParamsSchema,
  keychain: z.strictObject({ blob: b64urlUpTo(KEYCHAIN_BLOB_MAX_BYTES).min(1) }).nullable(),
  wrappedKey: b64urlOf(WRAPPED_KEY_BYTES),
});

/** The vault header: everything needed to turn a passphrase into the data key. */
export type VaultHeader = z.infer<typeof VaultHeaderSchema>;
/** The header fields that are authenticated when the data key is wrapped. */
export type UnwrappedHeader = Omit<VaultHeader, 'wrappedKey'>;

/** The header in its written key order (also used inside backups). */
export function layoutHeader(header: VaultHeader): VaultHeader {
  const { alg, logN, r, p, salt } = header.kdf;
  return {
    format: header.format,
    version: header.version,
    vaultId: header.vaultId,
    createdAt: header.createdAt,
    kdf: { alg, logN, r, p, salt },
    keychain: header.keychain === null ? null : { blob: header.keychain.blob },
    wrappedKey: header.wrappedKey,
  };
}

/** A new random vault id: 16 bytes as 32 hex characters. */
export function newVaultId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * AAD for wrapping the data key: the canonical JSON of every header field but
 * `wrappedKey`, so editing the KDF parameters, the keychain blob or the vault
 * id makes the key impossible to unwrap.
 */
function headerAad(header: UnwrappedHeader): Uint8Array {
  return canonicalBytes({
    createdAt: header.createdAt,
    format: header.format,
    kdf: header.kdf satisfies KdfParams,
    keychain: header.keychain,
    vaultId: header.vaultId,
    version: header.version,
  });
}

/** Wrap `dataKey` under `wrappingKey`, completing the header. */
export function wrapDataKey(
  wrappingKey: Uint8Array,
  dataKey: Uint8Array,
  header: UnwrappedHeader,
): VaultHeader {
  const unsigned: UnwrappedHeader = {
    format: header.format,
    version: header.version,
    vaultId: header.vaultId,
    createdAt: header.createdAt,
    kdf: header.kdf,
    keychain: header.keychain,
  };
  return { ...unsigned, wrappedKey: toB64url(seal(wrappingKey, dataKey, headerAad(unsigned))) };
}

/**
 * Unwrap the data key, or null when the wrapping key is wrong. GCM cannot tell
 * a wrong passphrase from an edited header field; both give null.
 */
export function unwrapDataKey(wrappingKey: Uint8Array, header: VaultHeader): Buffer | null {
  try {
    const key = openSealed(
      wrappingKey,
      fromB64url(header.wrappedKey, WRAPPED_KEY_BYTES),
      headerAad(header),
    );
    const copy = Buffer.from(key);
    key.fill(0);
    return copy;
  } catch (e) {
    if (isCryptoError(e)) return null;
    throw e;
  }
}

const WHAT = 'The vault header (vault.json)';

/**
 * Validate a parsed header object (from vault.json or from inside a backup):
 * strict schema and KDF range check. Throws VaultError('MALFORMED').
 */
export function checkVaultHeader(value: unknown, what = WHAT): VaultHeader {
  const parsed = VaultHeaderSchema.safeParse(value);
  if (!parsed.success) {
    throw new VaultError('MALFORMED', `${what} does not have the expected fields.`);
  }
  try {
    checkKdfParams(parsed.data.kdf);
  } catch (e) {
    throw vaultErrorFrom(e, what);
  }
  return parsed.data;
}

/** Parse the bytes of vault.json, refusing anything but the exact written form. */
export function parseVaultHeader(bytes: Uint8Array): VaultHeader {
  let header: VaultHeader;
  try {
    header = readOuterFile(bytes, {
      maxBytes: VAULT_HEADER_MAX_BYTES,
      expectedFormat: VAULT_FORMAT,
      supportedVersions: [VAULT_VERSION],
      schema: VaultHeaderSchema,
      layout: layoutHeader,
    });
  } catch (e) {
    const error = vaultErrorFrom(e, WHAT);
    // Inside the header file every failure is damage, never a passphrase issue.
    throw error.code === 'MALFORMED' ? error : new VaultError('MALFORMED', `${WHAT} is damaged.`);
  }
  return checkVaultHeader(header);
}

/** The bytes written to vault.json. */
export function serializeVaultHeader(header: VaultHeader): Uint8Array {
  return serializeOuterFile(layoutHeader(header));
}

/** Path of the header file in a data folder. */
export function vaultHeaderPath(dataDir: string): string {
  return join(dataDir, VAULT_HEADER_FILE);
}

/** Read and validate vault.json; null when there is no vault. */
export async function readVaultHeader(dataDir: string): Promise<VaultHeader | null> {
  const bytes = await readFileCapped(vaultHeaderPath(dataDir), VAULT_HEADER_MAX_BYTES, WHAT);
  return bytes === null ? null : parseVaultHeader(bytes);
}

/** Write vault.json atomically (a crash leaves the old or the new header). */
export async function writeVaultHeader(dataDir: string, header: VaultHeader): Promise<void> {
  await atomicWriteFile(vaultHeaderPath(dataDir), serializeVaultHeader(header));
}
