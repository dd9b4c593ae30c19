import { FORMULAS } from '../scoring/formulas';

/**
 * Figures that only the chair's app defines: the tie policies' own
 * tie-breaks (tie-policy.ts). The help panel explains them beside the
 * scoring module's formulas, under the same catalogue keys
 * ('chair.formula.<key>.name', '.formula', '.text').
 */
export const CHAIR_FORMULAS = ['rankingTopBorda', 'topScores', 'chairVote'] as const;

/** Every formula the help panel explains, in reading order (tie policies after the chain). */
export const HELP_FORMULAS: readonly string[] = Object.keys(FORMULAS).flatMap((key) =>
  key === 'rankingChain' ? [key, ...CHAIR_FORMULAS] : [key],
);
