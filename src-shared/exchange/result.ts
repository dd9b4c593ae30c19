import { z } from 'zod';
import { ApplicationIdSchema, CriterionKeySchema, JurorIdSchema, LIMITS } from '../domain/round';
import {
  DigestSchema,
  exchangeFields,
  LongTextSchema,
  ReasonSchema,
  RevisionSchema,
  TimestampSchema,
} from './common';
import { issue } from './refine';
import { RESULT_FORMAT } from './constants';
import { ScoreCellValueSchema } from './score-file';

/** A statistic; `null` when there were no values to compute it from. */
const Stat = z.number().nullable();
const Count = z.int().min(0).max(1_000_000);

/** How the table was computed, so the result can be reproduced. */
export const ResultMethodSchema = z.strictObject({
  /** E.g. "mean of weighted totals". */
  aggregation: z.string().min(1).max(200),
  /** The tie policy as the chair's app recorded it (any JSON). */
  tiePolicy: z.json(),
  /** Per-juror z-scores are only ever a second view; never used for the ranking. */
  normalisation: z.enum(['none', 'z-score-view-only']),
});

/** One row of the final ranking (statistics over the jurors' weighted totals). */
export const RankingEntrySchema = z.strictObject({
  applicationId: ApplicationIdSchema,
  rank: z.int().min(1).max(1_000_000),
  mean: Stat,
  median: Stat,
  trimmedMean: Stat,
  sd: Stat,
  range: Stat,
  n: Count,
});

/** Statistics of one criterion for one application. */
export const CriterionSummarySchema = z.strictObject({
  applicationId: ApplicationIdSchema,
  criterion: CriterionKeySchema,
  mean: Stat,
  median: Stat,
  trimmedMean: Stat,
  sd: Stat,
  range: Stat,
  n: Count,
  cannotAssess: Count,
  missing: Count,
});

/** A decision in the deliberation, in the order it was taken. */
export const ResultDecisionSchema = z.strictObject({
  at: TimestampSchema,
  text: z.string().min(1).max(10_000),
});

/** A score changed after discussion: both values are kept. */
export const ScoreChangeSchema = z.strictObject({
  jurorId: JurorIdSchema,
  applicationId: ApplicationIdSchema,
  criterion: CriterionKeySchema,
  before: ScoreCellValueSchema,
  after: ScoreCellValueSchema,
  reason: ReasonSchema,
});

/** Who recused from what (roster and declared conflicts together). */
export const ResultConflictSchema = z.strictObject({
  jurorId: JurorIdSchema,
  applicationId: ApplicationIdSchema,
  reason: ReasonSchema,
});

/** An accepted score file that the result is computed from. */
export const ResultInputSchema = z.strictObject({
  jurorId: JurorIdSchema,
  revision: RevisionSchema,
  digest: DigestSchema,
});

const MAX_ROWS = LIMITS.applications * LIMITS.criteria;

/** The signed content of the chair's result. */
export const ResultPayloadSchema = z
  .strictObject({
    ...exchangeFields(RESULT_FORMAT),
    createdAt: TimestampSchema,
    method: ResultMethodSchema,
    ranking: z.array(RankingEntrySchema).max(LIMITS.applications),
    aggregates: z.array(CriterionSummarySchema).max(MAX_ROWS),
    finalists: z.array(ApplicationIdSchema).max(LIMITS.applications),
    winner: ApplicationIdSchema.nullable(),
    motivation: LongTextSchema,
    minutes: LongTextSchema,
    decisions: z.array(ResultDecisionSchema).max(10_000),
    scoreChanges: z.array(ScoreChangeSchema).max(MAX_ROWS),
    conflicts: z.array(ResultConflictSchema).max(100_000),
    inputs: z.array(ResultInputSchema).max(LIMITS.jurors),
  })
  .superRefine((r, ctx) => {
    const ranked = new Set<string>();
    r.ranking.forEach((e, i) => {
      if (ranked.has(e.applicationId)) issue(ctx, ['ranking', i], 'application ranked twice');
      ranked.add(e.applicationId);
    });
    const finalists = new Set<string>();
    r.finalists.forEach((id, i) => {
      if (finalists.has(id) || !ranked.has(id)) {
        issue(ctx, ['finalists', i], 'finalist listed twice or not ranked');
      }
      finalists.add(id);
    });
    if (
      r.winner !== null &&
      (!ranked.has(r.winner) || (finalists.size > 0 && !finalists.has(r.winner)))
    ) {
      issue(ctx, ['winner'], 'the winner must be ranked, and a finalist when there are finalists');
    }
    const jurors = new Set<string>();
    r.inputs.forEach((input, i) => {
      if (jurors.has(input.jurorId)) issue(ctx, ['inputs', i], 'one accepted file per juror');
      jurors.add(input.jurorId);
    });
  });

export type ResultMethod = z.infer<typeof ResultMethodSchema>;
export type RankingEntry = z.infer<typeof RankingEntrySchema>;
export type CriterionSummary = z.infer<typeof CriterionSummarySchema>;
export type ResultDecision = z.infer<typeof ResultDecisionSchema>;
export type ScoreChange = z.infer<typeof ScoreChangeSchema>;
export type ResultConflict = z.infer<typeof ResultConflictSchema>;
export type ResultInput = z.infer<typeof ResultInputSchema>;
export type ResultPayload = z.infer<typeof ResultPayloadSchema>;
