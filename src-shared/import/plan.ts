import { LIMITS } from '../domain/round';
import {
  contactSlot,
  FORBIDDEN_KEYS,
  isMappingTarget,
  knownFactKey,
  MAX_FACT_KEY,
  MAX_IMPORT_CONTACTS,
  NUMERIC_FACTS,
} from './targets';
import { columnLabel } from './text';
import type { ColumnMapping, ContactField, ImportIssue, ImportTable } from './types';

/*
 * A mapping resolved against a table: which column feeds which field, plus
 * the problems that concern the header row rather than any data row
 * (unknown columns, two columns for one field, over-long headers).
 */

/** Column indexes of one contact slot; null where no column is mapped. */
export type ContactColumns = Record<ContactField, number | null>;

export type ColumnPlan = {
  id: number | null;
  applicant: number | null;
  /** Slots 1–3 in order; a slot with no column at all is left out. */
  contacts: ContactColumns[];
  sections: { col: number; title: string }[];
  facts: { col: number; key: string; numeric: boolean }[];
  /** Issues reported on the header row. */
  headerIssues: ImportIssue[];
  unknownColumns: string[];
  /** Column names used in reports: header, or letter when blank. */
  labels: string[];
};

function columnHasData(table: ImportTable, col: number): boolean {
  return table.rows.some((row) => (row[col] ?? '') !== '');
}

/** Resolve a mapping against a table's header. */
export function planColumns(table: ImportTable, mapping: ColumnMapping): ColumnPlan {
  const labels = table.headers.map((_, col) => columnLabel(table.headers, col));
  const plan: ColumnPlan = {
    id: null,
    applicant: null,
    contacts: [],
    sections: [],
    facts: [],
    headerIssues: [],
    unknownColumns: [],
    labels,
  };
  const slots: ContactColumns[] = Array.from({ length: MAX_IMPORT_CONTACTS }, () => ({
    name: null,
    email: null,
    phone: null,
  }));
  const factKeys = new Set<string>();
  const taken = (col: number, first: number, what: string): void => {
    plan.headerIssues.push({
      code: 'INVALID',
      column: labels[col] ?? '',
      detail: `also mapped to ${what}; only column ${labels[first] ?? ''} is used`,
    });
  };

  table.headers.forEach((header, col) => {
    const label = labels[col] ?? '';
    // Mappings arrive over IPC: anything that is not a target counts as 'ignore'.
    const raw: unknown = mapping[col];
    const target = isMappingTarget(raw) ? raw : 'ignore';
    if (target === 'ignore') {
      if (header !== '' || columnHasData(table, col)) {
        plan.unknownColumns.push(label);
        plan.headerIssues.push({ code: 'UNKNOWN_COLUMN', column: label });
      }
      return;
    }
    if (target === 'id' || target === 'applicant') {
      const first = plan[target];
      if (first === null) plan[target] = col;
      else taken(col, first, target);
      return;
    }
    if (target === 'section') {
      let title = header === '' ? label : header;
      if (title.length > LIMITS.shortText) {
        title = title.slice(0, LIMITS.shortText);
        plan.headerIssues.push({
          code: 'TOO_LONG',
          column: label,
          detail: `section title cut to ${LIMITS.shortText} characters`,
        });
      }
      plan.sections.push({ col, title });
      return;
    }
    if (target === 'fact') {
      let key: string = knownFactKey(header) ?? (header === '' ? label : header);
      if (key.length > MAX_FACT_KEY) {
        key = key.slice(0, MAX_FACT_KEY);
        plan.headerIssues.push({
          code: 'TOO_LONG',
          column: label,
          detail: `fact name cut to ${MAX_FACT_KEY} characters`,
        });
      }
      if (FORBIDDEN_KEYS.has(key)) {
        plan.headerIssues.push({ code: 'INVALID', column: label, detail: 'reserved fact name' });
        return;
      }
      if (factKeys.has(key)) {
        const first = plan.facts.find((f) => f.key === key)?.col ?? col;
        taken(col, first, `fact ${key}`);
        return;
      }
      factKeys.add(key);
      plan.facts.push({ col, key, numeric: NUMERIC_FACTS.has(key) });
      return;
    }
    const contact = contactSlot(target);
    const slot = contact ? slots[contact.slot - 1] : undefined;
    if (!contact || !slot) return;
    const first = slot[contact.field];
    if (first === null) slot[contact.field] = col;
    else taken(col, first, `contact ${contact.slot} ${contact.field}`);
  });

  plan.contacts = slots.filter((s) => s.name !== null || s.email !== null || s.phone !== null);
  if (plan.applicant === null) {
    plan.headerIssues.push({
      code: 'MISSING_APPLICANT',
      detail: 'no column is mapped to the applicant',
    });
  }
  return plan;
}
