import type { Criterion, Scale } from '../domain/round';
import type { ScoreCellValue } from '../exchange';
import { normaliseHeader } from '../import/text';
import type { AppScoreState } from './state';
import { CANNOT_ASSESS, cellOf } from './state';

/*
 * The scoring sheet: the juror's scores in "long format", one row per
 * application and criterion, for those who prefer a spreadsheet or paper.
 * The same reader serves the app's "Import scoring sheet" and the CLI's
 * `score` command. Format: docs/formats.md ("Scoring sheet").
 */

/** Column headers as written; readers also accept the Swedish names below. */
export const SHEET_COLUMNS = [
  'application',
  'pseudonym',
  'criterion',
  'criterion_name',
  'score',
  'comment',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** One row of the sheet, all text. */
export type SheetRow = Readonly<Record<SheetColumn, string>>;

/** An application as the sheet names it. */
export type SheetApplication = {
  readonly id: string;
  readonly pseudonym: string;
  /** The applicant as shown in this phase (the pseudonym when anonymised). */
  readonly applicant: string;
};

/** How a value is written in the sheet: '4', 'cannot-assess' or ''. */
export function scoreText(value: ScoreCellValue): string {
  return value === null ? '' : String(value);
}

/** The sheet for the juror's applications in their reading order. */
export function sheetRows(
  applications: readonly SheetApplication[],
  criteria: readonly Criterion[],
  states: ReadonlyMap<string, AppScoreState>,
): SheetRow[] {
  return applications.flatMap((a) => {
    const state = states.get(a.id);
    // A declared conflict has nothing to score; leaving it out keeps it so.
    if (state?.conflict) return [];
    return criteria.map((c) => {
      const cell = cellOf(state, c.key);
      return {
        application: a.id,
        pseudonym: a.pseudonym,
        criterion: c.key,
        criterion_name: c.name,
        score: scoreText(cell.value),
        comment: cell.comment,
      };
    });
  });
}

const ALIASES: Readonly<Record<SheetColumn, readonly string[]>> = {
  application: ['application', 'application id', 'ansokan', 'ansokan id', 'ansokningsnummer', 'id'],
  pseudonym: ['pseudonym', 'sokande', 'applicant'],
  criterion: ['criterion', 'criterion key', 'kriterium', 'nyckel'],
  criterion_name: ['criterion name', 'kriteriets namn', 'kriterienamn', 'namn'],
  score: ['score', 'poang', 'betyg', 'varde', 'value'],
  comment: ['comment', 'kommentar'],
};

/** Which column holds what, by header; -1 when absent. */
export function sheetColumns(headers: readonly string[]): Record<SheetColumn, number> {
  const normalised = headers.map((h) => normaliseHeader(h.replace(/_/g, ' ')));
  const out = {} as Record<SheetColumn, number>;
  for (const column of SHEET_COLUMNS) {
    out[column] = normalised.findIndex((h) => ALIASES[column].includes(h));
  }
  return out;
}

/** Why a row of a sheet cannot be used. */
export type SheetRowErrorCode =
  | 'unknown-application'
  | 'unknown-criterion'
  | 'not-integer'
  | 'out-of-range'
  | 'cannot-assess-not-allowed'
  | 'conflicted'
  | 'duplicate';

export type SheetRowError = {
  /** The spreadsheet row number (header included, as Excel shows it). */
  readonly row: number;
  readonly code: SheetRowErrorCode;
  /** The cell text that caused it, for the message. */
  readonly value: string;
};

/** One usable row. `comment` is undefined when the sheet has no comment column. */
export type SheetCell = {
  readonly row: number;
  readonly applicationId: string;
  readonly criterion: string;
  readonly value: ScoreCellValue;
  readonly comment: string | undefined;
};

export type SheetReadResult =
  | { ok: true; cells: SheetCell[]; errors: SheetRowError[] }
  | { ok: false; missingColumns: SheetColumn[] };

const CANNOT_ASSESS_SPELLINGS = new Set(['cannot-assess', 'cannot assess', 'ej bedömbar', 'eb']);

/**
 * Read a score cell: an integer on the scale, "cannot assess" (also written
 * "ej bedömbar" or "EB"), or empty. "4.0" from a spreadsheet's number cell
 * is 4; "3,5" is not an integer.
 */
export function parseScoreText(
  text: string,
  scale: Scale,
): { ok: true; value: ScoreCellValue } | { ok: false; code: SheetRowErrorCode } {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (CANNOT_ASSESS_SPELLINGS.has(t.toLowerCase())) {
    return scale.allowCannotAssess
      ? { ok: true, value: CANNOT_ASSESS }
      : { ok: false, code: 'cannot-assess-not-allowed' };
  }
  const m = /^(\d{1,3})(?:[.,]0+)?$/.exec(t);
  if (m?.[1] === undefined) return { ok: false, code: 'not-integer' };
  const value = Number(m[1]);
  if (value < scale.min || value > scale.max) return { ok: false, code: 'out-of-range' };
  return { ok: true, value };
}

/**
 * Undo the CSV writer's guard against spreadsheet formulas: a comment that
 * starts with = + - or @ is written with a leading apostrophe.
 */
export function unguardFormula(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** What the sheet is read against. */
export type SheetContext = {
  readonly applications: readonly SheetApplication[];
  readonly criteria: readonly Criterion[];
  /** Applications that cannot be scored (declared or recorded conflicts). */
  readonly conflicted: ReadonlySet<string>;
};

function lookup<T>(entries: readonly (readonly [string, T])[]): (key: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [k, v] of entries) if (!map.has(k)) map.set(k, v);
  return (key) => map.get(key.trim().toLowerCase());
}

/**
 * Read a sheet (header and rows of text, as the table readers give them).
 * Applications are found by id, pseudonym or applicant; criteria by key or
 * name; case does not matter. Every row that cannot be used gets an error
 * with its spreadsheet row number; blank rows are skipped.
 */
export function readSheet(
  table: {
    readonly headers: readonly string[];
    readonly rows: readonly (readonly string[])[];
    readonly headerRow?: number | undefined;
  },
  context: SheetContext,
): SheetReadResult {
  const col = sheetColumns(table.headers);
  const missing: SheetColumn[] = [];
  if (col.application < 0 && col.pseudonym < 0) missing.push('application');
  if (col.criterion < 0 && col.criterion_name < 0) missing.push('criterion');
  if (col.score < 0) missing.push('score');
  if (missing.length > 0) return { ok: false, missingColumns: missing };

  const appOf = lookup(
    context.applications.flatMap((a) =>
      [a.id, a.pseudonym, a.applicant].map((k) => [k.toLowerCase(), a.id] as const),
    ),
  );
  const criterionOf = lookup(
    context.criteria.flatMap((c) => [
      [c.key.toLowerCase(), c] as const,
      [c.name.toLowerCase(), c] as const,
    ]),
  );
  const cellAt = (row: readonly string[], i: number): string =>
    i < 0 ? '' : (row[i] ?? '').trim();
  const first = (table.headerRow ?? 1) + 1;
  const cells: SheetCell[] = [];
  const errors: SheetRowError[] = [];
  const seen = new Set<string>();

  table.rows.forEach((row, i) => {
    const at = first + i;
    if (row.every((c) => c.trim() === '')) return;
    const appText = cellAt(row, col.application) || cellAt(row, col.pseudonym);
    const applicationId = appOf(appText) ?? appOf(cellAt(row, col.pseudonym));
    if (applicationId === undefined) {
      errors.push({ row: at, code: 'unknown-application', value: appText });
      return;
    }
    const critText = cellAt(row, col.criterion) || cellAt(row, col.criterion_name);
    const criterion = criterionOf(critText) ?? criterionOf(cellAt(row, col.criterion_name));
    if (criterion === undefined) {
      errors.push({ row: at, code: 'unknown-criterion', value: critText });
      return;
    }
    if (context.conflicted.has(applicationId)) {
      errors.push({ row: at, code: 'conflicted', value: appText });
      return;
    }
    const scoreCell = cellAt(row, col.score);
    const parsed = parseScoreText(scoreCell, criterion.scale);
    if (!parsed.ok) {
      errors.push({ row: at, code: parsed.code, value: scoreCell });
      return;
    }
    const key = JSON.stringify([applicationId, criterion.key]);
    if (seen.has(key)) {
      errors.push({ row: at, code: 'duplicate', value: `${appText} / ${critText}` });
      return;
    }
    seen.add(key);
    cells.push({
      row: at,
      applicationId,
      criterion: criterion.key,
      value: parsed.value,
      comment: col.comment < 0 ? undefined : unguardFormula(cellAt(row, col.comment)),
    });
  });
  return { ok: true, cells, errors };
}

/** A cell whose value or comment the sheet would change. */
export type SheetChange = {
  readonly row: number;
  readonly applicationId: string;
  readonly criterion: string;
  readonly before: { readonly value: ScoreCellValue; readonly comment: string };
  readonly after: { readonly value: ScoreCellValue; readonly comment: string };
};

/**
 * Compare a read sheet with the juror's current answers. Only differences
 * are changes; nothing is applied until the juror has seen them.
 */
export function diffSheet(
  cells: readonly SheetCell[],
  states: ReadonlyMap<string, AppScoreState>,
): { changes: SheetChange[]; unchanged: number } {
  const changes: SheetChange[] = [];
  let unchanged = 0;
  for (const cell of cells) {
    const before = cellOf(states.get(cell.applicationId), cell.criterion);
    const after = { value: cell.value, comment: cell.comment ?? before.comment };
    if (after.value === before.value && after.comment === before.comment) unchanged++;
    else {
      changes.push({
        row: cell.row,
        applicationId: cell.applicationId,
        criterion: cell.criterion,
        before: { value: before.value, comment: before.comment },
        after,
      });
    }
  }
  return { changes, unchanged };
}

/**
 * Previewed changes that no longer hold: the cell's value or comment is not
 * what the preview showed as "now", or the application has a declared
 * conflict since. Applying over them would change something the juror did
 * not see, so the whole import is refused while this is not empty.
 */
export function staleSheetChanges(
  changes: readonly SheetChange[],
  states: ReadonlyMap<string, AppScoreState>,
): SheetChange[] {
  return changes.filter((c) => {
    const state = states.get(c.applicationId);
    const now = cellOf(state, c.criterion);
    return (
      (state?.conflict ?? null) !== null ||
      now.value !== c.before.value ||
      now.comment !== c.before.comment
    );
  });
}
