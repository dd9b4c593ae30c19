import type { RedactionKind } from './tokens';

/** One proposed replacement: text[start, end) becomes `to`. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly to: string;
  readonly kind: RedactionKind;
}

/** One replacement made, with positions in the original and in the redacted text. */
export interface Replacement {
  /** The original text that was replaced: original.slice(start, end). */
  readonly from: string;
  readonly to: string;
  readonly kind: RedactionKind;
  readonly start: number;
  readonly end: number;
  /** Where `to` sits in the redacted text: redacted.slice(redactedStart, redactedEnd). */
  readonly redactedStart: number;
  readonly redactedEnd: number;
}

/** A half-open range of text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// On equal length, the more specific detector wins. A contact person is
// known to this application, a municipality only from the list: 'fru Berg'
// is the contact Per Berg, not the municipality.
const PRIORITY: Readonly<Record<RedactionKind, number>> = {
  email: 0,
  web: 1,
  orgNumber: 2,
  phone: 3,
  extra: 4,
  applicant: 5,
  person: 6,
  municipality: 7,
};

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Picks non-overlapping candidates: the longest first, so that an e-mail
 * address wins over the place name inside it and 'Tallmora kommuns' wins
 * over 'Tallmora'. Returns them in text order.
 */
export function resolveOverlaps(candidates: readonly Candidate[], length: number): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      PRIORITY[a.kind] - PRIORITY[b.kind] ||
      a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const chosen: Candidate[] = [];
  for (const c of ordered) {
    if (c.end <= c.start) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Writes the chosen replacements into the text and records both positions. */
export function applyReplacements(
  text: string,
  chosen: readonly Candidate[],
): { text: string; replacements: Replacement[] } {
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let cursor = 0;
  let outLength = 0;
  for (const c of chosen) {
    const kept = text.slice(cursor, c.start);
    parts.push(kept, c.to);
    outLength += kept.length;
    replacements.push({
      from: text.slice(c.start, c.end),
      to: c.to,
      kind: c.kind,
      start: c.start,
      end: c.end,
      redactedStart: outLength,
      redactedEnd: outLength + c.to.length,
    });
    outLength += c.to.length;
    cursor = c.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), replacements };
}
