import { z } from 'zod';
import { createRepository } from '../db/repository';
import { RoundSummarySchema } from '../../src-shared/ipc/contract';

/** The roles one person can hold in a round. */
export const RoleSchema = z.enum(['organiser', 'juror', 'chair']);

/**
 * The vault's own list of rounds: every round the user created (organiser)
 * or received in a jury package (juror, chair), with the roles they hold.
 * Stored sealed like everything else; the home screen lists these beside
 * the built-in demo round.
 */
export const RoundIndexEntrySchema = z.strictObject({
  summary: RoundSummarySchema,
  roles: z.array(RoleSchema).max(3),
  updatedAt: z.number(),
});
export type RoundIndexEntry = z.infer<typeof RoundIndexEntrySchema>;

/** Round-index records live under the pseudo-round '' with localId = roundId. */
export const roundIndexRepository = createRepository({
  type: 'round-index',
  schemaVersion: 1,
  schema: RoundIndexEntrySchema,
});

/** Add or update a round in the index, merging roles. */
export async function upsertRoundIndex(
  summary: z.infer<typeof RoundSummarySchema>,
  role: z.infer<typeof RoleSchema>,
): Promise<void> {
  const existing = await roundIndexRepository.get('', summary.id);
  const roles = [...new Set([...(existing?.roles ?? []), role])];
  await roundIndexRepository.put('', summary.id, { summary, roles, updatedAt: Date.now() });
}

export async function listRoundIndex(): Promise<RoundIndexEntry[]> {
  return (await roundIndexRepository.listByRound('')).map((r) => r.value);
}
