import type { PackagePayload } from '../../../src-shared/exchange';
import { CANNOT_ASSESS } from '../../../src-shared/juror';
import type { ScoreFileContent } from '../../../src-shared/juror';
import { DemoRandom } from './random';

/*
 * Simulated, deterministic and realistic scores for the demo score files:
 * score = application quality + criterion offset + juror leniency + noise,
 * rounded and clamped to the scale, with an occasional "cannot assess".
 * Quality and offsets depend on the seed and the application only, so the
 * jurors broadly agree, as real jurors do, while each has their own leniency.
 */

const CANNOT_ASSESS_RATE = 0.025;
const COMMENT_RATE = 0.35;

const COMMENTS: Readonly<Record<number, readonly string[]>> = {
  1: [
    'Området beskrivs bara i allmänna ordalag, utan beslut eller plan.',
    'Jag hittar inget konkret arbete inom det här området i ansökan.',
  ],
  2: [
    'Det finns en plan, men lite är genomfört ännu.',
    'Ambitionen är tydlig, men arbetet har inte kommit i gång.',
  ],
  3: [
    'Arbetet har börjat, men når ännu en begränsad del av verksamheten.',
    'Lovande piloter, men resultaten är ännu små.',
    'Bra början; jag saknar uppföljning av resultaten.',
  ],
  4: [
    'Brett infört med redovisad nytta, men uppföljningen kan bli tydligare.',
    'Tydliga resultat för både brukare och medarbetare.',
  ],
  5: [
    'Mycket starkt: fullt infört, följs upp och sprids till andra.',
    'Föredömligt arbete som andra kommuner kan lära av.',
  ],
};
const CANNOT_ASSESS_COMMENT = 'Ansökan ger för lite underlag för att bedöma detta.';

function overallComment(mean: number): string {
  if (mean >= 4.2) return 'Sammantaget en mycket stark ansökan med tydligt fokus på delaktighet.';
  if (mean >= 3.5) return 'En stark ansökan; några områden är ännu i ett tidigt skede.';
  if (mean >= 2.5) return 'En ansökan med goda ansatser men ojämnt genomförande.';
  return 'Ansökan beskriver mest planer; det är svårt att se resultat ännu.';
}

/** Options of {@link simulateScores}. */
export type SimulateOptions = {
  /** A conflict this juror declares in the score file (not in the roster). */
  declare?: { applicationId: string; reason: string } | undefined;
};

/** The simulated content of one juror's score file for their package. */
export function simulateScores(
  seed: string,
  pkg: PackagePayload,
  options: SimulateOptions = {},
): ScoreFileContent {
  const { jurorId } = pkg;
  const leniency = new DemoRandom(seed, `leniency/${jurorId}`).normal(0, 0.45);
  const content: ScoreFileContent = { scores: [], overallComments: [], conflicts: [] };
  for (const app of pkg.applications) {
    if (options.declare?.applicationId === app.id) {
      content.conflicts.push({ applicationId: app.id, reason: options.declare.reason });
      continue;
    }
    const quality = new DemoRandom(seed, `quality/${app.id}`).normal(3.1, 0.8);
    const random = new DemoRandom(seed, `cells/${jurorId}/${app.id}`);
    const values: number[] = [];
    for (const c of pkg.round.criteria) {
      const offset = new DemoRandom(seed, `criterion/${app.id}/${c.key}`).normal(0, 0.5);
      const raw = quality + offset + leniency + random.normal(0, 0.6);
      const value = Math.min(c.scale.max, Math.max(c.scale.min, Math.round(raw)));
      const cannotAssess = c.scale.allowCannotAssess && random.chance(CANNOT_ASSESS_RATE);
      if (cannotAssess) {
        content.scores.push({
          applicationId: app.id,
          criterion: c.key,
          value: CANNOT_ASSESS,
          comment: CANNOT_ASSESS_COMMENT,
        });
        continue;
      }
      values.push(value);
      const comment = random.chance(COMMENT_RATE)
        ? random.pick(COMMENTS[value] ?? COMMENTS[3] ?? [''])
        : '';
      content.scores.push({ applicationId: app.id, criterion: c.key, value, comment });
    }
    if (values.length > 0 && random.chance(0.7)) {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      content.overallComments.push({ applicationId: app.id, comment: overallComment(mean) });
    }
  }
  return content;
}
