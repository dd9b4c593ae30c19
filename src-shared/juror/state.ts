import { z } from 'zod';
import type { Criterion } from '../domain/round';
import { LIMITS } from '../domain/round';
import {
  CANNOT_ASSESS_VALUE,
  CommentSchema,
  ReasonSchema,
  ScoreCellValueSchema,
} from '../exchange';
import type { ScoreCellValue } from '../exchange';

/*
 * The juror's own work on one application in one phase: a value and a
 * comment per criterion, an overall comment, the "done" mark and a declared
 * conflict. Pure data and pure transitions; the renderer stores it sealed.
 */

const Id = z.string().min(1).max(64);

/** One criterion's answer. `null` is "not answered yet", unlike "cannot assess". */
export const CellStateSchema = z.strictObject({
  criterion: z.string().min(1).max(8),
  value: ScoreCellValueSchema,
  comment: CommentSchema,
});

export const AppScoreStateSchema = z.strictObject({
  applicationId: Id,
  cells: z.array(CellStateSchema).max(LIMITS.criteria),
  overallComment: CommentSchema,
  done: z.boolean(),
  /** A conflict the juror declared: scores are cleared and locked while it stands. */
  conflict: z.strictObject({ reason: ReasonSchema }).nullable(),
  updatedAt: z.number().int().nonnegative(),
});

export type CellState = Readonly<z.infer<typeof CellStateSchema>>;
export type AppScoreState = Readonly<z.infer<typeof AppScoreStateSchema>>;

/** Where an application stands for the juror. */
export type AppStatus = 'not-started' | 'in-progress' | 'complete' | 'done' | 'conflict';

const EMPTY_CELL = { value: null, comment: '' } as const;

/** A fresh, untouched state. */
export function emptyAppState(applicationId: string, now = 0): AppScoreState {
  return {
    applicationId,
    cells: [],
    overallComment: '',
    done: false,
    conflict: null,
    updatedAt: now,
  };
}

/** The answer for one criterion (empty when never touched). */
export function cellOf(
  state: AppScoreState | undefined,
  criterion: string,
): { value: ScoreCellValue; comment: string } {
  const cell = state?.cells.find((c) => c.criterion === criterion);
  return cell ?? EMPTY_CELL;
}

/** True when the criterion has a score or an explicit "cannot assess". */
export function isAnswered(value: ScoreCellValue): boolean {
  return value !== null;
}

/** Criteria still without a score or "cannot assess", in round order. */
export function missingCriteria(
  state: AppScoreState | undefined,
  criteria: readonly Criterion[],
): Criterion[] {
  return criteria.filter((c) => !isAnswered(cellOf(state, c.key).value));
}

/** The status shown in the list and counted in the progress. */
export function appStatus(
  state: AppScoreState | undefined,
  criteria: readonly Criterion[],
): AppStatus {
  if (state === undefined) return 'not-started';
  if (state.conflict !== null) return 'conflict';
  if (state.done) return 'done';
  const answered = criteria.filter((c) => isAnswered(cellOf(state, c.key).value)).length;
  if (answered === criteria.length && criteria.length > 0) return 'complete';
  const touched =
    answered > 0 || state.overallComment !== '' || state.cells.some((c) => c.comment !== '');
  return touched ? 'in-progress' : 'not-started';
}

/**
 * Change one criterion's value and/or comment. A locked (conflicted)
 * application does not change. Emptying a value takes away the "done" mark,
 * since a done application must have every criterion answered.
 */
export function withCell(
  state: AppScoreState,
  criterion: string,
  patch: { value?: ScoreCellValue; comment?: string },
  now: number,
): AppScoreState {
  if (state.conflict !== null) return state;
  const current = cellOf(state, criterion);
  const next = {
    criterion,
    value: patch.value === undefined ? current.value : patch.value,
    comment: patch.comment ?? current.comment,
  };
  if (next.value === current.value && next.comment === current.comment) return state;
  const others = state.cells.filter((c) => c.criterion !== criterion);
  return {
    ...state,
    cells: [...others, next],
    done: state.done && next.value !== null,
    updatedAt: now,
  };
}

/** Change the overall comment (not while conflicted). */
export function withOverallComment(
  state: AppScoreState,
  comment: string,
  now: number,
): AppScoreState {
  if (state.conflict !== null || state.overallComment === comment) return state;
  return { ...state, overallComment: comment, updatedAt: now };
}

/** Mark done only when every criterion is answered; otherwise say what is missing. */
export function markDone(
  state: AppScoreState,
  criteria: readonly Criterion[],
  now: number,
): { ok: true; state: AppScoreState } | { ok: false; missing: Criterion[] } {
  if (state.conflict !== null) return { ok: false, missing: [] };
  const missing = missingCriteria(state, criteria);
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, state: { ...state, done: true, updatedAt: now } };
}

/** Take back the "done" mark. */
export function unmarkDone(state: AppScoreState, now: number): AppScoreState {
  return state.done ? { ...state, done: false, updatedAt: now } : state;
}

/**
 * Declare a conflict of interest: every score and comment on the application
 * is cleared, and it stays locked until the declaration is withdrawn. The
 * score file then carries the declaration and nothing else for it.
 */
export function declareConflict(state: AppScoreState, reason: string, now: number): AppScoreState {
  return {
    applicationId: state.applicationId,
    cells: [],
    overallComment: '',
    done: false,
    conflict: { reason },
    updatedAt: now,
  };
}

/** Withdraw a declared conflict. The cleared scores do not come back. */
export function withdrawConflict(state: AppScoreState, now: number): AppScoreState {
  return state.conflict === null ? state : { ...state, conflict: null, updatedAt: now };
}

/** "cannot-assess" as the one spelling used everywhere. */
export const CANNOT_ASSESS = CANNOT_ASSESS_VALUE;
