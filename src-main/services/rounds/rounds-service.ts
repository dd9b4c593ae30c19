import type { RoundSummary } from '../../../src-shared/ipc/contract';
import { demoRound } from '../../../src-shared/demo/demo-round';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { demoJurors } from '../../../src-shared/demo/demo-people';

/** The rounds the user can open. The built-in demo round is always there. */
export function listRounds(): RoundSummary[] {
  const round = demoRound();
  const jurors = demoJurors();
  const chair = jurors.find((j) => j.role === 'chair');
  return [
    {
      id: round.id,
      award: round.award,
      name: round.name,
      year: round.year,
      isDemo: true,
      applicationCount: demoApplications().length,
      jurorCount: jurors.length,
      criteriaCount: round.criteria.length,
      chairName: chair ? chair.name : null,
      phases: round.phases.map((p) => ({ id: p.id, name: p.name, anonymised: p.anonymised })),
    },
  ];
}
