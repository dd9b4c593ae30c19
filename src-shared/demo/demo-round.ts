import { RoundSchema } from '../domain/round';
import type { Round } from '../domain/round';
import { ehalsokommunPhases, ehalsokommunTemplate } from '../domain/template';

/** The fixed id of the built-in demo round, so it can be found and reset. */
export const DEMO_ROUND_ID = 'demo-ehalsokommun-2026';

/**
 * The built-in demo round: the default eHälsokommun template and phases, with
 * a description that says plainly that everything in it is made up.
 */
export function demoRound(): Round {
  return RoundSchema.parse({
    id: DEMO_ROUND_ID,
    award: 'Sveriges eHälsokommun',
    name: 'Sveriges eHälsokommun 2026 (demo)',
    year: 2026,
    description:
      'Detta är en påhittad demoomgång för att prova Juryrum. ' +
      'Kommunerna, personerna, organisationerna och ansökningarna är fiktiva, ' +
      'och likheter med verkliga kommuner eller personer är oavsiktliga. ' +
      'Använd den för att se hur bedömning, anonymisering och sammanställning går till innan en riktig omgång startar.',
    phases: ehalsokommunPhases(),
    criteria: ehalsokommunTemplate().criteria,
  });
}
