import { EXCHANGE_FILE_EXTENSION } from './constants';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: ReadonlyMap<string, string> = new Map([
  ['æ', 'ae'],
  ['ø', 'o'],
  ['ß', 'ss'],
  ['đ', 'd'],
  ['ł', 'l'],
  ['þ', 'th'],
  ['œ', 'oe'],
]);

/**
 * A file-name-safe slug: lower-case ASCII letters and digits joined by single
 * dashes, at most `maxLength` characters. "Åsa Öberg" → "asa-oberg". Empty
 * when nothing usable is left; callers then fall back to an id.
 */
export function slugify(text: string, maxLength = 40): string {
  const ascii = [...text.normalize('NFKD').toLowerCase()]
    .map((ch) => SPECIAL_LETTERS.get(ch) ?? ch)
    .join('')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

function slugOr(text: string, fallback: string): string {
  return slugify(text) || slugify(fallback) || 'x';
}

/** "juryrum-paket-<round>-<phase>-<juror>.juryrum" */
export function packageFileName(
  roundId: string,
  phaseId: string,
  jurorName: string,
  jurorId: string,
): string {
  const parts = [slugOr(roundId, 'round'), slugOr(phaseId, 'phase'), slugOr(jurorName, jurorId)];
  return `juryrum-paket-${parts.join('-')}${EXCHANGE_FILE_EXTENSION}`;
}

/** "juryrum-poang-<round>-<phase>-<juror>-r<revision>.juryrum" */
export function scoreFileName(
  roundId: string,
  phaseId: string,
  jurorName: string,
  jurorId: string,
  revision: number,
): string {
  const parts = [slugOr(roundId, 'round'), slugOr(phaseId, 'phase'), slugOr(jurorName, jurorId)];
  return `juryrum-poang-${parts.join('-')}-r${revision}${EXCHANGE_FILE_EXTENSION}`;
}

/** "juryrum-resultat-<round>-<phase>.juryrum" */
export function resultFileName(roundId: string, phaseId: string): string {
  const parts = [slugOr(roundId, 'round'), slugOr(phaseId, 'phase')];
  return `juryrum-resultat-${parts.join('-')}${EXCHANGE_FILE_EXTENSION}`;
}
