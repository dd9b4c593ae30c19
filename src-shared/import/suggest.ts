import { knownFactKey } from './targets';
import { normaliseHeader } from './text';
import type { MappingSuggestion, MappingTarget } from './types';

/*
 * Guess a target for each column from its header (Swedish or English, any
 * case, with or without å/ä/ö) and, for free-text columns, from the length
 * of its cells. The organiser confirms or changes every guess in the UI, so
 * a wrong guess costs a click; a missed column is reported as unknown.
 */

const ID_HEADERS = new Set([
  'id',
  'ansokningsnummer',
  'ansokningsnr',
  'ansokan nr',
  'ansokningsid',
  'ansokan id',
  'application id',
  'reference',
  'referens',
]);

const APPLICANT_HEADERS = new Set([
  'kommun',
  'kommunnamn',
  'kommunens namn',
  'namn pa kommunen',
  'sokande',
  'sokande kommun',
  'applicant',
  'municipality',
  'organisation',
  'organization',
]);

/** The four LIKA areas; a header that starts with one is a section. */
const SECTION_WORDS = ['ledning', 'infrastruktur', 'kompetens', 'anvandning'];

/** A column whose cells reach this length is free text, i.e. a section. */
const LONG_CELL = 200;
/** … or whose non-empty cells average this length. */
const LONG_AVERAGE = 80;

const EMAIL_WORDS = /\b(e ?post|e ?mail|mail|mejl)\b/;
const PHONE_WORDS = /\b(telefon\w*|tel|tfn|phone|mobil\w*|mobile)\b/;
const CONTACT_WORDS = /\b(kontakt\w*|contact\w*)\b/;

/** Contact target from a header such as 'E-post 2' or 'Kontaktperson'. */
function contactTarget(h: string): MappingTarget | null {
  const numbered = /^(.*?)\s*([1-9])$/.exec(h);
  const base = numbered?.[1] ?? h;
  const slot = numbered?.[2] ? Number(numbered[2]) : 1;
  let field: 'name' | 'email' | 'phone' | null = null;
  // E-mail and phone first: 'Kontaktpersonens e-post' is an e-mail column.
  if (EMAIL_WORDS.test(base)) field = 'email';
  else if (PHONE_WORDS.test(base)) field = 'phone';
  else if (CONTACT_WORDS.test(base)) field = 'name';
  if (field === null) return null;
  if (slot < 1 || slot > 3) return 'ignore';
  return `contact${slot === 1 ? 1 : slot === 2 ? 2 : 3}.${field}`;
}

function isLongText(cells: readonly string[]): boolean {
  let total = 0;
  let count = 0;
  for (const cell of cells) {
    if (cell === '') continue;
    if (cell.length >= LONG_CELL) return true;
    total += cell.length;
    count++;
  }
  return count > 0 && total / count >= LONG_AVERAGE;
}

/** Target for one header, from the header alone, or null if unknown. */
function targetFromHeader(header: string): MappingTarget | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  if (ID_HEADERS.has(h)) return 'id';
  if (APPLICANT_HEADERS.has(h)) return 'applicant';
  if (knownFactKey(header) !== null) return 'fact';
  if (SECTION_WORDS.some((w) => h === w || h.startsWith(`${w} `))) return 'section';
  return contactTarget(h);
}

/**
 * Suggest a mapping for a table. `rows` (optional) lets long free-text
 * columns be recognised as sections whatever their header.
 * Only the first column is suggested for 'id', 'applicant' and each contact
 * field; later look-alikes are set to 'ignore' and listed as unknown.
 */
export function suggestMapping(
  headers: readonly string[],
  rows: readonly (readonly string[])[] = [],
): MappingSuggestion {
  const mapping: MappingTarget[] = [];
  const unknownColumns: number[] = [];
  const taken = new Set<MappingTarget>();
  headers.forEach((header, col) => {
    const cells = rows.map((row) => row[col] ?? '');
    let target = targetFromHeader(header);
    if (target === null && isLongText(cells)) target = 'section';
    const single = target !== null && target !== 'section' && target !== 'fact';
    if (target !== null && single && taken.has(target)) target = null;
    if (target === null || target === 'ignore') {
      mapping.push('ignore');
      if (header !== '' || cells.some((c) => c !== '')) unknownColumns.push(col);
      return;
    }
    taken.add(target);
    mapping.push(target);
  });
  return { mapping, unknownColumns };
}
