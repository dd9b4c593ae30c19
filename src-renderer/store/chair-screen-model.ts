import type { Consolidation, HeadFile, VerifiedFile } from '../../src-shared/chair';
import type { AppliedTiePolicy, BuiltInput, ChairTable } from '../../src-shared/chair';
import { CANNOT_ASSESS } from '../../src-shared/scoring/model';
import type { ScoringInput } from '../../src-shared/scoring/model';
import type { StabilityResult } from '../../src-shared/scoring/stability';
import type { ZNormalisedView } from '../../src-shared/scoring/znorm';

/*
 * The consolidation as the chair's screens use it. It is computed in a
 * worker and copied to the window, and a copy costs time on the window's
 * thread in proportion to the number of objects. So what no screen reads
 * is left out (the table's rows already carry every figure per application;
 * the maps of aggregates, rankings, z-values, stability runs, Schulze and
 * tie-break values behind them stay in the worker), every score cell
 * travels in one typed array instead of nested maps, and the score files'
 * content, which the window already holds, is attached again on arrival.
 * Everything that is kept is exactly what `consolidate` gave.
 */

/** Every juror's effective cell (after score changes), one number per cell. */
export interface CellGrid {
  readonly jurors: readonly string[];
  readonly applications: readonly string[];
  readonly criteria: readonly string[];
  /** [juror][application][criterion], row-major; see EMPTY and CANNOT. */
  readonly values: Int32Array;
}
const EMPTY = -1;
const CANNOT = -2;

/**
 * The table as the screens read it: the rows (which carry every figure per
 * application) and the few round-level facts shown beside them.
 */
export type ScreenTable = Pick<ChairTable, 'criteria' | 'jurors' | 'rows' | 'alpha' | 'ties'> & {
  readonly z: Pick<ZNormalisedView, 'fallbackJurors'>;
  readonly stability: Pick<StabilityResult, 'winnerChangesWithout'>;
  readonly schulze: Pick<ChairTable['schulze'], 'shortlist' | 'truncated'>;
  readonly tie: AppliedTiePolicy;
};

/** The consolidation as it crosses from the worker: heads without content, cells as a grid. */
export interface SentConsolidation extends Omit<
  Consolidation,
  'heads' | 'built' | 'table' | 'tie'
> {
  readonly heads: readonly Omit<HeadFile, 'payload'>[];
  readonly built: Omit<BuiltInput, 'input'> & { readonly input: Omit<ScoringInput, 'scores'> };
  readonly cells: CellGrid;
  readonly tie: AppliedTiePolicy;
  readonly table: ScreenTable | null;
}

/** The same on the window's side, with each head's content attached again. */
export interface ScreenConsolidation extends Omit<SentConsolidation, 'heads'> {
  readonly heads: readonly HeadFile[];
}

export function toCellGrid(input: ScoringInput): CellGrid {
  const criteria = input.criteria.map((c) => c.key);
  const values = new Int32Array(input.jurors.length * input.applications.length * criteria.length);
  let i = 0;
  for (const juror of input.jurors) {
    const byApp = input.scores.get(juror);
    for (const application of input.applications) {
      const row = byApp?.get(application);
      for (const criterion of criteria) {
        const v = row?.get(criterion);
        values[i] = v === undefined ? EMPTY : v === CANNOT_ASSESS ? CANNOT : v;
        i += 1;
      }
    }
  }
  return { jurors: input.jurors, applications: input.applications, criteria, values };
}

const indexes = new WeakMap<
  CellGrid,
  { j: Map<string, number>; a: Map<string, number>; c: Map<string, number> }
>();
const indexOf = (list: readonly string[]): Map<string, number> =>
  new Map(list.map((id, i) => [id, i] as const));

/** A cell as the file format writes it (`null` when empty), like `cellOf` on the full input. */
export function gridCell(
  grid: CellGrid,
  jurorId: string,
  applicationId: string,
  criterion: string,
): number | 'cannot-assess' | null {
  let ix = indexes.get(grid);
  if (ix === undefined) {
    ix = { j: indexOf(grid.jurors), a: indexOf(grid.applications), c: indexOf(grid.criteria) };
    indexes.set(grid, ix);
  }
  const j = ix.j.get(jurorId);
  const a = ix.a.get(applicationId);
  const c = ix.c.get(criterion);
  if (j === undefined || a === undefined || c === undefined) return null;
  const v = grid.values[(j * grid.applications.length + a) * grid.criteria.length + c];
  return v === undefined || v === EMPTY ? null : v === CANNOT ? 'cannot-assess' : v;
}

function screenTable(table: ChairTable): ScreenTable {
  return {
    criteria: table.criteria,
    jurors: table.jurors,
    rows: table.rows,
    alpha: table.alpha,
    ties: table.ties,
    z: { fallbackJurors: table.z.fallbackJurors },
    stability: { winnerChangesWithout: table.stability.winnerChangesWithout },
    schulze: { shortlist: table.schulze.shortlist, truncated: table.schulze.truncated },
    tie: {
      choice: table.tie.choice,
      policy: table.tie.policy,
      appliedVotes: table.tie.appliedVotes,
    },
  };
}

/** What the worker sends for a consolidation. */
export function toSent(c: Consolidation): SentConsolidation {
  const { scores: _scores, ...input } = c.built.input;
  return {
    merge: c.merge,
    heads: c.heads.map(({ payload: _payload, ...head }) => head),
    built: { ...c.built, input },
    cells: toCellGrid(c.built.input),
    tie: { choice: c.tie.choice, policy: c.tie.policy, appliedVotes: c.tie.appliedVotes },
    table: c.table === null ? null : screenTable(c.table),
    issues: c.issues,
  };
}

/** Attach each head's verified content from the files the window holds. */
export function revive(
  sent: SentConsolidation,
  files: ReadonlyMap<string, VerifiedFile>,
): ScreenConsolidation {
  return {
    ...sent,
    heads: sent.heads.map((h) => {
      const file = files.get(h.digest);
      if (file === undefined) throw new Error('a head is one of the files sent');
      return { ...h, payload: file.payload };
    }),
  };
}
