import type { Candidate } from './spans';
import { endsWithSibilant, isSentenceStart, phraseSource } from './text-scan';
import { REDACTION_TOKENS, genitive } from './tokens';

/*
 * Contact persons. The full name is replaced in any case. A first name or a
 * surname alone is replaced only when written with a capital, and at the
 * start of a sentence only when it is not also an ordinary word: 'Per',
 * 'Bo', 'Stig' or 'Berg' opening a sentence is more likely the word.
 */

/** Given names and surnames that are also ordinary Swedish words. */
const COMMON_WORD_NAMES = new Set([
  'alm',
  'ask',
  'asp',
  'axel',
  'berg',
  'björk',
  'björn',
  'bo',
  'bonde',
  'bäck',
  'dag',
  'dal',
  'ek',
  'falk',
  'fisk',
  'fors',
  'frid',
  'gran',
  'gren',
  'hall',
  'hans',
  'hed',
  'holm',
  'iris',
  'klara',
  'kvist',
  'lax',
  'lilja',
  'lind',
  'ljung',
  'lo',
  'lund',
  'lönn',
  'maj',
  'malm',
  'mark',
  'max',
  'nord',
  'per',
  'ros',
  'saga',
  'sjö',
  'sol',
  'sten',
  'stig',
  'strand',
  'stål',
  'ström',
  'sund',
  'svan',
  'udd',
  'varg',
  'vik',
  'vilja',
  'viola',
  'örn',
]);

/** Compiled regexes for the contact persons of one application. */
export interface PeopleMatcher {
  readonly full: RegExp | undefined;
  readonly parts: RegExp | undefined;
}

function alternation(items: Iterable<string>): string {
  return [...new Set(items)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(phraseSource)
    .join('|');
}

/** Compiles full names and their parts ('Per-Olof Sandberg' → 'Per-Olof', 'Sandberg'). */
export function compilePeople(names: readonly string[]): PeopleMatcher {
  const full: string[] = [];
  const parts: string[] = [];
  for (const name of names) {
    const words = name
      .trim()
      .split(/\s+/u)
      .filter((w) => /\p{L}/u.test(w));
    if (words.length >= 2) full.push(words.join(' '));
    for (const w of words) if ([...w].length >= 2) parts.push(w);
  }
  return {
    full:
      full.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}-])(${alternation(full)})(s?)(?![\\p{L}\\p{N}])`, 'giu')
        : undefined,
    parts:
      parts.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}-])(${alternation(parts)})(s?)(?![\\p{L}\\p{N}]|-\\S)`, 'gu')
        : undefined,
  };
}

function token(name: string, s: string): string {
  return s !== '' && !endsWithSibilant(name)
    ? genitive(REDACTION_TOKENS.person)
    : REDACTION_TOKENS.person;
}

/** Finds mentions of the contact persons. */
export function findPersonHits(text: string, matcher: PeopleMatcher): Candidate[] {
  const hits: Candidate[] = [];
  if (matcher.full !== undefined) {
    for (const m of text.matchAll(matcher.full)) {
      const name = m[1] ?? '';
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        to: token(name, m[2] ?? ''),
        kind: 'person',
      });
    }
  }
  if (matcher.parts !== undefined) {
    for (const m of text.matchAll(matcher.parts)) {
      const name = m[1] ?? '';
      const s = m[2] ?? '';
      // 'Berg' alone could be the word; a name plus an s ('Pers') is only a genitive
      // when the name itself does not end in s.
      if (s !== '' && endsWithSibilant(name)) continue;
      if (COMMON_WORD_NAMES.has(name.toLowerCase()) && isSentenceStart(text, m.index)) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, to: token(name, s), kind: 'person' });
    }
  }
  return hits;
}
