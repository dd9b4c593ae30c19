import type { RedactionKind, SectionReplacement } from '../anonymise';

/*
 * Split a text into plain runs and replaced runs, so the review screen can
 * wrap each replacement in a <mark> element. Positions come from the
 * anonymiser; the text itself is always rendered as text, never as HTML.
 */

/** A run of text; `kind` is set for a replacement. */
export interface Segment {
  readonly text: string;
  readonly kind: RedactionKind | null;
  /** The other side of the replacement: the original for redacted text and vice versa. */
  readonly counterpart?: string;
}

type Located = Pick<
  SectionReplacement,
  'start' | 'end' | 'redactedStart' | 'redactedEnd' | 'kind' | 'from' | 'to'
>;

/**
 * The segments of `text`, which is the original (`side` 'original') or the
 * redacted text (`side` 'redacted') of one field. Replacements outside the
 * text or overlapping an earlier one are ignored rather than trusted.
 */
export function segmentsOf(
  text: string,
  replacements: readonly Located[],
  side: 'original' | 'redacted',
): Segment[] {
  const spans = replacements
    .map((r) =>
      side === 'original'
        ? { start: r.start, end: r.end, kind: r.kind, counterpart: r.to }
        : { start: r.redactedStart, end: r.redactedEnd, kind: r.kind, counterpart: r.from },
    )
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let cursor = 0;
  for (const s of spans) {
    if (s.start < cursor || s.end > text.length || s.end <= s.start) continue;
    if (s.start > cursor) out.push({ text: text.slice(cursor, s.start), kind: null });
    out.push({ text: text.slice(s.start, s.end), kind: s.kind, counterpart: s.counterpart });
    cursor = s.end;
  }
  if (cursor < text.length || out.length === 0) out.push({ text: text.slice(cursor), kind: null });
  return out;
}

/** The distinct original words that were replaced, most frequent first. */
export function replacedTerms(replacements: readonly Pick<Located, 'from' | 'kind'>[]): {
  from: string;
  kind: RedactionKind;
  count: number;
}[] {
  const byText = new Map<string, { from: string; kind: RedactionKind; count: number }>();
  for (const r of replacements) {
    const entry = byText.get(r.from);
    if (entry) entry.count++;
    else byText.set(r.from, { from: r.from, kind: r.kind, count: 1 });
  }
  return [...byText.values()].sort(
    (a, b) => b.count - a.count || a.from.localeCompare(b.from, 'sv'),
  );
}
