/*
 * Small text helpers for spreadsheet import: header normalisation, broken
 * encodings, column letters, e-mail and number checks. All pure.
 */

/**
 * A header reduced for matching: lower case, diacritics removed, anything
 * that is not a letter or digit turned into one space. 'E-post' → 'e post',
 * 'Användning' → 'anvandning', 'Namn på kommunen' → 'namn pa kommunen'.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/*
 * Mojibake: UTF-8 bytes that were read as Windows-1252 (and often saved
 * again). Every UTF-8 sequence for å, ä, ö, é … starts with byte C3, shown
 * as 'Ã', followed by a continuation byte 80–BF, shown as one of the
 * characters below. 'â€' starts the three-byte sequences of dashes and
 * curly quotes, 'Â' the two-byte ones of the no-break space, '§' and '°'.
 * U+FFFD is what a decoder writes for bytes it could not read at all.
 */
const CONTINUATION_AS_1252 =
  '\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc' +
  '\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122';
const MOJIBAKE = new RegExp(
  `\u00c3[${CONTINUATION_AS_1252}]|\u00e2\u20ac|\u00c2[\u00a0-\u00bf]|\ufffd`,
);

/** True if the text shows signs of a broken character encoding. */
export function hasBrokenEncoding(text: string): boolean {
  return MOJIBAKE.test(text);
}

/** Spreadsheet column letter for a 0-based index: 0 → 'A', 26 → 'AA'. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** How a column is named in reports: its header, or its letter when blank. */
export function columnLabel(headers: readonly string[], index: number): string {
  const header = headers[index] ?? '';
  return header === '' ? columnLetter(index) : header;
}

/*
 * Deliberately loose: one address, something@something.tld, no spaces. The
 * goal is to catch a phone number or a name in the e-mail column, not to
 * implement RFC 5322.
 */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;

/** True if the text looks like a single e-mail address. */
export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * Read a number as Swedish spreadsheets write it: '14 200', '14 200'
 * (no-break space), '14200', '12,5', '12.5', '-3'. Returns null for anything
 * else ('ca 14 000', '14 200 invånare', '').
 */
export function parseSwedishNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f\u2009']/g, '').replace(/^\u2212/, '-');
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Collapse whitespace and lower-case, for comparing applicant names. */
export function applicantKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}
