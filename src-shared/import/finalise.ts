import { ApplicationIdSchema, ApplicationSchema } from '../domain/round';
import type { Application, Contact, Section } from '../domain/round';
import { idNamesPlace } from './id-names';
import { duplicateDetail } from './ids';
import type { IdRegistry } from './ids';
import type { ImportIssue, RowReport } from './types';

/*
 * The last step for every imported row or JSON entry: duplicate checks, id
 * assignment and a final pass through ApplicationSchema, so that whatever
 * the import builds is exactly what the rest of the app accepts.
 */

/** An application as read from a row, before checks; id null = generate. */
export type Candidate = {
  id: string | null;
  applicant: string;
  contacts: Contact[];
  sections: Section[];
  facts: Record<string, string | number>;
};

/** Issues collected while reading one row: errors skip it, warnings do not. */
export type RowIssues = { errors: ImportIssue[]; warnings: ImportIssue[] };

/** Columns to name in duplicate reports (JSON has none). */
export type DuplicateColumns = { id?: string; applicant?: string };

const PLACEHOLDER_ID = 'pending-id';

function withColumn(issue: ImportIssue, column: string | undefined): ImportIssue {
  return column === undefined ? issue : { ...issue, column };
}

/** Decide the fate of one candidate and record it in the registry. */
export function finaliseCandidate(
  candidate: Candidate | null,
  found: RowIssues,
  registry: IdRegistry,
  row: number,
  columns: DuplicateColumns = {},
): { application: Application | null; report: RowReport } {
  const errors = [...found.errors];
  const warnings = [...found.warnings];
  if (
    candidate !== null &&
    candidate.id !== null &&
    idNamesPlace(candidate.id, candidate.applicant)
  ) {
    // Ids go into anonymised packages as they are: 'Sala-1' would name the applicant.
    warnings.push(
      withColumn(
        {
          code: 'ID_REPLACED',
          detail: `id "${candidate.id}" names a place; a new id is generated`,
        },
        columns.id,
      ),
    );
    candidate = { ...candidate, id: null };
  }
  if (candidate !== null) {
    const idSeen = candidate.id === null ? undefined : registry.idSeen(candidate.id);
    if (idSeen) {
      errors.push(
        withColumn({ code: 'DUPLICATE_ID', detail: duplicateDetail(idSeen) }, columns.id),
      );
    }
    const nameSeen = registry.applicantSeen(candidate.applicant);
    if (nameSeen) {
      errors.push(
        withColumn(
          { code: 'DUPLICATE_APPLICANT', detail: duplicateDetail(nameSeen) },
          columns.applicant,
        ),
      );
    }
  }
  const skip = (): { application: null; report: RowReport } => ({
    application: null,
    report: { row, status: 'skipped', issues: [...errors, ...warnings] },
  });
  if (candidate === null || errors.length > 0) return skip();

  // Validate before generating an id, so a rejected row does not use one up.
  const parsed = ApplicationSchema.safeParse({ ...candidate, id: candidate.id ?? PLACEHOLDER_ID });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    errors.push({ code: 'INVALID', detail: `${where}${first?.message ?? 'invalid'}` });
    return skip();
  }
  const id = candidate.id ?? registry.generate();
  const application: Application = { ...parsed.data, id: ApplicationIdSchema.parse(id) };
  registry.claim(id, application.applicant, row);
  const status = warnings.length > 0 ? 'warning' : 'imported';
  return { application, report: { row, status, issues: warnings } };
}
