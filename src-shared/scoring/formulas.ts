/**
 * Formula texts for the chair's help panel. Technical English; the UI
 * translates separately. Keep these in step with the JSDoc of the functions
 * they describe (named in each explanation).
 */
export interface FormulaText {
  readonly formula: string;
  readonly explanation: string;
}

export const FORMULAS = {
  weightedTotal: {
    formula: 'T(j,a) = Σ_c w_c·s_c / Σ_c w_c, over criteria c that juror j scored with a number',
    explanation:
      'A juror’s total for an application (jurorTotal). "Cannot assess" and empty criteria are left out of both sums, so the total stays on the scale. No total when the juror is conflicted or scored no criterion with positive weight.',
  },
  mean: {
    formula: 'mean = Σ T / n, over jurors with a total',
    explanation:
      'Average of the existing totals (mean). A recused or missing juror lowers n instead of adding a zero.',
  },
  median: {
    formula: 'median = middle sorted value; mean of the two middle values when n is even',
    explanation: 'Resists a single outlying juror (median).',
  },
  trimmedMean: {
    formula: 'k = 0 if n < 5, else max(1, floor(n/10)); mean after dropping k lowest and k highest',
    explanation:
      'From 5 jurors on, at least the single highest and lowest totals are dropped (trimmedMean); below 5 it equals the mean.',
  },
  sd: {
    formula: 'sd = sqrt(Σ (T − mean)² / (n − 1)); 0 when n < 2',
    explanation: 'Sample standard deviation of the totals (sampleSd); read it together with n.',
  },
  range: {
    formula: 'range = max T − min T',
    explanation: 'Spread between the most and least favourable juror (range).',
  },
  disagreement: {
    formula: 'flag when n ≥ 2 and range ≥ span / 2; span = Σ w_c·(max_c − min_c) / Σ w_c',
    explanation:
      'Disagreement flag (isDisagreement): a range of 2 or more on a 1–5 scale, the same fraction of any other scale. Per criterion the span is that criterion’s max − min.',
  },
  rankingShared: {
    formula: 'rank = 1 + number of applications with a strictly higher value',
    explanation:
      'Competition ranking (1, 2, 2, 4): equal values share a rank. Values are compared after rounding to 1e-9.',
  },
  rankingChain: {
    formula:
      'order by value desc, then each tie-break step in turn, e.g. median desc, criterion means desc, application id asc',
    explanation:
      'Tie-break chain (rankApplications): each step only orders applications still tied on everything before it. The report names the step that separated each tie; ties left after the last step share a rank.',
  },
  zScore: {
    formula:
      'z(j,a) = (T(j,a) − μ_j) / σ_j; σ_j = sqrt(Σ (T − μ_j)² / n_j); meanZ(a) = mean_j z(j,a)',
    explanation:
      'Per-juror normalisation (zNormalise), a separate view. When a juror has fewer than 2 totals or σ_j = 0, that juror’s raw totals are used and the juror is listed as a fallback.',
  },
  borda: {
    formula: 's = (m − p̄) / (m − 1) per ballot; score(a) = mean of s over ballots ranking a',
    explanation:
      'Borda count over each juror’s implied ranking (borda). m = applications on the ballot, p̄ = average position of a’s tied group. Equals (wins + ½·ties)/(m − 1); ballots with fewer than 2 applications are skipped.',
  },
  schulze: {
    formula:
      'd[a][b] = ballots with a above b; p = widest paths over links d[a][b] > d[b][a]; a beats b if p[a][b] > p[b][a]',
    explanation:
      'Schulze method (schulze), winning-votes strength. Places are formed by repeatedly taking every candidate no remaining candidate beats; those share the place.',
  },
  stability: {
    formula:
      'for each juror j: rank without j; kept = #runs with rank = baseline rank; inTopN = #runs with rank ≤ N',
    explanation:
      'Leave-one-juror-out stability (leaveOneJurorOut), one run per juror. Shows whether a rank or a finalist place depends on a single juror.',
  },
  krippendorffAlpha: {
    formula:
      'α = 1 − D_o / D_e; D_o = (1/n) Σ_u Σ_{i≠j∈u} δ / (m_u − 1); D_e = Σ_{i≠j} δ / (n(n − 1)); interval δ = (a − b)²',
    explanation:
      'Inter-rater reliability with missing values (krippendorffAlpha). Units with fewer than 2 values are dropped. Per criterion on the scores, overall on the weighted totals. Undefined when there are no pairs or no variation.',
  },
  alphaLevels: {
    formula: 'α ≥ 0.800: good; 0.667 ≤ α < 0.800: tentative; α < 0.667: low',
    explanation: 'Krippendorff’s conventional thresholds (interpretAlpha).',
  },
} as const satisfies Record<string, FormulaText>;

export type FormulaKey = keyof typeof FORMULAS;
