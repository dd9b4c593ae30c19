import type { PackagePayload } from '../exchange/package';
import type { ScoreFilePayload } from '../exchange/score-file';
import { CANNOT_ASSESS_VALUE } from '../exchange/score-file';
import { CANNOT_ASSESS } from '../scoring/model';
import type { ConflictSet, CriterionSpec, ScoreValue, ScoringInput } from '../scoring/model';
import { compareIds } from '../scoring/numeric';
import type { ScoreChangeEntry } from './deliberation';

/** One application as the chair's table knows it. */
export interface ChairApplication {
  readonly id: string;
  /** What the chair's package shows as the applicant (the pseudonym in anonymised phases). */
  readonly label: string;
  /**
   * False for an application the chair is conflicted on: the chair's package
   * leaves its text out, but the roster names it, so the others' scores count.
   */
  readonly inPackage: boolean;
}

/** The file in use for one juror (the merge's head), with its verified content. */
export interface HeadFile {
  readonly jurorId: string;
  readonly digest: string;
  readonly revision: number;
  readonly final: boolean;
  readonly payload: ScoreFilePayload;
}

/** A conflict of interest, recorded by the organiser or declared by the juror. */
export interface ConflictRow {
  readonly jurorId: string;
  readonly applicationId: string;
  readonly reason: string;
  readonly source: 'roster' | 'declared';
}

export interface BuiltInput {
  readonly input: ScoringInput;
  readonly applications: readonly ChairApplication[];
  /** Roster conflicts and the declared conflicts of the files in use, by juror then application. */
  readonly conflicts: readonly ConflictRow[];
  /** Scores for applications neither the package nor the roster names (ignored). */
  readonly ignoredScores: number;
}

/**
 * The applications the chair consolidates: those in the chair's package, in
 * package order, then (by id) those the roster lists as the chair's own
 * conflicts, which the package leaves out.
 */
export function chairApplications(pkg: PackagePayload): ChairApplication[] {
  const out: ChairApplication[] = pkg.applications.map((a) => ({
    id: a.id,
    label: a.applicant,
    inPackage: true,
  }));
  const known = new Set(out.map((a) => a.id));
  const missing = new Set<string>();
  for (const c of pkg.roster.conflicts) {
    if (c.jurorId === pkg.jurorId && !known.has(c.applicationId)) missing.add(c.applicationId);
  }
  for (const id of [...missing].sort(compareIds)) out.push({ id, label: id, inPackage: false });
  return out;
}

/** The criteria as the scoring functions need them, in the round's order. */
export function criterionSpecs(pkg: PackagePayload): CriterionSpec[] {
  return pkg.round.criteria.map((c) => ({
    key: c.key,
    weight: c.weight,
    min: c.scale.min,
    max: c.scale.max,
  }));
}

function toScoreValue(value: number | 'cannot-assess' | null): ScoreValue | undefined {
  if (value === null) return undefined;
  return value === CANNOT_ASSESS_VALUE ? CANNOT_ASSESS : value;
}

/** Every conflict that applies: the roster's, then the declared ones not already there. */
export function conflictRows(pkg: PackagePayload, heads: readonly HeadFile[]): ConflictRow[] {
  const rows = new Map<string, ConflictRow>();
  const key = (j: string, a: string): string => JSON.stringify([j, a]);
  for (const c of pkg.roster.conflicts) {
    rows.set(key(c.jurorId, c.applicationId), {
      jurorId: c.jurorId,
      applicationId: c.applicationId,
      reason: c.reason,
      source: 'roster',
    });
  }
  for (const h of heads) {
    for (const c of h.payload.conflicts) {
      const k = key(h.jurorId, c.applicationId);
      if (!rows.has(k)) {
        rows.set(k, {
          jurorId: h.jurorId,
          applicationId: c.applicationId,
          reason: c.reason,
          source: 'declared',
        });
      }
    }
  }
  return [...rows.values()].sort(
    (a, b) => compareIds(a.jurorId, b.jurorId) || compareIds(a.applicationId, b.applicationId),
  );
}

