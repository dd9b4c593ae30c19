import { z } from 'zod';
import { b64urlLength } from './encoding';

/** A key id: 32 lower-case hex characters (see keys.ts `keyId`). */
export const KeyIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'a key id is 32 hex characters');

/** Base64url text of exactly `bytes` bytes (canonical form is checked on decode). */
export function b64urlOf(bytes: number): z.ZodString {
  const length = b64urlLength(bytes);
  return z
    .string()
    .length(length)
    .regex(/^[A-Za-z0-9_-]*$/);
}

/** Base64url text of at most `maxBytes` bytes. */
export function b64urlUpTo(maxBytes: number): z.ZodString {
  return z
    .string()
    .max(b64urlLength(maxBytes))
    .regex(/^[A-Za-z0-9_-]*$/);
}

/** A format name such as "juryrum.score-file". */
export const FormatNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$/, 'format names look like juryrum.score-file');

/** A file format version: a small positive integer. */
export const VersionSchema = z.int().min(1).max(1_000_000);

/** A payload type such as "application/vnd.juryrum.score-file+json". */
export const PayloadTypeSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\x21-\x7e]+$/, 'payload types are printable ASCII without spaces');
