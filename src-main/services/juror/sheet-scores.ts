import type { PackagePayload } from '../../../src-shared/exchange';
import { conflictsOf } from '../../../src-shared/exchange';
import {
  declareConflict,
  emptyAppState,
  exportSummary,
  readSheet,
  scoreFileContent,
  withCell,
} from '../../../src-shared/juror';
import type {
  AppScoreState,
  ExportSummary,
  ScoreFileContent,
  SheetColumn,
  SheetRowError,
} from '../../../src-shared/juror';

/** The juror's answers read from a scoring sheet, ready for a score file. */
export type SheetScores =
  | { ok: true; content: ScoreFileContent; summary: ExportSummary; cells: number }
  | { ok: false; missingColumns: SheetColumn[]; errors: SheetRowError[] };

/**
 * Turn a scoring sheet (long format) into score-file content for the
 * juror's package, as the CLI's `score` does. Cells the sheet does not
 * mention stay empty. `declared` are conflicts the juror declares: their
 * applications carry the declaration and no scores. Any row error refuses
 * the whole sheet, so a file never silently leaves out a row.
 */
export function scoresFromSheet(
  pkg: PackagePayload,
  table: {
    headers: readonly string[];
    rows: readonly (readonly string[])[];
    headerRow?: number | undefined;
  },
  declared: readonly { applicationId: string; reason: string }[],
): SheetScores {
  const criteria = pkg.round.criteria;
  const declaredIds = new Set(declared.map((d) => d.applicationId));
  const read = readSheet(table, {
    applications: pkg.applications.map((a) => ({
      id: a.id,
      pseudonym: a.pseudonym,
      applicant: a.applicant,
    })),
    criteria,
    conflicted: new Set([...conflictsOf(pkg.roster, pkg.jurorId), ...declaredIds]),
  });
  if (!read.ok) return { ok: false, missingColumns: read.missingColumns, errors: [] };
  if (read.errors.length > 0) return { ok: false, missingColumns: [], errors: read.errors };
  const states = new Map<string, AppScoreState>();
  for (const cell of read.cells) {
    const state = states.get(cell.applicationId) ?? emptyAppState(cell.applicationId);
    states.set(
      cell.applicationId,
      withCell(state, cell.criterion, { value: cell.value, comment: cell.comment ?? '' }, 0),
    );
  }
  for (const d of declared) {
    states.set(d.applicationId, declareConflict(emptyAppState(d.applicationId), d.reason, 0));
  }
  // "Done" here means every criterion is answered: a sheet has no done mark.
  for (const [id, state] of states) {
    if (
      state.conflict === null &&
      criteria.every((c) => state.cells.some((x) => x.criterion === c.key && x.value !== null))
    ) {
      states.set(id, { ...state, done: true });
    }
  }
  const ids = pkg.applications.map((a) => a.id);
  return {
    ok: true,
    content: scoreFileContent(ids, states, criteria),
    summary: exportSummary(ids, states, criteria),
    cells: read.cells.length,
  };
}
