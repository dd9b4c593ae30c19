import { LIMITS } from '../domain/round';
import type { Contact, Section } from '../domain/round';
import type { Candidate, RowIssues } from './finalise';
import { ID_PATTERN, MAX_ID_LENGTH, slugifyId } from './ids';
import type { ColumnPlan } from './plan';
import { hasBrokenEncoding, looksLikeEmail, parseSwedishNumber } from './text';

/*
 * One spreadsheet row → one candidate application, with every problem
 * written down. A row with an error is skipped as a whole: nothing is
 * imported half-way.
 */

/** The id a row asks for: null = generate one; 'invalid' = unusable. */
export type RowId = { id: string | null; changedFrom?: string } | 'invalid' | 'too-long';

/** Read the id cell of a row (trimmed), repairing what can be repaired. */
export function rowId(raw: string): RowId {
  if (raw === '') return { id: null };
  if (raw.length > MAX_ID_LENGTH) return 'too-long';
  if (ID_PATTERN.test(raw)) return { id: raw };
  const slug = slugifyId(raw);
  return slug === '' ? 'invalid' : { id: slug, changedFrom: raw };
}

function tooLong(found: RowIssues, column: string, max: number): void {
  found.errors.push({ code: 'TOO_LONG', column, detail: `longer than ${max} characters` });
}

/** Build the candidate for one data row; null when the row must be skipped. */
export function readRow(
  cells: readonly string[],
  plan: ColumnPlan,
): { candidate: Candidate | null; found: RowIssues } {
  const found: RowIssues = { errors: [], warnings: [] };
  const cell = (col: number | null): string => (col === null ? '' : (cells[col] ?? ''));
  const label = (col: number): string => plan.labels[col] ?? '';

  if (cells.every((c) => c === '')) {
    found.errors.push({ code: 'EMPTY_ROW' });
    return { candidate: null, found };
  }

  const applicant = cell(plan.applicant);
  const applicantLabel = plan.applicant === null ? undefined : label(plan.applicant);
  if (applicant === '') {
    found.errors.push(
      applicantLabel === undefined
        ? { code: 'MISSING_APPLICANT' }
        : { code: 'MISSING_APPLICANT', column: applicantLabel },
    );
  } else if (applicant.length > LIMITS.shortText && applicantLabel !== undefined) {
    tooLong(found, applicantLabel, LIMITS.shortText);
  }

  let id: string | null = null;
  if (plan.id !== null) {
    const read = rowId(cell(plan.id));
    const column = label(plan.id);
    if (read === 'too-long') tooLong(found, column, MAX_ID_LENGTH);
    else if (read === 'invalid') {
      found.errors.push({ code: 'INVALID', column, detail: 'no usable id' });
    } else {
      id = read.id;
      if (read.changedFrom !== undefined && read.id !== null) {
        found.warnings.push({
          code: 'INVALID',
          column,
          detail: `id "${read.changedFrom}" stored as "${read.id}"`,
        });
      }
    }
  }

  const contacts: Contact[] = [];
  for (const slot of plan.contacts) {
    const contact = { name: cell(slot.name), email: cell(slot.email), phone: cell(slot.phone) };
    if (contact.name === '' && contact.email === '' && contact.phone === '') continue;
    for (const col of [slot.name, slot.email, slot.phone]) {
      if (col !== null && cell(col).length > LIMITS.shortText) {
        tooLong(found, label(col), LIMITS.shortText);
      }
    }
    if (slot.email !== null && contact.email !== '' && !looksLikeEmail(contact.email)) {
      found.warnings.push({ code: 'INVALID_EMAIL', column: label(slot.email) });
    }
    contacts.push(contact);
  }

  const sections: Section[] = [];
  for (const { col, title } of plan.sections) {
    const text = cell(col);
    if (text === '') continue;
    if (text.length > LIMITS.longText) tooLong(found, label(col), LIMITS.longText);
    sections.push({ title, text });
  }

  const facts: Record<string, string | number> = {};
  for (const { col, key, numeric } of plan.facts) {
    const value = cell(col);
    if (value === '') continue;
    if (value.length > LIMITS.shortText) {
      tooLong(found, label(col), LIMITS.shortText);
      continue;
    }
    const number = numeric ? parseSwedishNumber(value) : null;
    if (numeric && number === null) {
      found.warnings.push({
        code: 'INVALID',
        column: label(col),
        detail: 'not a number; kept as text',
      });
    }
    // defineProperty: a plain assignment to a key like '__proto__' would
    // change the object's prototype. planColumns refuses such keys already.
    Object.defineProperty(facts, key, {
      value: number ?? value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }

  const mapped = [
    plan.applicant,
    plan.id,
    ...plan.contacts.flatMap((s) => [s.name, s.email, s.phone]),
    ...plan.sections.map((s) => s.col),
    ...plan.facts.map((f) => f.col),
  ];
  // Column order, so the report reads left to right like the spreadsheet.
  const inOrder = mapped.filter((c): c is number => c !== null).sort((a, b) => a - b);
  for (const col of inOrder) {
    if (hasBrokenEncoding(cell(col))) {
      found.warnings.push({ code: 'BROKEN_ENCODING', column: label(col) });
    }
  }

  if (found.errors.length > 0) return { candidate: null, found };
  return { candidate: { id, applicant, contacts, sections, facts }, found };
}
