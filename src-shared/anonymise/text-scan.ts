/*
 * Small text helpers shared by the anonymiser's matchers. Everything here
 * works on UTF-16 indices, the same indices the replacements report.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
/** Characters that may sit between a sentence end and the next word. */
const OPENERS = /[\s"'“”‘’«»()[\]–—•*·-]/u;

/** True for a letter or digit in any script. */
export function isWordChar(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

export function isLetter(ch: string): boolean {
  return ch !== '' && LETTER.test(ch);
}

export function isDigit(ch: string): boolean {
  return ch !== '' && DIGIT.test(ch);
}

/** True when the word starts with an upper-case letter ('Vara', 'VARA'). */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** True when the word starts with a lower-case letter. */
export function isLowerInitial(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source for a literal phrase whose spaces may be any run of spaces. */
export function phraseSource(phrase: string): string {
  return phrase.trim().split(/\s+/u).map(escapeRegExp).join('[\\s\\u00a0]+');
}

/** Lower-cases and collapses spaces, for looking names up in a map. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/gu, ' ');
}

/** The ASCII form used in domains: 'Ljungåsa' → 'ljungasa', 'Malmö' → 'malmo'. */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäàáâã]/gu, 'a')
    .replace(/[öøóòô]/gu, 'o')
    .replace(/[éèêë]/gu, 'e')
    .replace(/[üúùû]/gu, 'u');
}

/** Swedish names ending in s, x or z take no extra genitive s ('Borås' → 'Borås'). */
export function endsWithSibilant(name: string): boolean {
  return /[sxz]$/iu.test(name);
}

export function endsWithVowel(name: string): boolean {
  return /[aeiouyåäöéü]$/iu.test(name);
}

/**
 * Whether `index` starts a sentence: the text start, a new line, or the
 * first word after '.', '!' or '?' (skipping spaces, quotes, brackets and
 * list bullets). A colon does not end a sentence in Swedish.
 */
export function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r') return true;
    if (OPENERS.test(ch)) continue;
    return ch === '.' || ch === '!' || ch === '?';
  }
  return true;
}

/**
 * Whether `index` starts a sentence or a clause after a colon ('Mål: Vara
 * delaktig'), where an ordinary word may be capitalised too.
 */
export function isClauseStart(text: string, index: number): boolean {
  if (isSentenceStart(text, index)) return true;
  for (let i = index - 1; i >= 0; i--) {
    const ch = text.charAt(i);
    if (!OPENERS.test(ch)) return ch === ':';
  }
  return true;
}

/**
 * The word right before `index`, separated from it by spaces only; '' if
 * none. A word glued to a hyphen ('-till') counts as none: it is the rest of
 * a compound, and the anonymiser must judge it the same way before and after
 * the first part is replaced ('Tallmoratill' → 'Ansökan A-till').
 */
export function wordBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && /[ \t\u00a0]/u.test(text.charAt(i))) i--;
  if (i === index - 1) return '';
  const end = i + 1;
  while (i >= 0 && isLetter(text.charAt(i))) i--;
  if (text.charAt(i) === '-') return '';
  return text.slice(i + 1, end);
}

/** The word right after `index`, separated from it by spaces only, with its end. */
export function wordAfter(text: string, index: number): { word: string; end: number } {
  let i = index;
  while (i < text.length && /[ \t\u00a0]/u.test(text.charAt(i))) i++;
  if (i === index) return { word: '', end: index };
  const start = i;
  while (i < text.length && isLetter(text.charAt(i))) i++;
  if (isWordChar(text.charAt(i))) return { word: '', end: index };
  return { word: text.slice(start, i), end: i };
}
