import { compareIds } from '../scoring/numeric';
import type { SummaryStats } from '../scoring/stats';
import type { Consolidation } from './consolidate';
import type { Deliberation } from './deliberation';
import { tiePolicyJson } from './tie-policy';
import type { TiePolicyJson } from './tie-policy';

/** How the ranking is computed; written into every result. */
export const AGGREGATION_METHOD = 'mean of weighted totals';

type Stat = number | null;

/** Summary statistics as JSON, `null` where there was nothing to compute them from. */
export interface StatsJson {
  mean: Stat;
  median: Stat;
  trimmedMean: Stat;
  sd: Stat;
  range: Stat;
  n: number;
}

/** The deliberation's outcome in the shape of the result payload (docs/formats.md, "Result"). */
export interface ResultContent {
  readonly method: {
    readonly aggregation: string;
    readonly tiePolicy: TiePolicyJson;
    readonly normalisation: 'none' | 'z-score-view-only';
  };
  readonly ranking: readonly ({ applicationId: string; rank: number } & StatsJson)[];
  readonly aggregates: readonly ({
    applicationId: string;
    criterion: string;
    cannotAssess: number;
    missing: number;
  } & StatsJson)[];
  readonly finalists: readonly string[];
  readonly winner: string | null;
  readonly motivation: string;
  readonly minutes: string;
  readonly decisions: readonly { at: string; text: string }[];
  readonly scoreChanges: readonly {
    jurorId: string;
    applicationId: string;
    criterion: string;
    before: number | 'cannot-assess' | null;
    after: number | 'cannot-assess' | null;
    reason: string;
  }[];
  readonly conflicts: readonly { jurorId: string; applicationId: string; reason: string }[];
  readonly inputs: readonly { jurorId: string; revision: number; digest: string }[];
}

/** A statistic as JSON: `null` when there was nothing to compute it from. */
function stat(x: number | undefined): Stat {
  return x === undefined || !Number.isFinite(x) ? null : x;
}

/** Summary statistics as JSON, in the order every export writes them. */
export function statsJson(s: Partial<SummaryStats> | undefined): StatsJson {
  return {
    mean: stat(s?.mean),
    median: stat(s?.median),
    trimmedMean: stat(s?.trimmedMean),
    sd: stat(s?.sd),
    range: stat(s?.range),
    n: s?.n ?? 0,
  };
}

/**
 * The result's content, computed only from the consolidation and the
 * deliberation, with every list in a fixed order (ranking order; aggregates
 * by application id then criterion order; conflicts and inputs by juror id),
 * so the same inputs always give the same result. Finalists are listed in
 * ranking order. Nothing is dropped silently: a winner or finalist that the
 * result format does not allow is caught by its schema when the file is made.
 */
export function buildResultContent(c: Consolidation, deliberation: Deliberation): ResultContent {
  const table = c.table;
  const entries = table?.ranking.entries ?? [];
  const position = new Map(entries.map((e, i) => [e.application, i] as const));
  const ranking = entries.map((e) => ({
    applicationId: e.application,
    rank: e.rank,
    ...statsJson(table?.aggregates.get(e.application)?.totals),
  }));
  const aggregates: ResultContent['aggregates'][number][] = [];
  for (const applicationId of [...c.built.input.applications].sort(compareIds)) {
    const agg = table?.aggregates.get(applicationId);
    for (const criterion of c.built.input.criteria) {
      const a = agg?.criteria.get(criterion.key);
      aggregates.push({
        applicationId,
        criterion: criterion.key,
        ...statsJson(a),
        cannotAssess: a?.cannotAssess ?? 0,
        missing: a?.missing ?? 0,
      });
    }
  }
  const finalists = [...new Set(deliberation.finalists)].sort(
    (a, b) =>
      (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      compareIds(a, b),
  );
  return {
    method: {
      aggregation: AGGREGATION_METHOD,
      tiePolicy: tiePolicyJson(c.tie),
      normalisation: deliberation.zViewShown ? 'z-score-view-only' : 'none',
    },
    ranking,
    aggregates,
    finalists,
    winner: deliberation.winner,
    motivation: deliberation.motivation,
    minutes: deliberation.minutes,
    decisions: deliberation.decisions.map((d) => ({ at: d.at, text: d.text })),
    scoreChanges: deliberation.scoreChanges.map((s) => ({
      jurorId: s.jurorId,
      applicationId: s.applicationId,
      criterion: s.criterion,
      before: s.before,
      after: s.after,
      reason: s.reason,
    })),
    conflicts: c.built.conflicts.map((x) => ({
      jurorId: x.jurorId,
      applicationId: x.applicationId,
      reason: x.reason,
    })),
    inputs: c.heads.map((h) => ({ jurorId: h.jurorId, revision: h.revision, digest: h.digest })),
  };
}
