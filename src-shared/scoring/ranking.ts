import { strictAssert } from '../assert';
import type { ApplicationAggregate } from './aggregate';
import { compareDesc, compareIds, sameValue } from './numeric';

/** Which statistic of the weighted totals orders the ranking. */
export type RankStatistic = 'mean' | 'median' | 'trimmedMean';

/** One step of a tie-break chain. Every value step sorts "higher first". */
export type TieBreakStep =
  | { readonly by: RankStatistic }
  | { readonly by: 'criterion-mean'; readonly criterion: string }
  /** Application id ascending: an arbitrary but reproducible last resort. */
  | { readonly by: 'application-id' };

/**
 * How ties on the ranking statistic are handled.
 * - `shared`: competition ranking — tied applications share the best rank and
 *   the next rank is skipped (1, 2, 2, 4).
 * - `chain`: ties are broken step by step; applications still equal after the
 *   last step share a rank as under `shared`.
 */
export type TiePolicy =
  { readonly kind: 'shared' } | { readonly kind: 'chain'; readonly steps: readonly TieBreakStep[] };

export interface RankingOptions {
  /** Default `'mean'`. */
  readonly by?: RankStatistic;
  readonly tiePolicy: TiePolicy;
}

/** The default chain: median, then each criterion's mean in the given order, then application id. */
export function defaultTieBreakChain(criteriaKeys: readonly string[]): TiePolicy {
  return {
    kind: 'chain',
    steps: [
      { by: 'median' },
      ...criteriaKeys.map((criterion) => ({ by: 'criterion-mean' as const, criterion })),
      { by: 'application-id' },
    ],
  };
}

/** Why an entry is ranked where it is relative to the entry just above it. */
export type Separation =
  | { readonly kind: 'first' }
  /** Its ranking statistic is lower than the previous entry's. */
  | { readonly kind: 'primary' }
  /** Equal statistic and not separated: it shares the previous entry's rank. */
  | { readonly kind: 'shared' }
  /** Equal statistic; this tie-break step put it below. */
  | { readonly kind: 'tie-break'; readonly step: TieBreakStep };

export interface RankedEntry {
  readonly application: string;
  /** Competition rank: 1 + the number of applications strictly ahead. */
  readonly rank: number;
  /** The ranking statistic's value. */
  readonly value: number;
  readonly separation: Separation;
}

/** A group of two or more applications with an equal ranking statistic. */
export interface TieGroup {
  readonly value: number;
  /** In final order. */
  readonly applications: readonly string[];
  /** 1-based position of the group's first member in `entries`. */
  readonly firstPosition: number;
  readonly outcome: 'shared' | 'broken' | 'partly-broken';
  /** Steps that separated at least one member, in chain order. */
  readonly decidedBy: readonly TieBreakStep[];
  /** Sub-groups that still share a rank. */
  readonly remaining: readonly (readonly string[])[];
}

export interface Ranking {
  readonly by: RankStatistic;
  readonly tiePolicy: TiePolicy;
  /** Ranked applications, best first; ties listed by application id. */
  readonly entries: readonly RankedEntry[];
  /** Applications without any weighted total, by application id. */
  readonly unranked: readonly string[];
  readonly ties: readonly TieGroup[];
}

/**
 * Rank applications by a statistic of their weighted totals (default mean),
 * higher first. Values are compared on the tie grid (`TIE_RESOLUTION`), so
 * mathematically equal values always tie. Under a `chain` policy each step
 * only orders applications still tied on everything before it; a step whose
 * value is missing for an application (e.g. nobody scored that criterion)
 * puts it after those that have one. The result depends only on the
 * aggregates' values, never on the order of the map.
 */
export function rankApplications(
  aggregates: ReadonlyMap<string, ApplicationAggregate>,
  options: RankingOptions,
): Ranking {
  const by = options.by ?? 'mean';
  const steps = options.tiePolicy.kind === 'chain' ? options.tiePolicy.steps : [];
  const rows: { agg: ApplicationAggregate; value: number }[] = [];
  const unranked: string[] = [];
  for (const agg of aggregates.values()) {
    const value = agg.totals[by];
    if (value === undefined) unranked.push(agg.application);
    else rows.push({ agg, value });
  }
  unranked.sort(compareIds);

  // First differing step (index), or -1 when a and b are tied on all steps.
  const firstDifference = (a: ApplicationAggregate, b: ApplicationAggregate): number =>
    steps.findIndex((step) => compareStep(step, a, b) !== 0);
  const compareRows = (a: (typeof rows)[number], b: (typeof rows)[number]): number => {
    const primary = compareDesc(a.value, b.value);
    if (primary !== 0) return primary;
    const i = firstDifference(a.agg, b.agg);
    const step = steps[i];
    if (step !== undefined) return compareStep(step, a.agg, b.agg);
    return compareIds(a.agg.application, b.agg.application);
  };
  rows.sort(compareRows);

  const entries: RankedEntry[] = [];
  rows.forEach((row, index) => {
    const prevRow = rows[index - 1];
    const prevEntry = entries[index - 1];
    let separation: Separation;
    let rank = index + 1;
    if (prevRow === undefined || prevEntry === undefined) separation = { kind: 'first' };
    else if (!sameValue(prevRow.value, row.value)) separation = { kind: 'primary' };
    else {
      const step = steps[firstDifference(prevRow.agg, row.agg)];
      if (step === undefined) {
        separation = { kind: 'shared' };
        rank = prevEntry.rank;
      } else separation = { kind: 'tie-break', step };
    }
    entries.push({ application: row.agg.application, rank, value: row.value, separation });
  });
  return { by, tiePolicy: options.tiePolicy, entries, unranked, ties: tieGroups(entries) };
}

