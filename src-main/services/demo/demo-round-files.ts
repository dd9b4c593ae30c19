import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { LIMITS } from '../../../src-shared/domain/round';
import type { Application } from '../../../src-shared/domain/round';
import type { DemoConflict } from './demo-jury';
import { DemoRandom } from './random';
import { extraApplications } from './extra-applications';

/** The nine written demo applications, fewer, or more with generated ones. */
export function demoApplicationList(seed: string, count: number): Application[] {
  const written = demoApplications();
  if (count <= written.length) return written.slice(0, count);
  return [
    ...written,
    ...extraApplications(
      seed,
      count - written.length,
      written.length + 1,
      written.map((a) => a.applicant),
    ),
  ];
}

/** Checked counts for the demo: at least one of each, at most the app's limits. */
export function checkDemoCounts(jurors: number, applications: number): void {
  if (!Number.isInteger(jurors) || jurors < 1 || jurors > LIMITS.jurors) {
    throw new RangeError(`The number of jurors must be between 1 and ${LIMITS.jurors}.`);
  }
  if (!Number.isInteger(applications) || applications < 1 || applications > LIMITS.applications) {
    throw new RangeError(
      `The number of applications must be between 1 and ${LIMITS.applications}.`,
    );
  }
}

/**
 * The demo's conflicts of interest: one the organiser records in the roster
 * (juror-3, who then never receives that application), and one a juror
 * declares in their score file (juror-5). Each needs enough jurors and
 * applications to exist.
 */
export function demoConflicts(
  jurorIds: readonly string[],
  applications: readonly Application[],
): { roster: DemoConflict[]; declared: DemoConflict[] } {
  const rosterApp = applications[4];
  const declaredApp = applications[6];
  return {
    roster:
      jurorIds.includes('juror-3') && rosterApp
        ? [
            {
              jurorId: 'juror-3',
              applicationId: rosterApp.id,
              reason: 'Arbetar deltid i kommunens äldreomsorg.',
            },
          ]
        : [],
    declared:
      jurorIds.includes('juror-5') && declaredApp
        ? [
            {
              jurorId: 'juror-5',
              applicationId: declaredApp.id,
              reason: 'Har varit anställd av kommunen och deltog i projektet som beskrivs.',
            },
          ]
        : [],
  };
}

const WORDS = [
  'björk',
  'sol',
  'älv',
  'fjäll',
  'hav',
  'skog',
  'äng',
  'sjö',
  'ljung',
  'lönn',
  'mos',
  'berg',
  'strand',
  'vind',
  'moln',
  'regn',
  'snö',
  'dal',
  'näs',
  'vik',
];

/** A demo passphrase (deterministic for the seed). Demo only: it is written in clear. */
export function demoPassphrase(seed: string, personId: string): string {
  const random = new DemoRandom(seed, `passphrase/${personId}`);
  const words = Array.from({ length: 4 }, () => random.pick(WORDS));
  return `demo-${personId}-${words.join('-')}`;
}
