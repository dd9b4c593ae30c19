import { createHash, timingSafeEqual } from 'node:crypto';
import { CryptoError } from './errors';

const B64URL = /^[A-Za-z0-9_-]*$/;

/** Encode bytes as unpadded base64url (RFC 4648 §5). */
export function toB64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/**
 * Decode unpadded base64url strictly. Node's decoder silently skips invalid
 * characters and ignores unused trailing bits, which would let two different
 * strings decode to the same bytes; we require the one canonical spelling so
 * that any edited character in a file is detected.
 */
export function fromB64url(text: string, expectedLength?: number): Buffer {
  if (!B64URL.test(text) || text.length % 4 === 1) {
    throw new CryptoError('MALFORMED', 'A base64url field contains invalid characters.');
  }
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.toString('base64url') !== text) {
    throw new CryptoError('MALFORMED', 'A base64url field is not in canonical form.');
  }
  if (expectedLength !== undefined && bytes.length !== expectedLength) {
    throw new CryptoError('MALFORMED', 'A base64url field has the wrong length.');
  }
  return bytes;
}

/** Length of the unpadded base64url text for `n` bytes. */
export function b64urlLength(n: number): number {
  return Math.ceil((n * 4) / 3);
}

/** Compare two byte strings without leaking where they differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  return timingSafeEqual(a, b);
}

/** SHA-256 of `bytes` as lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 of `bytes` as raw bytes. */
export function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

const encoder = new TextEncoder();

/** UTF-8 encode a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Concatenate byte strings. */
export function concatBytes(...parts: readonly Uint8Array[]): Buffer {
  return Buffer.concat(parts);
}
