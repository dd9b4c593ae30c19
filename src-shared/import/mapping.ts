import type { Application } from '../domain/round';
import { finaliseCandidate } from './finalise';
import { IdRegistry } from './ids';
import { planColumns } from './plan';
import type { ColumnPlan } from './plan';
import { readRow, rowId } from './rows';
import type {
  ColumnMapping,
  ImportOptions,
  ImportTable,
  MappingResult,
  PreviewRow,
  RowReport,
} from './types';

/*
 * Spreadsheet rows → applications, following the organiser's column
 * mapping. Every data row gets a report entry; problems that concern the
 * columns themselves (unknown or doubly mapped columns) are reported once,
 * on the header row.
 */

function headerRowOf(table: ImportTable): number {
  return table.headerRow ?? 1;
}

/** Ids written in the id column: generated ids must not take them. */
function reserveWrittenIds(table: ImportTable, plan: ColumnPlan, registry: IdRegistry): void {
  if (plan.id === null) return;
  for (const row of table.rows) {
    const read = rowId(row[plan.id] ?? '');
    if (typeof read === 'object' && read.id !== null) registry.reserve(read.id);
  }
}

type RowOutcome = PreviewRow;

/** Map the first `limit` data rows (all by default). */
function mapRows(
  table: ImportTable,
  mapping: ColumnMapping,
  options: ImportOptions,
  limit: number,
): { plan: ColumnPlan; outcomes: RowOutcome[] } {
  const plan = planColumns(table, mapping);
  const registry = new IdRegistry(options.existingIds ?? [], options.existingApplicants ?? []);
  reserveWrittenIds(table, plan, registry);
  const columns = {
    ...(plan.id === null ? {} : { id: plan.labels[plan.id] ?? '' }),
    ...(plan.applicant === null ? {} : { applicant: plan.labels[plan.applicant] ?? '' }),
  };
  const first = headerRowOf(table) + 1;
  const outcomes: RowOutcome[] = [];
  for (const [i, cells] of table.rows.slice(0, limit).entries()) {
    const row = first + i;
    const { candidate, found } = readRow(cells, plan);
    const { application, report } = finaliseCandidate(candidate, found, registry, row, columns);
    outcomes.push({ ...report, application });
  }
  return { plan, outcomes };
}

/**
 * Turn a table into applications. Rows with an error (empty, no applicant,
 * duplicate id or applicant, text over the limits, invalid) are skipped;
 * rows with remarks (broken encoding, odd e-mail, repaired id, population
 * that is not a number) are imported with status 'warning'.
 * Ids come from the id column, or are generated as 'app-001', 'app-002', …
 * in row order, skipping any id in use.
 */
export function applyMapping(
  table: ImportTable,
  mapping: ColumnMapping,
  options: ImportOptions = {},
): MappingResult {
  const { plan, outcomes } = mapRows(table, mapping, options, table.rows.length);
  const applications: Application[] = [];
  const report: RowReport[] = [];
  if (plan.headerIssues.length > 0) {
    report.push({ row: headerRowOf(table), status: 'warning', issues: plan.headerIssues });
  }
  let skipped = 0;
  let warnings = 0;
  for (const { application, ...entry } of outcomes) {
    report.push(entry);
    if (application) applications.push(application);
    if (entry.status === 'skipped') skipped++;
    if (entry.status === 'warning') warnings++;
  }
  return {
    applications,
    report,
    summary: {
      total: outcomes.length,
      imported: applications.length,
      skipped,
      warnings,
      unknownColumns: plan.unknownColumns,
    },
  };
}

/**
 * The first `n` data rows as the import would treat them, for the preview
 * next to the column pickers. Ids match what applyMapping would give.
 */
export function previewRows(
  table: ImportTable,
  mapping: ColumnMapping,
  n = 5,
  options: ImportOptions = {},
): PreviewRow[] {
  return mapRows(table, mapping, options, Math.max(0, n)).outcomes;
}
