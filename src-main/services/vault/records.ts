import { randomBytes } from 'node:crypto';
import { gcmEncrypt, open as openSealed, NONCE_BYTES, TAG_BYTES } from '../crypto/aead';
import { canonicalBytes } from '../crypto/canonical';
import { isCryptoError } from '../crypto/errors';
import { b64urlLength, fromB64url, toB64url, utf8 } from '../crypto/encoding';
import { parseJsonBytes } from '../crypto/json';
import { VaultError } from './errors';

/** Largest canonical JSON content of one record. */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;
/** Largest sealed record, as base64url text. */
export const MAX_SEALED_CHARS = b64urlLength(NONCE_BYTES + MAX_RECORD_BYTES + TAG_BYTES);
/** Limits of the binding fields; they mirror src-shared/ipc/vault-contract.ts. */
export const RECORD_LIMITS = { maxIdLength: 200, maxSchemaVersion: 1_000 } as const;
const RECORD_TYPE = /^[a-z][a-z0-9-]{0,39}$/;

/** A record as the renderer hands it over for sealing. */
export type PlainRecord = { id: string; type: string; schemaVersion: number; content: unknown };
/** A record as the renderer stores it: only the binding fields are in the clear. */
export type SealedRecord = { id: string; type: string; schemaVersion: number; sealed: string };
/** The per-record result of opening; data errors never throw. */
export type OpenedRecord =
  | { id: string; ok: true; content: unknown }
  | { id: string; ok: false; code: 'TAMPERED' | 'MALFORMED' };

type Binding = { id: string; type: string; schemaVersion: number };

