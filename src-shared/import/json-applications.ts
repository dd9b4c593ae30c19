import { LIMITS } from '../domain/round';
import type { Application, Contact, Section } from '../domain/round';
import { APPLICATIONS_FORMAT, FORMAT_VERSION } from '../domain/file-formats';
import { finaliseCandidate } from './finalise';
import type { Candidate, RowIssues } from './finalise';
import { ID_PATTERN, IdRegistry, MAX_ID_LENGTH } from './ids';
import { FORBIDDEN_KEYS, MAX_FACT_KEY } from './targets';
import { looksLikeEmail } from './text';
import type { ImportOptions, ImportSummary, ReadError, RowReport } from './types';

/*
 * The application JSON (docs/formats.md, "juryrum.applications") as an
 * import source. The value has already been parsed with size, depth and key
 * checks. Each application is rebuilt from the known fields only, so extra
 * fields written by other tools are dropped rather than refused; each entry
 * is judged on its own and reported by its 1-based position.
 */

/** Result of importing an application JSON document. */
export type JsonImportResult =
  | {
      ok: true;
      applications: Application[];
      /** Reports for entries that were skipped or carry warnings. */
      rowIssues: RowReport[];
      summary: ImportSummary;
    }
  | { ok: false; error: ReadError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property lookup that never reaches the prototype chain. */
function field(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function readContacts(raw: unknown, found: RowIssues): Contact[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    found.errors.push({ code: 'INVALID', column: 'contacts', detail: 'not a list' });
    return [];
  }
  const contacts: Contact[] = [];
  raw.forEach((item: unknown, i) => {
    const where = `contacts.${i}`;
    if (!isRecord(item)) {
      found.errors.push({ code: 'INVALID', column: where, detail: 'not an object' });
      return;
    }
    const [name, email, phone] = ['name', 'email', 'phone'].map((k) => text(field(item, k)));
    if (name == null || email == null || phone == null) {
      found.errors.push({
        code: 'INVALID',
        column: where,
        detail: 'name, email and phone are text',
      });
      return;
    }
    if (email !== '' && !looksLikeEmail(email)) {
      found.warnings.push({ code: 'INVALID_EMAIL', column: `${where}.email` });
    }
    contacts.push({ name, email, phone });
  });
  return contacts;
}

function readSections(raw: unknown, found: RowIssues): Section[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    found.errors.push({ code: 'INVALID', column: 'sections', detail: 'not a list' });
    return [];
  }
  const sections: Section[] = [];
  raw.forEach((item: unknown, i) => {
    const where = `sections.${i}`;
    const title = isRecord(item) ? text(field(item, 'title')) : null;
    const body = isRecord(item) ? text(field(item, 'text')) : null;
    if (title === null || body === null) {
      found.errors.push({ code: 'INVALID', column: where, detail: 'title and text are text' });
      return;
    }
    if (body.length > LIMITS.longText || title.length > LIMITS.shortText) {
      found.errors.push({ code: 'TOO_LONG', column: where });
      return;
    }
    sections.push({ title, text: body });
  });
  return sections;
}

function readFacts(raw: unknown, found: RowIssues): Record<string, string | number> {
  const facts: Record<string, string | number> = {};
  if (raw === undefined || raw === null) return facts;
  if (!isRecord(raw)) {
    found.errors.push({ code: 'INVALID', column: 'facts', detail: 'not an object' });
    return facts;
  }
  for (const [key, value] of Object.entries(raw)) {
    const where = `facts.${key.slice(0, MAX_FACT_KEY)}`;
    const usable =
      typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    if (FORBIDDEN_KEYS.has(key) || key === '' || key.length > MAX_FACT_KEY || !usable) {
      found.warnings.push({ code: 'INVALID', column: where, detail: 'fact left out' });
      continue;
    }
    if (typeof value === 'string' && value.length > LIMITS.shortText) {
      found.errors.push({ code: 'TOO_LONG', column: where });
      continue;
    }
    Object.defineProperty(facts, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return facts;
}

function readEntry(raw: unknown): { candidate: Candidate | null; found: RowIssues } {
  const found: RowIssues = { errors: [], warnings: [] };
  if (!isRecord(raw)) {
    found.errors.push({ code: 'INVALID', detail: 'not an object' });
    return { candidate: null, found };
  }
  const id = text(field(raw, 'id'));
  if (id === null || (id !== '' && !ID_PATTERN.test(id))) {
    found.errors.push({ code: 'INVALID', column: 'id', detail: 'ids use letters, digits, . _ -' });
  } else if (id.length > MAX_ID_LENGTH) {
    found.errors.push({ code: 'TOO_LONG', column: 'id' });
  }
  const applicant = text(field(raw, 'applicant'));
  if (applicant === null || applicant === '') {
    found.errors.push({ code: 'MISSING_APPLICANT', column: 'applicant' });
  } else if (applicant.length > LIMITS.shortText) {
    found.errors.push({ code: 'TOO_LONG', column: 'applicant' });
  }
  const contacts = readContacts(field(raw, 'contacts'), found);
  const sections = readSections(field(raw, 'sections'), found);
  const facts = readFacts(field(raw, 'facts'), found);
  if (found.errors.length > 0 || applicant === null || id === null) {
    return { candidate: null, found };
  }
  return { candidate: { id: id === '' ? null : id, applicant, contacts, sections, facts }, found };
}

/** Import the parsed application JSON: `{ "applications": [...] }` or a bare list. */
export function applicationsFromJson(
  value: unknown,
  options: ImportOptions = {},
): JsonImportResult {
  let list: unknown;
  if (Array.isArray(value)) list = value;
  else if (isRecord(value)) {
    const format = field(value, 'format');
    const version = field(value, 'version');
    if (format !== undefined && format !== APPLICATIONS_FORMAT) {
      return fail('UNSUPPORTED', 'This JSON file is not an application file.');
    }
    if (version !== undefined && version !== FORMAT_VERSION) {
      return fail('UNSUPPORTED', 'This application file has an unknown version.');
    }
    list = field(value, 'applications');
  }
  if (!Array.isArray(list)) {
    return fail('MALFORMED', 'The file has no "applications" list.');
  }
  if (list.length === 0) return fail('EMPTY', 'The file contains no applications.');
  if (list.length > LIMITS.applications) {
    return fail('TOO_LARGE', `The file has more than ${LIMITS.applications} applications.`);
  }
  const registry = new IdRegistry(options.existingIds ?? [], options.existingApplicants ?? []);
  for (const item of list) {
    const id = isRecord(item) ? field(item, 'id') : undefined;
    if (typeof id === 'string' && ID_PATTERN.test(id)) registry.reserve(id);
  }
  const applications: Application[] = [];
  const rowIssues: RowReport[] = [];
  let warnings = 0;
  list.forEach((item: unknown, i) => {
    const { candidate, found } = readEntry(item);
    const columns = { id: 'id', applicant: 'applicant' };
    const { application, report } = finaliseCandidate(candidate, found, registry, i + 1, columns);
    if (application) applications.push(application);
    if (report.status === 'warning') warnings++;
    if (report.issues.length > 0) rowIssues.push(report);
  });
  return {
    ok: true,
    applications,
    rowIssues,
    summary: {
      total: list.length,
      imported: applications.length,
      skipped: list.length - applications.length,
      warnings,
      unknownColumns: [],
    },
  };
}

function fail(code: ReadError['code'], message: string): { ok: false; error: ReadError } {
  return { ok: false, error: { code, message } };
}
