import { slugify } from '../../../src-shared/exchange';

/** "juryrum-poangblad-<round>-<phase>-<juror>.<ext>", like the exchange file names. */
export function sheetFileName(
  roundId: string,
  phaseId: string,
  jurorName: string,
  extension: 'xlsx' | 'csv',
): string {
  const parts = [roundId, phaseId, jurorName].map((p) => slugify(p) || 'x');
  return `juryrum-poangblad-${parts.join('-')}.${extension}`;
}
