/*
 * Full-text search across the juror's own applications. Pure and small: a
 * juror has tens of applications, so a linear scan of the texts is instant
 * and needs no index to keep in sync.
 */

/** What can be searched in one application. */
export type SearchDoc = {
  readonly id: string;
  /** The pseudonym or the applicant, as the phase shows it. */
  readonly title: string;
  readonly sections: readonly { readonly title: string; readonly text: string }[];
  readonly facts: Readonly<Record<string, string | number>>;
};

/** A piece of text around a match, split so the match can be marked. */
export type Snippet = {
  /** The section's title, or '' for the application's title and facts. */
  readonly where: string;
  readonly before: string;
  readonly match: string;
  readonly after: string;
};

/** One application that matches every word of the query. */
export type SearchHit = {
  readonly applicationId: string;
  /** Occurrences of all the query's words together. */
  readonly count: number;
  readonly snippets: readonly Snippet[];
};

/** Longest query considered; longer input is cut. */
export const MAX_QUERY_LENGTH = 200;

/** The words of a query, lower-cased, without duplicates. */
export function queryTerms(query: string): string[] {
  const words = query
    .slice(0, MAX_QUERY_LENGTH)
    .toLowerCase()
    .split(/[\s,;]+/u)
    .filter((w) => w.length > 0);
  return [...new Set(words)];
}

type Field = { where: string; text: string; lower: string };

function fieldsOf(doc: SearchDoc): Field[] {
  const facts = Object.values(doc.facts).map(String).join(' · ');
  const raw = [
    { where: '', text: doc.title },
    ...doc.sections.flatMap((s) => [
      { where: s.title, text: s.title },
      { where: s.title, text: s.text },
    ]),
    { where: '', text: facts },
  ];
  return raw.map((f) => ({ ...f, lower: sameLengthLower(f.text) }));
}

/**
 * Lower case that keeps every index: a few characters ('İ') grow when
 * lower-cased, which would shift the positions used to cut snippets.
 */
function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  }).join('');
}

function countIn(lower: string, term: string): number {
  let n = 0;
  for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + term.length)) n++;
  return n;
}

/** Cut at a word boundary near `at`, so a snippet does not start mid-word. */
function snippetAround(field: Field, index: number, length: number, context: number): Snippet {
  let start = Math.max(0, index - context);
  let end = Math.min(field.text.length, index + length + context);
  if (start > 0) {
    const space = field.text.indexOf(' ', start);
    if (space >= 0 && space < index) start = space + 1;
  }
  if (end < field.text.length) {
    const space = field.text.lastIndexOf(' ', end);
    if (space > index + length) end = space;
  }
  return {
    where: field.where,
    before: `${start > 0 ? '…' : ''}${field.text.slice(start, index)}`,
    match: field.text.slice(index, index + length),
    after: `${field.text.slice(index + length, end)}${end < field.text.length ? '…' : ''}`,
  };
}

/**
 * The applications in which every word of `query` occurs (case-insensitive,
 * anywhere in a word: "digital" finds "digitala"), in the order given, each
 * with up to `maxSnippets` excerpts. An empty query finds nothing.
 */
export function searchApplications(
  docs: readonly SearchDoc[],
  query: string,
  options: { maxSnippets?: number; context?: number } = {},
): SearchHit[] {
  const { maxSnippets = 3, context = 60 } = options;
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const fields = fieldsOf(doc);
    const counts = terms.map((t) => fields.reduce((n, f) => n + countIn(f.lower, t), 0));
    if (counts.some((n) => n === 0)) continue;
    const snippets: Snippet[] = [];
    for (const term of terms) {
      for (const f of fields) {
        if (snippets.length >= maxSnippets) break;
        const at = f.lower.indexOf(term);
        if (
          at >= 0 &&
          !snippets.some((s) => s.where === f.where && s.match.toLowerCase() === term)
        ) {
          snippets.push(snippetAround(f, at, term.length, context));
          break;
        }
      }
    }
    hits.push({
      applicationId: doc.id,
      count: counts.reduce((a, b) => a + b, 0),
      snippets,
    });
  }
  return hits;
}
