import { z } from 'zod';
import { LIMITS } from '../domain/round';
import { LongTextSchema, ReasonSchema, TimestampSchema } from '../exchange/common';
import { ScoreCellValueSchema } from '../exchange/score-file';
import { PlainCriterionSchema, PlainIdSchema } from './ids';
import { TieChoiceSchema, TieVoteSchema } from './tie-policy';

/*
 * The chair's deliberation: what the chair decides and writes, as stored in
 * the vault, sent to main for the export, and turned into the result.
 */

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
  /**
   * The chair's votes on ties (used under the `chair-vote` policy). Each is
   * also written to `decisions`. Absent in deliberations saved before votes.
   */
  tieVotes: z.array(TieVoteSchema).max(1_000).default([]),
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
    tieVotes: [],
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
