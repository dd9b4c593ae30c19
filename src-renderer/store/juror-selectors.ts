import type { AppScoreState } from '../../src-shared/juror';
import type { CoreSlice, PhaseData } from './juror-store';

/** The phase being worked on. */
export function currentPhase(s: Pick<CoreSlice, 'phases' | 'phaseId'>): PhaseData | undefined {
  return s.phases.find((p) => p.phaseId === s.phaseId);
}

/** The scores of the phase being worked on. */
export function currentScores(
  s: Pick<CoreSlice, 'scores' | 'phaseId'>,
): ReadonlyMap<string, AppScoreState> {
  return (s.phaseId === null ? undefined : s.scores.get(s.phaseId)) ?? EMPTY;
}
const EMPTY: ReadonlyMap<string, AppScoreState> = new Map();