function compareStep(step: TieBreakStep, a: ApplicationAggregate, b: ApplicationAggregate): number {
  switch (step.by) {
    case 'mean':
    case 'median':
    case 'trimmedMean':
      return compareDesc(a.totals[step.by], b.totals[step.by]);
    case 'criterion-mean':
      return compareDesc(
        a.criteria.get(step.criterion)?.mean,
        b.criteria.get(step.criterion)?.mean,
      );
    case 'application-id':
      return compareIds(a.application, b.application);
  }
}

function sameStep(a: TieBreakStep, b: TieBreakStep): boolean {
  if (a.by === 'criterion-mean' && b.by === 'criterion-mean') return a.criterion === b.criterion;
  return a.by === b.by;
}

function tieGroups(entries: readonly RankedEntry[]): TieGroup[] {
  const groups: TieGroup[] = [];
  let start = 0;
  while (start < entries.length) {
    let end = start + 1;
    while (end < entries.length && entries[end]?.separation.kind !== 'primary') end += 1;
    const members = entries.slice(start, end);
    const first = members[0];
    if (members.length > 1 && first !== undefined) {
      const decidedBy: TieBreakStep[] = [];
      const remaining: string[][] = [];
      let current: string[] = [];
      for (const e of members) {
        if (e.separation.kind === 'tie-break') {
          const step = e.separation.step;
          if (!decidedBy.some((s) => sameStep(s, step))) decidedBy.push(step);
        }
        if (e.separation.kind !== 'shared' && current.length > 0) {
          if (current.length > 1) remaining.push(current);
          current = [];
        }
        current.push(e.application);
      }
      if (current.length > 1) remaining.push(current);
      const shared = remaining.length === 1 && remaining[0]?.length === members.length;
      groups.push({
        value: first.value,
        applications: members.map((e) => e.application),
        firstPosition: start + 1,
        outcome: shared ? 'shared' : remaining.length === 0 ? 'broken' : 'partly-broken',
        decidedBy,
        remaining,
      });
    }
    start = end;
  }
  return groups;
}

/** A tie on the ranking statistic that touches the winner or the finalist cut. */
export interface TieWarning {
  readonly where: 'winner' | 'finalist-cut';
  /** The whole tie group, in final order. */
  readonly applications: readonly string[];
  /** True when a tie-break step separated the two places on either side of the line. */
  readonly resolved: boolean;
  /** The step that separated them; `null` when still shared. */
  readonly decidedBy: TieBreakStep | null;
}

/**
 * Ties that the chair must see: a tie group holding position 1 (`winner`),
 * and a tie group holding both position `finalists` and `finalists + 1`
 * (`finalist-cut`). Both are reported even when a tie-break chain resolved
 * them, so a decision made by a rule is never silent. With `finalists = 1`
 * one tie can appear under both labels.
 */
export function tiesAtCut(ranking: Ranking, finalists: number): TieWarning[] {
  strictAssert(
    Number.isInteger(finalists) && finalists >= 0,
    'the finalist count must be a non-negative integer',
  );
  const warnings: TieWarning[] = [];
  const boundary = (n: number, where: TieWarning['where']): void => {
    // `after` is the entry at position n + 1, just below the line.
    const after = ranking.entries[n];
    if (n < 1 || after === undefined || after.separation.kind === 'primary') return;
    const group = ranking.ties.find(
      (g) => g.firstPosition <= n && n < g.firstPosition + g.applications.length - 1,
    );
    if (group === undefined) return;
    const sep = after.separation;
    warnings.push({
      where,
      applications: group.applications,
      resolved: sep.kind === 'tie-break',
      decidedBy: sep.kind === 'tie-break' ? sep.step : null,
    });
  };
  boundary(1, 'winner');
  boundary(finalists, 'finalist-cut');
  return warnings;
}

/** A plain competition ranking of one value per id. */
export interface SimpleRanking {
  /** Best first; equal values share a rank and are listed by id. */
  readonly entries: readonly {
    readonly id: string;
    readonly rank: number;
    readonly value: number;
  }[];
  /** Ids whose value is `undefined`, by id. */
  readonly unranked: readonly string[];
}

/**
 * Competition ranking (1, 2, 2, 4) of values, higher first, equal on the tie
 * grid sharing a rank. Used by the z-score, Borda and stability views.
 */
export function rankValues(values: ReadonlyMap<string, number | undefined>): SimpleRanking {
  const rows: { id: string; value: number }[] = [];
  const unranked: string[] = [];
  for (const [id, value] of values) {
    if (value === undefined) unranked.push(id);
    else rows.push({ id, value });
  }
  rows.sort((a, b) => compareDesc(a.value, b.value) || compareIds(a.id, b.id));
  const entries: { id: string; rank: number; value: number }[] = [];
  rows.forEach((row, i) => {
    const prev = entries[i - 1];
    const rank = prev !== undefined && sameValue(prev.value, row.value) ? prev.rank : i + 1;
    entries.push({ id: row.id, rank, value: row.value });
  });
  return { entries, unranked: unranked.sort(compareIds) };
}
