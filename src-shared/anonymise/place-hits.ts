import type { NameHit, NameMatcher } from './name-match';
import { findDomainHits, findNameHitAt, findNameHits } from './name-match';
import type { Candidate } from './spans';
import type { AnonymiseTerms } from './terms';
import { REDACTION_TOKENS, genitive } from './tokens';

/*
 * Runs the place-name matchers in order of precedence: the applicant, then
 * ambiguous names confirmed as places in this application, the round's
 * other applicants and names found by context, then the list of 290. A name
 * known to an earlier matcher is left to it, so that the applicant 'Rättvik'
 * becomes 'Ansökan A' and not '[kommun]'.
 */

type Skip = { has(key: string): boolean };

function layers(terms: AnonymiseTerms): [NameMatcher, Skip | undefined][] {
  const applicant: Skip = { has: (k) => terms.applicant.rules.has(k) };
  const higher: Skip = {
    has: (k) => applicant.has(k) || terms.confirmed?.rules.has(k) === true,
  };
  const higherThanList: Skip = {
    has: (k) =>
      higher.has(k) || terms.round.rules.has(k) || terms.discovered?.rules.has(k) === true,
  };
  const optional = (m: NameMatcher | undefined, skip: Skip): [NameMatcher, Skip][] =>
    m === undefined ? [] : [[m, skip]];
  return [
    [terms.applicant, undefined],
    ...optional(terms.confirmed, applicant),
    [terms.round, higher],
    ...optional(terms.discovered, higher),
    [terms.list, higherThanList],
  ];
}

function extraHit(start: number, match: RegExpExecArray | RegExpMatchArray): Candidate {
  return {
    start,
    end: start + match[0].length,
    to: (match[1] ?? '') === '' ? REDACTION_TOKENS.removed : genitive(REDACTION_TOKENS.removed),
    kind: 'extra',
  };
}

/** The organiser's extra terms wherever they stand as whole words. */
export function findExtraHits(text: string, terms: AnonymiseTerms): Candidate[] {
  if (terms.extra === undefined) return [];
  return [...text.matchAll(terms.extra)].map((m) => extraHit(m.index, m));
}

/**
 * Place names, their domains, and whatever starts the rest of a compound:
 * replacing 'Tallmora' in 'TallmoraKungälv' leaves 'Ansökan A-Kungälv', so
 * 'Kungälv' must be found now, not on a second run.
 */
export function findPlaceHits(text: string, terms: AnonymiseTerms): NameHit[] {
  const matchers = layers(terms);
  const hits: NameHit[] = matchers.flatMap(([m, skip]) => findNameHits(text, m, skip));
  hits.push(
    ...findDomainHits(
      text,
      matchers.map(([m]) => m),
    ),
  );
  const extra: NameHit[] = [];
  const seen = new Set<number>();
  const queue = hits.flatMap((h) => (h.rest === undefined ? [] : [h.rest]));
  for (let rest = queue.pop(); rest !== undefined; rest = queue.pop()) {
    if (seen.has(rest.start)) continue;
    seen.add(rest.start);
    for (const [m, skip] of matchers) {
      const hit = findNameHitAt(text, rest, m, skip);
      if (hit === undefined) continue;
      hits.push(hit);
      if (hit.rest !== undefined) queue.push(hit.rest);
    }
    if (terms.extraAt !== undefined) {
      terms.extraAt.lastIndex = rest.start;
      const m = terms.extraAt.exec(text);
      if (m !== null) extra.push({ ...extraHit(rest.start, m), pending: false });
    }
  }
  return [...hits, ...extra];
}
