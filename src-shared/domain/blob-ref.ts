import { z } from 'zod';

/*
 * Where a large value stored in several sealed records lives (see
 * src-renderer/db/blob-store.ts). Kept inside the sealed record that owns
 * the value; defined here so shared record schemas can hold one.
 */

/** Characters of base64url text per chunk: well under the 8 MiB record cap. */
export const BLOB_CHUNK_CHARS = 4 * 1024 * 1024;

/** Largest blob: 128 MiB of text (a package is at most 64 MiB, as base64url ≈ 86 MiB). */
export const BLOB_MAX_CHARS = 128 * 1024 * 1024;

export const BlobRefSchema = z.strictObject({
  /** Owner-chosen key, unique within the round, e.g. `package:final`. */
  key: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[A-Za-z0-9._:-]+$/),
  chunks: z
    .int()
    .min(1)
    .max(Math.ceil(BLOB_MAX_CHARS / BLOB_CHUNK_CHARS)),
  /** Total length in characters, checked when the blob is read back. */
  length: z.int().min(1).max(BLOB_MAX_CHARS),
});
export type BlobRef = z.infer<typeof BlobRefSchema>;
