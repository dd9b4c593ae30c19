import { describe, expect, it } from 'vitest';
import { FORMULAS } from '../../../src-shared/scoring';

describe('FORMULAS', () => {
  it('documents every method the chair view offers', () => {
    expect(Object.keys(FORMULAS).sort()).toEqual(
      [
        'alphaLevels',
        'borda',
        'disagreement',
        'krippendorffAlpha',
        'mean',
        'median',
        'range',
        'rankingChain',
        'rankingShared',
        'schulze',
        'sd',
        'stability',
        'trimmedMean',
        'weightedTotal',
        'zScore',
      ].sort(),
    );
  });

  it('gives each entry a formula and an explanation', () => {
    for (const [key, text] of Object.entries(FORMULAS)) {
      expect(text.formula.trim().length, key).toBeGreaterThan(10);
      expect(text.explanation.trim().length, key).toBeGreaterThan(20);
    }
  });
});
