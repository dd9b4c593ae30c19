import { useMemo } from 'react';
import type { JurorApplication, JurorPayload } from '../../../src-shared/juror';
import { jurorOrder } from '../../../src-shared/juror';
import type { AppScoreState } from '../../../src-shared/juror';
import { currentPhase, currentScores, useJurorStore } from '../../store/juror-store';
import type { PhaseData } from '../../store/juror-store';

/** The phase being worked on, with the applications in the juror's own order. */
export type JurorPhase = {
  readonly phase: PhaseData;
  readonly payload: JurorPayload;
  readonly applications: readonly JurorApplication[];
  readonly scores: ReadonlyMap<string, AppScoreState>;
};

/** The current phase and the juror's reading order, or undefined before a package exists. */
export function useJurorPhase(): JurorPhase | undefined {
  const phases = useJurorStore((s) => s.phases);
  const phaseId = useJurorStore((s) => s.phaseId);
  const allScores = useJurorStore((s) => s.scores);
  const phase = currentPhase({ phases, phaseId });
  const applications = useMemo(
    () =>
      phase
        ? jurorOrder(phase.payload.applications, phase.payload.jurorId, phase.payload.roundId)
        : [],
    [phase],
  );
  const scores = currentScores({ scores: allScores, phaseId });
  if (phase === undefined) return undefined;
  return { phase, payload: phase.payload, applications, scores };
}
