import { strictAssert } from '../assert';

/**
 * The inputs of every scoring computation. Ids are plain strings so branded
 * ids (`JurorId`, `ApplicationId`, `CriterionKey`) can be passed as they are.
 * Everything keyed by an id is a `Map`/`Set`: ids come from imported files and
 * must never become keys of plain objects.
 */

/** The explicit "cannot assess" choice; distinct from a missing score. */
export const CANNOT_ASSESS = 'cannot-assess';
export type CannotAssess = typeof CANNOT_ASSESS;

/** A stored cell: an integer score on the criterion's scale, or "cannot assess". */
export type ScoreValue = number | CannotAssess;

/** A cell as read: `undefined` means the juror left it empty (missing). */
export type ScoreCell = ScoreValue | undefined;

/** One criterion as scoring needs it: its weight and the scale's bounds. */
export interface CriterionSpec {
  readonly key: string;
  /** Non-negative; a zero weight keeps the criterion out of weighted totals. */
  readonly weight: number;
  /** Lowest score on the scale (integer). */
  readonly min: number;
  /** Highest score on the scale (integer, above `min`). */
  readonly max: number;
}

/** juror → application → criterion → value. Absent entries are missing cells. */
export type ScoreTable = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, ScoreValue>>>;

/** juror → applications the juror is conflicted on. */
export type ConflictSet = ReadonlyMap<string, ReadonlySet<string>>;

/** Everything the chair's computations read. */
export interface ScoringInput {
  /** Criteria in display order; that order is also the default tie-break order. */
  readonly criteria: readonly CriterionSpec[];
  /** Jurors whose scores count. Scores of jurors not listed here are ignored. */
  readonly jurors: readonly string[];
  /** Applications to aggregate. Scores for applications not listed are ignored. */
  readonly applications: readonly string[];
  readonly scores: ScoreTable;
  /** A conflicted juror's cells for that application are ignored entirely. */
  readonly conflicts: ConflictSet;
}

/** Build a {@link ScoreTable} from `[juror, application, criterion, value]` rows; the last row for a cell wins. */
export function scoreTableFrom(
  rows: Iterable<readonly [string, string, string, ScoreValue]>,
): ScoreTable {
  const table = new Map<string, Map<string, Map<string, ScoreValue>>>();
  for (const [juror, application, criterion, value] of rows) {
    let byApp = table.get(juror);
    if (byApp === undefined) {
      byApp = new Map();
      table.set(juror, byApp);
    }
    let cells = byApp.get(application);
    if (cells === undefined) {
      cells = new Map();
      byApp.set(application, cells);
    }
    cells.set(criterion, value);
  }
  return table;
}

/** Build a {@link ConflictSet} from `[juror, application]` pairs. */
export function conflictSetFrom(pairs: Iterable<readonly [string, string]>): ConflictSet {
  const set = new Map<string, Set<string>>();
  for (const [juror, application] of pairs) {
    let apps = set.get(juror);
    if (apps === undefined) {
      apps = new Set();
      set.set(juror, apps);
    }
    apps.add(application);
  }
  return set;
}

/** True when the juror is conflicted on the application. */
export function isConflicted(input: ScoringInput, juror: string, application: string): boolean {
  return input.conflicts.get(juror)?.has(application) ?? false;
}

/**
 * The cell as the computations see it: `undefined` when missing, and also
 * when the juror is conflicted (a conflicted juror's cells are ignored).
 */
export function effectiveCell(
  input: ScoringInput,
  juror: string,
  application: string,
  criterion: string,
): ScoreCell {
  if (isConflicted(input, juror, application)) return undefined;
  return input.scores.get(juror)?.get(application)?.get(criterion);
}

/** The same input with one juror left out (used by leave-one-out stability). */
export function withoutJuror(input: ScoringInput, juror: string): ScoringInput {
  return { ...input, jurors: input.jurors.filter((j) => j !== juror) };
}

/** One problem found by {@link validateScoringInput}. */
export interface ScoringInputIssue {
  readonly code:
    | 'duplicate-juror'
    | 'duplicate-application'
    | 'duplicate-criterion'
    | 'bad-weight'
    | 'bad-scale'
    | 'no-positive-weight'
    | 'score-not-integer'
    | 'score-out-of-range';
  readonly juror?: string;
  readonly application?: string;
  readonly criterion?: string;
}

/**
 * Check the input's invariants: unique ids, finite non-negative weights with
 * at least one positive, integer scales with `max > min`, and every listed
 * juror's score an integer on its criterion's scale. Cells for jurors,
 * applications or criteria that are not listed are ignored everywhere and
 * are not reported.
 */
export function validateScoringInput(input: ScoringInput): ScoringInputIssue[] {
  const issues: ScoringInputIssue[] = [];
  const seen = (ids: readonly string[]): string[] => {
    const found = new Set<string>();
    const dup: string[] = [];
    for (const id of ids) {
      if (found.has(id)) dup.push(id);
      found.add(id);
    }
    return dup;
  };
  for (const juror of seen(input.jurors)) issues.push({ code: 'duplicate-juror', juror });
  for (const application of seen(input.applications)) {
    issues.push({ code: 'duplicate-application', application });
  }
  for (const criterion of seen(input.criteria.map((c) => c.key))) {
    issues.push({ code: 'duplicate-criterion', criterion });
  }
  for (const c of input.criteria) {
    if (!Number.isFinite(c.weight) || c.weight < 0) {
      issues.push({ code: 'bad-weight', criterion: c.key });
    }
    if (!Number.isInteger(c.min) || !Number.isInteger(c.max) || c.max <= c.min) {
      issues.push({ code: 'bad-scale', criterion: c.key });
    }
  }
  if (input.criteria.length > 0 && !input.criteria.some((c) => c.weight > 0)) {
    issues.push({ code: 'no-positive-weight' });
  }
  for (const juror of input.jurors) {
    const byApp = input.scores.get(juror);
    if (byApp === undefined) continue;
    for (const application of input.applications) {
      const cells = byApp.get(application);
      if (cells === undefined) continue;
      for (const c of input.criteria) {
        const v = cells.get(c.key);
        if (v === undefined || v === CANNOT_ASSESS) continue;
        const where = { juror, application, criterion: c.key };
        if (!Number.isInteger(v)) issues.push({ code: 'score-not-integer', ...where });
        else if (v < c.min || v > c.max) issues.push({ code: 'score-out-of-range', ...where });
      }
    }
  }
  return issues;
}

/**
 * Throw an `InvariantError` when {@link validateScoringInput} finds anything.
 * Scores reach the chair through schema-validated files, so an invalid input
 * here is a bug upstream, not a user error to recover from.
 */
export function assertValidScoringInput(input: ScoringInput): void {
  const issues = validateScoringInput(input);
  strictAssert(
    issues.length === 0,
    `scoring input must be valid: ${JSON.stringify(issues.slice(0, 5))}`,
  );
}
