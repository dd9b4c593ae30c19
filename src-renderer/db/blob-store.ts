import { z } from 'zod';
import { createRepository, StorageError } from './repository';
import {
  BLOB_CHUNK_CHARS,
  BLOB_MAX_CHARS,
  BlobRefSchema,
  type BlobRef,
} from '../../src-shared/domain/blob-ref';

export { BLOB_CHUNK_CHARS, BLOB_MAX_CHARS, BlobRefSchema, type BlobRef };

/*
 * Large text values (a jury package file, an attachment's base64url bytes)
 * stored as several sealed records, since one sealed record holds at most
 * 8 MiB of content. Each chunk is sealed by main like any other record.
 *
 * Write order makes a blob safe against a crash: the chunks are written
 * first and the record that holds the BlobRef last, so a reader never finds
 * a reference to a blob that is not complete. A crash in between leaves
 * chunks that nothing references; they are harmless and are overwritten
 * when the same key is written again.
 */

const ChunkSchema = z.strictObject({ data: z.string().max(BLOB_CHUNK_CHARS) });

const chunkRepo = createRepository({ type: 'blob-chunk', schemaVersion: 1, schema: ChunkSchema });

const chunkId = (key: string, index: number): string => `${key}#${index}`;

/** Store `text` under `key` in `roundId`; resolves with its reference once every chunk is durable. */
export async function putBlob(roundId: string, key: string, text: string): Promise<BlobRef> {
  if (text.length === 0 || text.length > BLOB_MAX_CHARS) {
    throw new StorageError('BAD_REQUEST', 'A stored file is empty or too large.');
  }
  const chunks = Math.ceil(text.length / BLOB_CHUNK_CHARS);
  for (let i = 0; i < chunks; i++) {
    const data = text.slice(i * BLOB_CHUNK_CHARS, (i + 1) * BLOB_CHUNK_CHARS);
    await chunkRepo.put(roundId, chunkId(key, i), { data });
  }
  return BlobRefSchema.parse({ key, chunks, length: text.length });
}

/** Read a blob back; MALFORMED when a chunk is missing or the length differs. */
export async function getBlob(roundId: string, ref: BlobRef): Promise<string> {
  const parts: string[] = [];
  for (let i = 0; i < ref.chunks; i++) {
    const chunk = await chunkRepo.get(roundId, chunkId(ref.key, i));
    if (chunk === undefined) throw new StorageError('MALFORMED', 'A stored file is incomplete.');
    parts.push(chunk.data);
  }
  const text = parts.join('');
  if (text.length !== ref.length) {
    throw new StorageError('MALFORMED', 'A stored file has the wrong length.');
  }
  return text;
}

/** Remove a blob's chunks (after the record that referenced it no longer does). */
export async function deleteBlob(roundId: string, ref: BlobRef): Promise<void> {
  for (let i = 0; i < ref.chunks; i++) await chunkRepo.delete(roundId, chunkId(ref.key, i));
}