/**
 * Build the scoring input from the chair's package and the files in use.
 * Jurors are the heads' jurors by id; applications per {@link chairApplications};
 * empty cells are missing. Score changes from the deliberation are applied
 * in order on top of the files' values (the files themselves never change);
 * a change for a conflicted or unknown cell is ignored.
 */
export function buildScoringInput(
  pkg: PackagePayload,
  heads: readonly HeadFile[],
  changes: readonly ScoreChangeEntry[] = [],
): BuiltInput {
  const applications = chairApplications(pkg);
  const appIds = new Set(applications.map((a) => a.id));
  const criteria = criterionSpecs(pkg);
  const criterionKeys = new Set(criteria.map((c) => c.key));
  const scales = new Map(pkg.round.criteria.map((c) => [c.key as string, c.scale] as const));
  const sorted = [...heads].sort((a, b) => compareIds(a.jurorId, b.jurorId));
  const jurors = sorted.map((h) => h.jurorId);
  const jurorSet = new Set(jurors);

  const scores = new Map<string, Map<string, Map<string, ScoreValue>>>();
  const cells = (juror: string, application: string): Map<string, ScoreValue> => {
    let byApp = scores.get(juror);
    if (byApp === undefined) {
      byApp = new Map();
      scores.set(juror, byApp);
    }
    let row = byApp.get(application);
    if (row === undefined) {
      row = new Map();
      byApp.set(application, row);
    }
    return row;
  };
  let ignoredScores = 0;
  for (const h of sorted) {
    for (const s of h.payload.scores) {
      if (!appIds.has(s.applicationId) || !criterionKeys.has(s.criterion)) {
        ignoredScores += 1;
        continue;
      }
      const v = toScoreValue(s.value);
      if (v !== undefined) cells(h.jurorId, s.applicationId).set(s.criterion, v);
    }
  }

  const conflicts = conflictRows(pkg, sorted);
  const conflictSet = new Map<string, Set<string>>();
  for (const c of conflicts) {
    const set = conflictSet.get(c.jurorId) ?? new Set<string>();
    set.add(c.applicationId);
    conflictSet.set(c.jurorId, set);
  }
  for (const change of changes) {
    if (
      !jurorSet.has(change.jurorId) ||
      !appIds.has(change.applicationId) ||
      !criterionKeys.has(change.criterion) ||
      conflictSet.get(change.jurorId)?.has(change.applicationId) === true ||
      !fitsScale(change.after, scales.get(change.criterion))
    ) {
      continue;
    }
    const v = toScoreValue(change.after);
    const row = cells(change.jurorId, change.applicationId);
    if (v === undefined) row.delete(change.criterion);
    else row.set(change.criterion, v);
  }

  const input: ScoringInput = {
    criteria,
    jurors,
    applications: applications.map((a) => a.id),
    scores,
    conflicts: conflictSet satisfies ConflictSet,
  };
  return { input, applications, conflicts, ignoredScores };
}

/** Whether a changed value is allowed on the criterion's scale (checked like a file's scores). */
export function fitsScale(
  value: number | 'cannot-assess' | null,
  scale: { min: number; max: number; allowCannotAssess: boolean } | undefined,
): boolean {
  if (scale === undefined) return false;
  if (value === null) return true;
  if (value === CANNOT_ASSESS_VALUE) return scale.allowCannotAssess;
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

/** A cell's value in the input as the file format writes it (`null` when empty). */
export function cellOf(
  input: ScoringInput,
  jurorId: string,
  applicationId: string,
  criterion: string,
): number | 'cannot-assess' | null {
  const v = input.scores.get(jurorId)?.get(applicationId)?.get(criterion);
  if (v === undefined) return null;
  return v === CANNOT_ASSESS ? CANNOT_ASSESS_VALUE : v;
}
