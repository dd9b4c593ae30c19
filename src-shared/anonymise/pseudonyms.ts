import { strictAssert } from '../assert';

/*
 * Pseudonyms for anonymised phases: 'Ansökan A', 'Ansökan B', … Jurors
 * discuss applications by these labels, so a label must never change or be
 * reused within a round once handed out, and the order must not reveal the
 * order in which applications were imported (often alphabetical by name).
 */

/** The word before the letters; change here to rename every pseudonym. */
export const PSEUDONYM_PREFIX = 'Ansökan';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Spreadsheet-style letters: 0 → A, 25 → Z, 26 → AA, 27 → AB, 701 → ZZ, 702 → AAA. */
export function pseudonymLetters(index: number): string {
  strictAssert(
    Number.isSafeInteger(index) && index >= 0,
    'a pseudonym index is a whole number ≥ 0',
  );
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = LETTERS.charAt(rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 'Ansökan A' for 0, 'Ansökan Z' for 25, 'Ansökan AA' for 26. */
export function pseudonymLabel(index: number): string {
  return `${PSEUDONYM_PREFIX} ${pseudonymLetters(index)}`;
}

/** The index of a label made by pseudonymLabel, or undefined for any other text. */
export function pseudonymIndex(label: string): number | undefined {
  const m = /^Ansökan ([A-Z]{1,6})$/u.exec(label);
  if (m?.[1] === undefined) return undefined;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + (LETTERS.indexOf(ch) + 1);
  return n - 1;
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of the text. Not a cryptographic
 * hash: it only needs to be stable everywhere and to scatter similar ids.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Gives every application id a pseudonym. Existing assignments are kept as
 * they are. New ids get labels after the highest label in use, never a gap
 * left by a withdrawn application (jurors may remember that label), in an
 * order set by a hash of the seed and the id, so that the import order does
 * not show through. The same inputs always give the same result.
 */
export function assignPseudonyms(
  existing: ReadonlyMap<string, string>,
  applicationIds: readonly string[],
  seed: string,
): Map<string, string> {
  const result = new Map(existing);
  const used = new Set(existing.values());
  let next = 0;
  for (const label of used) {
    const i = pseudonymIndex(label);
    if (i !== undefined && i >= next) next = i + 1;
  }
  const fresh = [...new Set(applicationIds)].filter((id) => !result.has(id));
  const keyed = fresh.map((id) => ({ id, key: fnv1a32(`${seed}\u0000${id}`) }));
  keyed.sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id } of keyed) {
    while (used.has(pseudonymLabel(next))) next++;
    const label = pseudonymLabel(next);
    result.set(id, label);
    used.add(label);
    next++;
  }
  return result;
}
