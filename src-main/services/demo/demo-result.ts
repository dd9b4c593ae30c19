import { createIdentityCard } from '../crypto';
import { exportChairResult } from '../chair/export-result';
import { emptyDeliberation } from '../../../src-shared/chair/deliberation';
import type { Deliberation } from '../../../src-shared/chair/deliberation';
import type { DemoPerson } from './demo-jury';
import type { Identity } from '../crypto';
import { isExchangeError, openPackage } from '../exchange';

function opens(bytes: Uint8Array, me: Identity): boolean {
  try {
    openPackage(bytes, { me });
    return true;
  } catch (e) {
    if (isExchangeError(e)) return false;
    throw e;
  }
}

/** Where the demo folder keeps identity cards and the chair's result. */
export const demoCardFile = (personId: string): string => `cards/${personId}.juryrum-id`;
export const DEMO_RESULT_DIR = 'result';

/** Fixed, so the same seed gives the same result. */
const DECIDED_AT = '2026-04-30T13:00:00.000Z';
const RESULT_AT = new Date('2026-04-30T15:00:00.000Z');
const FINALISTS = 5;

const MOTIVATION = [
  'Juryn har valt vinnaren efter en samlad bedömning av ledning, invånarnas inflytande, kompetens och hur digitala verktyg används i vardagen.',
  'Ansökan visar ett långsiktigt arbete där invånare och medarbetare har fått vara med från början, och där resultaten följs upp öppet.',
  'Juryn vill också lyfta hur erfarenheterna delas med andra kommuner, så att fler kan dra nytta av dem.',
].join('\n\n');

/**
 * The demo's last files: every person's identity card (as the organiser
 * enrols them, and as the CLI `report` trusts the chair), and the chair's
 * signed result, made through the chair's own export (`exportChairResult`:
 * re-open the package, re-verify every score file, consolidate, sign and
 * encrypt to the organiser). The deliberation takes the top five as
 * finalists and the first as the winner, with a fixed motivation.
 */
export function demoResultFiles(input: {
  readonly everyone: readonly DemoPerson[];
  /** The demo folder's files so far (packages/ and scores/ are used). */
  readonly files: readonly (readonly [string, Uint8Array | string])[];
  readonly appVersion: string;
}): [string, Uint8Array][] {
  const files: [string, Uint8Array][] = input.everyone.map((p) => [
    demoCardFile(p.id),
    createIdentityCard(p.identity),
  ]);
  const bytesIn = (folder: string): Uint8Array[] =>
    input.files.flatMap(([name, v]) =>
      name.startsWith(folder) && typeof v !== 'string' ? [v] : [],
    );
  const chair = input.everyone.find((p) => p.role === 'chair');
  // The chair's package is the one the chair's key opens.
  const chairPackage =
    chair === undefined ? undefined : bytesIn('packages/').find((b) => opens(b, chair.identity));
  if (chair === undefined || chairPackage === undefined) return files;
  const scoreFiles = bytesIn('scores/');
  const run = (deliberation: Deliberation) =>
    exportChairResult({
      packageBytes: chairPackage,
      packageOptions: {},
      files: scoreFiles,
      decisions: [],
      deliberation,
      me: chair.identity,
      appVersion: input.appVersion,
      now: RESULT_AT,
    });
  // First the table alone, to see the ranking the jury deliberates on.
  const table = run(emptyDeliberation());
  if (!table.ok) throw new Error(`The demo result could not be made (${table.reason}).`);
  const ranked = [...table.content.ranking].sort((a, b) => a.rank - b.rank);
  const finalists = ranked.slice(0, FINALISTS).map((r) => r.applicationId);
  const winner = finalists[0] ?? null;
  const decided = run({
    ...emptyDeliberation(),
    finalistCount: FINALISTS,
    finalists,
    winner,
    motivation: MOTIVATION,
    minutes: 'Närvarande: hela juryn. Juryn gick igenom finalisterna och enades om vinnaren.',
    decisions: [{ at: DECIDED_AT, text: 'Juryn utsåg vinnaren enhälligt.' }],
  });
  if (!decided.ok) throw new Error(`The demo result could not be made (${decided.reason}).`);
  files.push([`${DEMO_RESULT_DIR}/${decided.file.fileName}`, decided.file.bytes]);
  return files;
}
