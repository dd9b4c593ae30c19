import { z } from 'zod';
import { assertNever } from '../assert';
import { LIMITS } from '../domain/round';
import { TimestampSchema } from '../exchange/common';
import { defaultTieBreakChain } from '../scoring/ranking';
import type { TieBreakStep, TiePolicy } from '../scoring/ranking';
import { PlainIdSchema } from './ids';

/*
 * The tie policies the chair chooses from. Each one is explicit and is
 * written into the result's `method`:
 *
 * - `shared`: equal means share a place (1, 2, 2, 4);
 * - `chain`: the default chain — median, then each criterion's mean in the
 *   round's order, then the application id as a reproducible last resort;
 * - `median-top-borda`: median, then top scores per juror, then Borda;
 *   what is still equal shares a place;
 * - `chair-vote`: the chair's recorded vote orders a tie; a tie without a
 *   vote shares a place.
 *
 * The scoring module's ranking knows statistics of the totals and criterion
 * means. The chair-only tie-breaks (top scores, Borda, the vote) are handed
 * to it as pseudo-criteria under reserved keys, so ranking, tie groups, tie
 * warnings and the leave-one-out runs all go through the same, tested code.
 * Real criterion keys match /^[A-Z][A-Z0-9]*$/, so a key starting with '#'
 * can never collide with one.
 */

export const TIE_CHOICES = ['shared', 'chain', 'median-top-borda', 'chair-vote'] as const;
export const TieChoiceSchema = z.enum(TIE_CHOICES);
export type TieChoice = z.infer<typeof TieChoiceSchema>;

/**
 * The chair's vote on a tie: the tied applications, best first. It applies
 * only while exactly these applications share a mean, so a vote never
 * decides a tie it was not cast on (after a score change, for example).
 */
export const TieVoteSchema = z
  .strictObject({
    order: z.array(PlainIdSchema).min(2).max(LIMITS.applications),
    at: TimestampSchema,
  })
  .refine((v) => new Set(v.order).size === v.order.length, {
    message: 'an application appears twice in the vote',
    path: ['order'],
  });
export type TieVote = z.infer<typeof TieVoteSchema>;

/** Reserved pseudo-criterion keys of the chair-only tie-breaks. */
export const TIE_KEYS = {
  topScores: '#top-scores',
  borda: '#borda',
  vote: '#chair-vote',
} as const;
export type TieKey = (typeof TIE_KEYS)[keyof typeof TIE_KEYS];

const by = (criterion: TieKey): TieBreakStep => ({ by: 'criterion-mean', criterion });

/** The ranking's tie policy for a choice (pseudo-criteria included). */
export function tiePolicyFor(choice: TieChoice, criteriaKeys: readonly string[]): TiePolicy {
  switch (choice) {
    case 'shared':
      return { kind: 'shared' };
    case 'chain':
      return defaultTieBreakChain(criteriaKeys);
    case 'median-top-borda':
      return {
        kind: 'chain',
        steps: [{ by: 'median' }, by(TIE_KEYS.topScores), by(TIE_KEYS.borda)],
      };
    case 'chair-vote':
      return { kind: 'chain', steps: [by(TIE_KEYS.vote)] };
    default:
      return assertNever(choice, 'tie choice');
  }
}

/** A tie-break step by name, as the result, the CLI and the screens show it. */
export type TieStepJson =
  | { by: 'mean' | 'median' | 'trimmedMean' | 'application-id' }
  | { by: 'top-scores' | 'borda' | 'chair-vote' }
  | { by: 'criterion-mean'; criterion: string };

/** Name a step: a pseudo-criterion becomes the tie-break it stands for. */
export function namedStep(step: TieBreakStep): TieStepJson {
  if (step.by !== 'criterion-mean') return { by: step.by };
  switch (step.criterion) {
    case TIE_KEYS.topScores:
      return { by: 'top-scores' };
    case TIE_KEYS.borda:
      return { by: 'borda' };
    case TIE_KEYS.vote:
      return { by: 'chair-vote' };
    default:
      return { by: 'criterion-mean', criterion: step.criterion };
  }
}

/** The tie policy in the result's `method` (plain, mutable JSON). */
export type TiePolicyJson =
  | { choice: 'shared'; kind: 'shared' }
  | {
      choice: Exclude<TieChoice, 'shared'>;
      kind: 'chain';
      steps: TieStepJson[];
      /** Only for `chair-vote`: the votes that decided a tie, in ranking order. */
      votes?: { order: string[]; at: string }[];
    };

/** What was applied: the choice, the ranking's policy, and the votes that decided a tie. */
export interface AppliedTiePolicy {
  readonly choice: TieChoice;
  readonly policy: TiePolicy;
  readonly appliedVotes: readonly TieVote[];
}

export function tiePolicyJson(tie: AppliedTiePolicy): TiePolicyJson {
  if (tie.choice === 'shared' || tie.policy.kind === 'shared') {
    return { choice: 'shared', kind: 'shared' };
  }
  return {
    choice: tie.choice,
    kind: 'chain',
    steps: tie.policy.steps.map(namedStep),
    ...(tie.choice === 'chair-vote'
      ? { votes: tie.appliedVotes.map((v) => ({ order: [...v.order], at: v.at })) }
      : {}),
  };
}
