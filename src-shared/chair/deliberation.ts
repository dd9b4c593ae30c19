import { z } from 'zod';
import { LIMITS } from '../domain/round';
import { LongTextSchema, ReasonSchema, TimestampSchema } from '../exchange/common';
import { ScoreCellValueSchema } from '../exchange/score-file';
import { defaultTieBreakChain } from '../scoring/ranking';
import type { TiePolicy } from '../scoring/ranking';

/*
 * The chair's deliberation: what the chair decides and writes, as stored in
 * the vault, sent to main for the export, and turned into the result. Ids
 * are plain strings here (checked with the same patterns as the domain ids)
 * because this state is edited in the UI rather than read from a file.
 */

/** An application or juror id (same rule as the domain ids). */
export const PlainIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
/** A criterion key (same rule as the domain). */
export const PlainCriterionSchema = z.string().regex(/^[A-Z][A-Z0-9]{0,7}$/);

/** Shared ranks, or the default tie-break chain (median, criterion means, id). */
export const TieChoiceSchema = z.enum(['shared', 'chain']);
export type TieChoice = z.infer<typeof TieChoiceSchema>;

/**
 * A score changed during the discussion. The score files are never changed:
 * the change applies to the consolidated view, and both values are kept.
 * `before` is the value in effect when the change was made (the file's, or
 * an earlier change's).
 */
export const ScoreChangeEntrySchema = z.strictObject({
  jurorId: PlainIdSchema,
  applicationId: PlainIdSchema,
  criterion: PlainCriterionSchema,
  before: ScoreCellValueSchema,
  after: ScoreCellValueSchema,
  reason: ReasonSchema.min(1),
  at: TimestampSchema,
});
export type ScoreChangeEntry = z.infer<typeof ScoreChangeEntrySchema>;

/** A decision taken during the deliberation, in the order it was recorded. */
export const DecisionEntrySchema = z.strictObject({
  at: TimestampSchema,
  text: z.string().trim().min(1).max(10_000),
});
export type DecisionEntry = z.infer<typeof DecisionEntrySchema>;

export const DeliberationSchema = z.strictObject({
  tieChoice: TieChoiceSchema,
  /** N for "top N" and for the finalist-cut warnings. */
  finalistCount: z.int().min(0).max(LIMITS.applications),
  finalists: z.array(PlainIdSchema).max(LIMITS.applications),
  winner: PlainIdSchema.nullable(),
  motivation: LongTextSchema,
  minutes: LongTextSchema,
  decisions: z.array(DecisionEntrySchema).max(10_000),
  scoreChanges: z.array(ScoreChangeEntrySchema).max(LIMITS.applications * LIMITS.criteria),
  /** The chair looked at the z-normalised view (recorded in the result's method). */
  zViewShown: z.boolean(),
});
export type Deliberation = z.infer<typeof DeliberationSchema>;

/** A fresh deliberation: five finalists (as the award usually picks), the tie-break chain. */
export function emptyDeliberation(): Deliberation {
  return {
    tieChoice: 'chain',
    finalistCount: 5,
    finalists: [],
    winner: null,
    motivation: '',
    minutes: '',
    decisions: [],
    scoreChanges: [],
    zViewShown: false,
  };
}

/**
 * The tie policy for a choice. The chain is the scoring module's default:
 * median, then each criterion's mean in the round's order, then the
 * application id as a reproducible last resort.
 */
export function tiePolicyFor(choice: TieChoice, criteriaKeys: readonly string[]): TiePolicy {
  return choice === 'shared' ? { kind: 'shared' } : defaultTieBreakChain(criteriaKeys);
}
