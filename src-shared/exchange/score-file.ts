import { z } from 'zod';
import type { Criterion } from '../domain/round';
import { ApplicationIdSchema, CriterionKeySchema, JurorIdSchema, LIMITS } from '../domain/round';
import {
  CommentSchema,
  DigestSchema,
  exchangeFields,
  ReasonSchema,
  RevisionSchema,
  TimestampSchema,
} from './common';
import { SCORE_FILE_FORMAT } from './constants';

/** The explicit "cannot assess" answer (ej bedömbar); not the same as empty. */
export const CANNOT_ASSESS_VALUE = 'cannot-assess';

/** A cell: an integer on the scale, "cannot assess", or `null` (left empty). */
export const ScoreCellValueSchema = z.union([
  z.int().min(0).max(100),
  z.literal(CANNOT_ASSESS_VALUE),
  z.null(),
]);

/** One criterion score with its comment. */
export const ScoreEntrySchema = z.strictObject({
  applicationId: ApplicationIdSchema,
  criterion: CriterionKeySchema,
  value: ScoreCellValueSchema,
  comment: CommentSchema,
});

/** A comment on an application as a whole. */
export const OverallCommentSchema = z.strictObject({
  applicationId: ApplicationIdSchema,
  comment: CommentSchema,
});

/** A conflict the juror declares on their own. */
export const DeclaredConflictSchema = z.strictObject({
  applicationId: ApplicationIdSchema,
  reason: ReasonSchema,
});

/** Draft or final: reported to the chair, it does not change merge verdicts. */
export const ScoreFileStatusSchema = z.enum(['draft', 'final']);

/**
 * The signed content of a score file. `previousDigest` is the SHA-256 of the
 * previous revision's file bytes, and `null` exactly for revision 1.
 */
export const ScoreFilePayloadSchema = z
  .strictObject({
    ...exchangeFields(SCORE_FILE_FORMAT),
    jurorId: JurorIdSchema,
    revision: RevisionSchema,
    previousDigest: DigestSchema.nullable(),
    createdAt: TimestampSchema,
    status: ScoreFileStatusSchema,
    scores: z.array(ScoreEntrySchema).max(LIMITS.applications * LIMITS.criteria),
    overallComments: z.array(OverallCommentSchema).max(LIMITS.applications),
    conflicts: z.array(DeclaredConflictSchema).max(LIMITS.applications),
  })
  .refine((p) => (p.revision === 1) === (p.previousDigest === null), {
    message: 'only revision 1 has no previous digest',
    path: ['previousDigest'],
  });

export type ScoreCellValue = z.infer<typeof ScoreCellValueSchema>;
export type ScoreEntry = z.infer<typeof ScoreEntrySchema>;
export type OverallComment = z.infer<typeof OverallCommentSchema>;
export type DeclaredConflict = z.infer<typeof DeclaredConflictSchema>;
export type ScoreFileStatus = z.infer<typeof ScoreFileStatusSchema>;
export type ScoreFilePayload = z.infer<typeof ScoreFilePayloadSchema>;

/** The part of a score file the juror edits. */
export type ScoreContent = {
  readonly scores: readonly ScoreEntry[];
  readonly overallComments: readonly OverallComment[];
  readonly conflicts: readonly DeclaredConflict[];
};

/** What the content is checked against. */
export type ScoreContext = {
  /** The round's criteria (key and scale). */
  readonly criteria: readonly Criterion[];
  /**
   * Applications the juror received. Omitted on the chair's side: the chair's
   * own package leaves out applications the chair is conflicted on.
   */
  readonly applicationIds?: ReadonlySet<string> | undefined;
  /** Applications the organiser recorded as conflicts for this juror. */
  readonly rosterConflicts: ReadonlySet<string>;
};

/** A problem in a score file's content. */
export type ScoreIssue = {
  readonly code:
    | 'unknown-application'
    | 'unknown-criterion'
    | 'out-of-range'
    | 'cannot-assess-not-allowed'
    | 'duplicate-score'
    | 'duplicate-comment'
    | 'duplicate-conflict'
    | 'conflicted-scored'
    | 'conflicted-commented';
  readonly applicationId: string;
  readonly criterion?: string;
};

/** Stop listing after this many issues; one is enough to refuse the file. */
const MAX_ISSUES = 100;

/**
 * Check scores against the round: each criterion exists, each integer is on
 * its scale, "cannot assess" only where the scale allows it, no cell twice,
 * known applications (when `applicationIds` is given), and nothing scored or
 * commented for an application the juror is conflicted on (recorded by the
 * organiser or declared in the file). Empty list = valid. Pure, so the
 * renderer can show the same problems before export.
 */
export function scoreContentIssues(content: ScoreContent, context: ScoreContext): ScoreIssue[] {
  const issues: ScoreIssue[] = [];
  const add = (i: ScoreIssue): void => {
    if (issues.length < MAX_ISSUES) issues.push(i);
  };
  const known = (applicationId: string): boolean =>
    context.applicationIds === undefined || context.applicationIds.has(applicationId);
  const criteria = new Map<string, Criterion>(context.criteria.map((c) => [c.key, c]));

  const conflicted = new Set(context.rosterConflicts);
  const declared = new Set<string>();
  for (const c of content.conflicts) {
    if (declared.has(c.applicationId)) add({ code: 'duplicate-conflict', ...at(c) });
    if (!known(c.applicationId)) add({ code: 'unknown-application', ...at(c) });
    declared.add(c.applicationId);
    conflicted.add(c.applicationId);
  }

  const cells = new Set<string>();
  for (const s of content.scores) {
    const where = { applicationId: s.applicationId, criterion: s.criterion };
    const cell = JSON.stringify([s.applicationId, s.criterion]);
    if (cells.has(cell)) add({ code: 'duplicate-score', ...where });
    cells.add(cell);
    if (!known(s.applicationId)) add({ code: 'unknown-application', ...where });
    if (conflicted.has(s.applicationId)) add({ code: 'conflicted-scored', ...where });
    const criterion = criteria.get(s.criterion);
    if (criterion === undefined) {
      add({ code: 'unknown-criterion', ...where });
    } else if (s.value === CANNOT_ASSESS_VALUE) {
      if (!criterion.scale.allowCannotAssess) add({ code: 'cannot-assess-not-allowed', ...where });
    } else if (
      s.value !== null &&
      (s.value < criterion.scale.min || s.value > criterion.scale.max)
    ) {
      add({ code: 'out-of-range', ...where });
    }
  }

  const commented = new Set<string>();
  for (const c of content.overallComments) {
    if (commented.has(c.applicationId)) add({ code: 'duplicate-comment', ...at(c) });
    commented.add(c.applicationId);
    if (!known(c.applicationId)) add({ code: 'unknown-application', ...at(c) });
    if (conflicted.has(c.applicationId)) add({ code: 'conflicted-commented', ...at(c) });
  }
  return issues;
}

function at(entry: { applicationId: string }): { applicationId: string } {
  return { applicationId: entry.applicationId };
}
