import { expect } from 'vitest';
import { anonymiseText, compileTerms } from '../../../src-shared/anonymise';
import type { RedactedText, TermsInput } from '../../../src-shared/anonymise';

/** A fictional applicant with two contact persons, as in the demo round. */
export const TALLMORA: TermsInput = {
  applicant: 'Tallmora kommun',
  pseudonym: 'Ansökan A',
  contacts: [
    { name: 'Ingrid Halvarsson', email: 'ingrid.halvarsson@tallmora.se', phone: '070-174 06 05' },
    { name: 'Per-Olof Sandberg', email: 'per-olof.sandberg@tallmora.se', phone: '0980-31 92 10' },
  ],
};

export function anonymise(text: string, input: Partial<TermsInput> = {}): RedactedText {
  return anonymiseText(text, compileTerms({ ...TALLMORA, ...input }));
}

/** The redacted text for the Tallmora terms, optionally changed. */
export function redact(text: string, input: Partial<TermsInput> = {}): string {
  return anonymise(text, input).text;
}

/** Every replacement points at its text in both the original and the redacted copy. */
export function expectConsistent(original: string, result: RedactedText): void {
  let lastEnd = 0;
  for (const r of result.replacements) {
    expect(original.slice(r.start, r.end)).toBe(r.from);
    expect(result.text.slice(r.redactedStart, r.redactedEnd)).toBe(r.to);
    expect(r.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = r.end;
  }
}
