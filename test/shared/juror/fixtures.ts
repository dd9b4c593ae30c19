import { ehalsokommunTemplate } from '../../../src-shared/domain/template';
import type { Criterion } from '../../../src-shared/domain/round';
import { emptyAppState, withCell } from '../../../src-shared/juror';
import type { AppScoreState } from '../../../src-shared/juror';
import type { ScoreCellValue } from '../../../src-shared/exchange';

/** The eight eHälsokommun criteria on the 1–5 scale. */
export const criteria: readonly Criterion[] = ehalsokommunTemplate().criteria;

/** Nine applications as a juror sees them in an anonymised phase. */
export const apps = Array.from({ length: 9 }, (_, i) => ({
  id: `app-0${i + 1}`,
  pseudonym: `Ansökan ${String.fromCharCode(65 + i)}`,
  applicant: `Ansökan ${String.fromCharCode(65 + i)}`,
}));

/** A state with the given values per criterion key, in criteria order. */
export function stateWith(
  id: string,
  values: readonly ScoreCellValue[],
  comment = '',
): AppScoreState {
  return values.reduce<AppScoreState>(
    (s, value, k) =>
      withCell(s, criteria[k]?.key ?? 'X', { value, comment: value === null ? '' : comment }, 1),
    emptyAppState(id),
  );
}
