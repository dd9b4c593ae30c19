import { DEMO_ROUND_ID } from '../demo/demo-round';
import type { JurorPayload } from './attachments';
import { rosterChair } from '../exchange';
import type { RoundSummary } from '../ipc/contract';

/** The home screen's summary of a round received in a jury package. */
export function roundSummaryOf(pkg: JurorPayload): RoundSummary {
  const { round, roster } = pkg;
  return {
    id: round.id,
    award: round.award,
    name: round.name,
    year: round.year,
    isDemo: round.id === DEMO_ROUND_ID,
    applicationCount: pkg.applications.length,
    jurorCount: roster.jurors.length,
    criteriaCount: round.criteria.length,
    chairName: rosterChair(roster)?.name ?? null,
    phases: round.phases.map((p) => ({ id: p.id, name: p.name, anonymised: p.anonymised })),
  };
}

/** Whether the juror this package is for is the round's chair. */
export function isChairIn(pkg: JurorPayload): boolean {
  return rosterChair(pkg.roster)?.jurorId === pkg.jurorId;
}
