import { z } from 'zod';
import { DigestSchema, ResultPayloadSchema } from '../exchange';

/**
 * The organiser's accepted result, as kept sealed in the vault (record type
 * 'organiser-result', one per round, local id 'result'). Only main writes the
 * content it verified; a refused file never reaches this record.
 */
export const StoredResultSchema = z.strictObject({
  /** The file's name as imported (for display only; never used as a path). */
  fileName: z.string().min(1).max(255),
  /** SHA-256 of the result file's bytes. */
  digest: DigestSchema,
  importedAt: z.iso.datetime(),
  result: ResultPayloadSchema,
});
export type StoredResult = z.infer<typeof StoredResultSchema>;
