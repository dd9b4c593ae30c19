import { MUNICIPALITIES, MUNICIPALITY_ALIASES, applicantBaseNames } from '../anonymise';

/*
 * Application ids travel unchanged into anonymised jury packages, so an id
 * taken from the spreadsheet must not name the applicant: 'Sala-2024',
 * 'rattvik', 'Upplands-Vasby-1'. An id that contains the applicant's name or
 * any municipality name is replaced at import (see finalise.ts).
 */

/** Lower case, å/ä/ö and other accents folded, only letters and digits: 'Rättvik-1' → 'rattvik1'. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Names of this length or more are found anywhere in an id ('xlillaedet'). */
const ANYWHERE = 5;

const LIST_NAMES: readonly string[] = [
  ...new Set([...MUNICIPALITIES, ...Object.keys(MUNICIPALITY_ALIASES)].map(fold)),
].filter((n) => n !== '');

/**
 * Whether a folded name occurs in the id. A short name must start a run of
 * letters ('Ale-2', 'kil1'), so that 'sale' or 'skill' are not taken for Ale
 * or Kil; a false alarm only costs a generated id, a miss names the applicant.
 */
function occursIn(id: string, words: readonly string[], name: string): boolean {
  if (name.length >= ANYWHERE) return fold(id).includes(name);
  return words.some((w) => w.startsWith(name));
}

/**
 * Whether an imported id gives the applicant away: it contains the
 * applicant's own name or the name of any of the 290 municipalities,
 * compared without case and with å, ä, ö folded to a, a, o.
 */
export function idNamesPlace(id: string, applicant: string): boolean {
  const words = id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/u)
    .filter((w) => w !== '');
  const own = applicantBaseNames(applicant)
    .map(fold)
    .filter((n) => n.length >= 2);
  return [...own, ...LIST_NAMES].some((name) => occursIn(id, words, name));
}
