import { z } from 'zod';
import type { Criterion } from '../domain/round';
import type { Roster, ScoreCellValue, ScoreIssue } from '../exchange';
import {
  conflictsOf,
  DeclaredConflictSchema,
  OverallCommentSchema,
  ScoreEntrySchema,
  scoreContentIssues,
} from '../exchange';
import type { AppScoreState } from './state';
import { appStatus, cellOf, missingCriteria } from './state';

/** Counts behind "6 av 9 klara". */
export type Progress = {
  readonly total: number;
  /** Marked done. */
  readonly done: number;
  /** Declared conflicts: handled, since there is nothing to score. */
  readonly conflicts: number;
  /** done + conflicts: what "klara" counts. */
  readonly handled: number;
  readonly inProgress: number;
  readonly notStarted: number;
};

/** Progress over the juror's applications (ids as in the package). */
export function progressOf(
  applicationIds: readonly string[],
  states: ReadonlyMap<string, AppScoreState>,
  criteria: readonly Criterion[],
): Progress {
  let done = 0;
  let conflicts = 0;
  let inProgress = 0;
  let notStarted = 0;
  for (const id of applicationIds) {
    const status = appStatus(states.get(id), criteria);
    if (status === 'done') done++;
    else if (status === 'conflict') conflicts++;
    else if (status === 'not-started') notStarted++;
    else inProgress++;
  }
  return {
    total: applicationIds.length,
    done,
    conflicts,
    handled: done + conflicts,
    inProgress,
    notStarted,
  };
}

/** What the summary before an export lists. */
export type ExportSummary = {
  readonly done: readonly string[];
  /** Applications that are not marked done, with the criteria still unanswered. */
  readonly missing: readonly { applicationId: string; criteria: readonly string[] }[];
  readonly conflicts: readonly { applicationId: string; reason: string }[];
  /** True when every application is done or conflicted. */
  readonly complete: boolean;
};

/** Summarise the juror's work before exporting a score file. */
export function exportSummary(
  applicationIds: readonly string[],
  states: ReadonlyMap<string, AppScoreState>,
  criteria: readonly Criterion[],
): ExportSummary {
  const done: string[] = [];
  const missing: { applicationId: string; criteria: string[] }[] = [];
  const conflicts: { applicationId: string; reason: string }[] = [];
  for (const id of applicationIds) {
    const state = states.get(id);
    if (state?.conflict) conflicts.push({ applicationId: id, reason: state.conflict.reason });
    else if (state?.done) done.push(id);
    else {
      missing.push({
        applicationId: id,
        criteria: missingCriteria(state, criteria).map((c) => c.key),
      });
    }
  }
  return { done, missing, conflicts, complete: missing.length === 0 };
}

/** The scores, comments and conflicts a score file carries. */
export type ScoreFileContent = {
  scores: { applicationId: string; criterion: string; value: ScoreCellValue; comment: string }[];
  overallComments: { applicationId: string; comment: string }[];
  conflicts: { applicationId: string; reason: string }[];
};

/**
 * The content of a score file for the applications in the juror's package.
 * Every criterion of every application gets a cell (null when unanswered),
 * except conflicted applications, which get only the declaration. Private
 * notes are not part of the state and never leave the vault.
 */
export function scoreFileContent(
  applicationIds: readonly string[],
  states: ReadonlyMap<string, AppScoreState>,
  criteria: readonly Criterion[],
): ScoreFileContent {
  const scores: ScoreFileContent['scores'] = [];
  const comments: ScoreFileContent['overallComments'] = [];
  const declared: ScoreFileContent['conflicts'] = [];
  for (const id of applicationIds) {
    const state = states.get(id);
    if (state?.conflict) {
      declared.push({ applicationId: id, reason: state.conflict.reason });
      continue;
    }
    for (const c of criteria) {
      const cell = cellOf(state, c.key);
      scores.push({
        applicationId: id,
        criterion: c.key,
        value: cell.value,
        comment: cell.comment,
      });
    }
    if (state !== undefined && state.overallComment.trim() !== '') {
      comments.push({ applicationId: id, comment: state.overallComment });
    }
  }
  return { scores, overallComments: comments, conflicts: declared };
}

const ContentSchema = z.object({
  scores: z.array(ScoreEntrySchema),
  overallComments: z.array(OverallCommentSchema),
  conflicts: z.array(DeclaredConflictSchema),
});

/**
 * The problems main finds when it makes a score file from `content` for this
 * package (the same pure check, `scoreContentIssues`), so the juror can be
 * told which application and criterion. Empty when the content is fine, or
 * does not even have the score file's shape (the IPC contract refuses that).
 */
export function scoreFileIssues(
  pkg: {
    readonly jurorId: string;
    readonly roster: Roster;
    readonly round: { readonly criteria: readonly Criterion[] };
    readonly applications: readonly { readonly id: string }[];
  },
  content: ScoreFileContent,
): ScoreIssue[] {
  const parsed = ContentSchema.safeParse(content);
  if (!parsed.success) return [];
  return scoreContentIssues(parsed.data, {
    criteria: pkg.round.criteria,
    applicationIds: new Set(pkg.applications.map((a) => a.id)),
    rosterConflicts: conflictsOf(pkg.roster, pkg.jurorId),
  });
}
