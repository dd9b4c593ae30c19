import type { Candidate } from './spans';
import { phraseSource } from './text-scan';
import { REDACTION_TOKENS } from './tokens';

/*
 * Contact details that identify whoever wrote them: e-mail addresses, web
 * addresses, Swedish phone numbers and organisation numbers. The regexes
 * avoid nested overlapping repeats so that hostile input cannot make them
 * backtrack for long; the finer checks are done in code.
 */

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL = /(?<![\p{L}\p{N}@./-])(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/giu;
/**
 * Swedish numbers: '070-123 45 67', '0701234567', '+46 70 123 45 67',
 * '+46 (0)70-123 45 67', '08-123 456 78', '0247-123 45', '(08) 123 45 67'.
 */
const PHONE =
  /(?<![\p{L}\p{N}+])(?:\+46[ \u00a0]?(?:\(0\)[ \u00a0]?)?\d{1,3}|\(0\d{1,3}\)|0\d{1,3})(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0/])?\d{2,3}(?:[ \u00a0-]?\d{2,3}){0,3}(?![\p{L}\p{N}])/gu;
/** '212000-1234', '2120001234', '16212000-1234'. */
const ORG_NUMBER = /(?<![\p{L}\p{N}-])(?:16)?([1-9]\d{5})(-?)\d{4}(?![\p{L}\p{N}]|-\d)/gu;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/u;

function phoneDigitsOk(raw: string): boolean {
  const digits = raw.replace('(0)', '').replace(/\D/gu, '');
  if (raw.startsWith('+46')) return digits.length >= 9 && digits.length <= 11;
  return digits.length >= 8 && digits.length <= 10;
}

function orgNumberOk(first6: string, dash: string): boolean {
  // Without a dash, ten digits could be any number. In organisation numbers
  // the third digit is at least 2, so the first six can never be a date.
  return dash !== '' || Number(first6.charAt(2)) >= 2;
}

/** Finds e-mail and web addresses, phone numbers and organisation numbers. */
export function findPatternHits(text: string): Candidate[] {
  const hits: Candidate[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const value = m[0].replace(TRAILING_PUNCTUATION, '');
    const tld = value.slice(value.lastIndexOf('.') + 1);
    if (!/^\p{L}{2,}$/u.test(tld)) continue;
    hits.push({
      start: m.index,
      end: m.index + value.length,
      to: REDACTION_TOKENS.email,
      kind: 'email',
    });
  }
  for (const m of text.matchAll(URL)) {
    const value = m[0].replace(TRAILING_PUNCTUATION, '');
    if (!value.includes('.', 4)) continue;
    hits.push({
      start: m.index,
      end: m.index + value.length,
      to: REDACTION_TOKENS.web,
      kind: 'web',
    });
  }
  for (const m of text.matchAll(PHONE)) {
    if (!phoneDigitsOk(m[0])) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      to: REDACTION_TOKENS.phone,
      kind: 'phone',
    });
  }
  for (const m of text.matchAll(ORG_NUMBER)) {
    if (!orgNumberOk(m[1] ?? '', m[2] ?? '')) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      to: REDACTION_TOKENS.orgNumber,
      kind: 'orgNumber',
    });
  }
  return hits;
}

/** A literal value to replace wherever it occurs, e.g. a contact's phone as typed. */
export interface Literal {
  readonly regex: RegExp;
  readonly to: string;
  readonly kind: 'email' | 'phone';
}

/** Compiles a contact's e-mail or phone, in case its format escapes the general patterns. */
export function compileLiteral(value: string, kind: 'email' | 'phone'): Literal | undefined {
  const trimmed = value.trim();
  if (trimmed.length < 5) return undefined;
  return {
    regex: new RegExp(`(?<![\\p{L}\\p{N}])${phraseSource(trimmed)}(?![\\p{L}\\p{N}])`, 'giu'),
    to: kind === 'email' ? REDACTION_TOKENS.email : REDACTION_TOKENS.phone,
    kind,
  };
}

export function findLiteralHits(text: string, literals: readonly Literal[]): Candidate[] {
  const hits: Candidate[] = [];
  for (const l of literals) {
    for (const m of text.matchAll(l.regex)) {
      hits.push({ start: m.index, end: m.index + m[0].length, to: l.to, kind: l.kind });
    }
  }
  return hits;
}