/** Whether untrusted binding fields are in range (checked before recordAad's asserts). */
function isBinding(value: { id: unknown; type: unknown; schemaVersion: unknown }): boolean {
  const { id, type, schemaVersion } = value;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    id.length <= RECORD_LIMITS.maxIdLength &&
    typeof type === 'string' &&
    RECORD_TYPE.test(type) &&
    typeof schemaVersion === 'number' &&
    Number.isInteger(schemaVersion) &&
    schemaVersion >= 1 &&
    schemaVersion <= RECORD_LIMITS.maxSchemaVersion
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The AAD of a record, byte for byte what crypto/aead.ts `recordAad` gives
 * (RFC 8785 JSON of domain, id, schemaVersion, type), or null when the binding
 * cannot be encoded (lone surrogates). Built directly because the generic
 * canonicaliser costs tens of microseconds per record, which adds up when
 * 10 000 records are opened at start-up. RFC 8785 escapes strings exactly as
 * JSON.stringify does, keys are written in sorted order, and the schema
 * version is a small integer; a property test checks equality with recordAad.
 */
export function recordAadFor(binding: Binding): Uint8Array | null {
  if (LONE_SURROGATE.test(binding.id) || LONE_SURROGATE.test(binding.type)) return null;
  const { id, schemaVersion, type } = binding;
  return utf8(
    `{"domain":"juryrum/v1/record","id":${JSON.stringify(id)},` +
      `"schemaVersion":${String(schemaVersion)},"type":${JSON.stringify(type)}}`,
  );
}

function aadOrNull(binding: Binding): Uint8Array | null {
  return isBinding(binding) ? recordAadFor(binding) : null;
}

/** nonce | ciphertext | tag, as crypto/aead.ts `seal` lays it out. */
function sealWithNonce(
  dataKey: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): string {
  return toB64url(Buffer.concat([nonce, gcmEncrypt(dataKey, nonce, plaintext, aad)]));
}

/**
 * Fresh random nonces for `count` seals, drawn in one call: on slow machines
 * a small randomBytes call costs as much as the encryption itself.
 */
export function nonces(count: number): (index: number) => Uint8Array {
  const pool = randomBytes(NONCE_BYTES * count);
  return (index) => pool.subarray(index * NONCE_BYTES, (index + 1) * NONCE_BYTES);
}

/**
 * Seal one record: canonical JSON content, a fresh random nonce, and AAD
 * binding id, type and schema version. Bad input is a caller bug: BAD_REQUEST.
 */
export function sealRecord(
  dataKey: Uint8Array,
  record: PlainRecord,
  nonce: Uint8Array = randomBytes(NONCE_BYTES),
): SealedRecord {
  const aad = aadOrNull(record);
  if (aad === null) {
    throw new VaultError('BAD_REQUEST', 'A record has an invalid id, type or schema version.');
  }
  let plaintext: Uint8Array;
  try {
    plaintext = canonicalBytes(record.content);
  } catch (e) {
    if (!isCryptoError(e)) throw e;
    throw new VaultError('BAD_REQUEST', 'A record content is not plain JSON.');
  }
  try {
    if (plaintext.byteLength > MAX_RECORD_BYTES) {
      throw new VaultError('BAD_REQUEST', 'A record is larger than 8 MiB.');
    }
    const { id, type, schemaVersion } = record;
    return { id, type, schemaVersion, sealed: sealWithNonce(dataKey, nonce, plaintext, aad) };
  } finally {
    plaintext.fill(0);
  }
}

/**
 * Decrypt a sealed record to its canonical JSON bytes. Throws VaultError
 * MALFORMED (bad shape or encoding) or TAMPERED (authentication failed: a
 * changed byte, or a blob moved to another id, type or schema version).
 */
export function openRecordBytes(dataKey: Uint8Array, record: SealedRecord): Uint8Array {
  const malformed = new VaultError('MALFORMED', 'A sealed record is damaged.');
  const aad = aadOrNull(record);
  const sealedText: unknown = record.sealed;
  if (aad === null || typeof sealedText !== 'string' || sealedText.length > MAX_SEALED_CHARS) {
    throw malformed;
  }
  try {
    return openSealed(dataKey, fromB64url(sealedText), aad);
  } catch (e) {
    if (isCryptoError(e, 'TAMPERED')) {
      throw new VaultError('TAMPERED', 'A sealed record was changed or moved.');
    }
    if (isCryptoError(e)) throw malformed;
    throw e;
  }
}

/**
 * Parse opened record bytes; MALFORMED if they are not JSON. The bytes were
 * authenticated under our own key and were canonical when sealed, so the
 * costly re-canonicalisation check is skipped; the depth and forbidden-key
 * checks of parseJsonBytes still apply.
 */
export function parseRecordContent(plaintext: Uint8Array): unknown {
  try {
    return parseJsonBytes(plaintext, { maxBytes: MAX_RECORD_BYTES });
  } catch (e) {
    if (isCryptoError(e)) throw new VaultError('MALFORMED', 'A record content is damaged.');
    throw e;
  }
}

/** Open one record; never throws for bad data, reports it per record instead. */
export function openRecord(dataKey: Uint8Array, record: SealedRecord): OpenedRecord {
  // The shape is typed, but this is the last line before untrusted data meets crypto.
  const untyped: unknown = record;
  if (typeof untyped !== 'object' || untyped === null)
    return { id: '', ok: false, code: 'MALFORMED' };
  const rawId: unknown = record.id;
  const id = typeof rawId === 'string' ? rawId : '';
  try {
    const plaintext = openRecordBytes(dataKey, record);
    try {
      return { id, ok: true, content: parseRecordContent(plaintext) };
    } finally {
      plaintext.fill(0);
    }
  } catch (e) {
    if (e instanceof VaultError && (e.code === 'TAMPERED' || e.code === 'MALFORMED')) {
      return { id, ok: false, code: e.code };
    }
    throw e;
  }
}

/** Re-seal already verified plaintext under another key (restore over a vault). */
export function resealBytes(
  dataKey: Uint8Array,
  binding: Binding,
  plaintext: Uint8Array,
  nonce: Uint8Array = randomBytes(NONCE_BYTES),
): SealedRecord {
  const aad = aadOrNull(binding);
  if (aad === null) throw new VaultError('MALFORMED', 'A record has an invalid binding.');
  const { id, type, schemaVersion } = binding;
  return { id, type, schemaVersion, sealed: sealWithNonce(dataKey, nonce, plaintext, aad) };
}
