import type { chairHelpSv } from './chair-help.sv';

/** English strings of the chair's help panel; a missing key fails to compile. */
export const chairHelpEn: Record<keyof typeof chairHelpSv, string> = {
  'chair.help.title': 'How the figures are computed',
  'chair.help.intro':
    'These are exactly the formulas the table, the cross-checks and the result file use. T(j,a) is juror j’s weighted total for application a.',
  'chair.formula.weightedTotal.name': 'Weighted total',
  'chair.formula.weightedTotal.formula':
    'T(j,a) = Σ w_c·s_c / Σ w_c, over criteria c that juror j scored with a number',
  'chair.formula.weightedTotal.text':
    '“Cannot assess” and empty criteria are left out of both sums, so the total stays on the scale. No total under a conflict, or when no weighted criterion has a score.',
  'chair.formula.mean.name': 'Mean',
  'chair.formula.mean.formula': 'mean = Σ T / n, over jurors with a total',
  'chair.formula.mean.text':
    'A conflicted juror or one without scores lowers n instead of counting as zero.',
  'chair.formula.median.name': 'Median',
  'chair.formula.median.formula':
    'median = middle sorted value; mean of the two middle values when n is even',
  'chair.formula.median.text': 'Not moved by a single outlying juror.',
  'chair.formula.trimmedMean.name': 'Trimmed mean',
  'chair.formula.trimmedMean.formula':
    'k = 0 if n < 5, else max(1, floor(n/10)); mean after dropping the k lowest and k highest',
  'chair.formula.trimmedMean.text':
    'From five jurors on, at least the highest and lowest totals are dropped; below five it equals the mean.',
  'chair.formula.sd.name': 'Standard deviation',
  'chair.formula.sd.formula': 'sd = √(Σ (T − mean)² / (n − 1)); 0 when n < 2',
  'chair.formula.sd.text': 'Sample standard deviation. Read it together with n.',
  'chair.formula.range.name': 'Range',
  'chair.formula.range.formula': 'range = highest T − lowest T',
  'chair.formula.range.text': 'The spread between the most and the least favourable juror.',
  'chair.formula.disagreement.name': 'Disagreement',
  'chair.formula.disagreement.formula':
    'flag when n ≥ 2 and range ≥ span / 2; span = Σ w_c·(max_c − min_c) / Σ w_c',
  'chair.formula.disagreement.text':
    'On the 1–5 scale that is a range of 2 or more. For a single criterion the span is that criterion’s max − min.',
  'chair.formula.rankingShared.name': 'Rank with shared places',
  'chair.formula.rankingShared.formula':
    'rank = 1 + the number of applications with a strictly higher value',
  'chair.formula.rankingShared.text':
    'Equal values share a rank (1, 2, 2, 4). Values are compared rounded to 1e-9.',
  'chair.formula.rankingChain.name': 'Rank by the default chain',
  'chair.formula.rankingChain.formula':
    'order by value descending; then each tie-break step in turn: median descending, criterion means descending, application id ascending',
  'chair.formula.rankingChain.text':
    'Each step only orders applications still tied. The warning names the step that decided; applications still equal after the last step share a rank.',
  'chair.formula.rankingTopBorda.name': 'Rank by median, top scores and Borda',
  'chair.formula.rankingTopBorda.formula':
    'sort by mean, descending; on a tie: median descending, then top scores descending, then Borda score descending',
  'chair.formula.rankingTopBorda.text':
    'Each rule only separates applications that are still equal. What is still equal after Borda shares a place.',
  'chair.formula.topScores.name': 'Top scores',
  'chair.formula.topScores.formula':
    'top(a) = mean over jurors j with a total of the number of criteria c with w_c > 0 where s_c = the top of the scale',
  'chair.formula.topScores.text':
    'Counted per juror who has a total, so a conflict does not lower it. The Borda score is the one in the cross-checks.',
  'chair.formula.chairVote.name': 'The chair’s vote',
  'chair.formula.chairVote.formula':
    'equal means: the order in the chair’s recorded vote on exactly those applications; without a vote, a shared place',
  'chair.formula.chairVote.text':
    'A vote applies only to the group of tied applications it was cast on. It is entered among the decisions and stated in the result’s method.',
  'chair.formula.zScore.name': 'Z-normalised view',
  'chair.formula.zScore.formula':
    'z(j,a) = (T(j,a) − μ_j) / σ_j; σ_j = √(Σ (T − μ_j)² / n_j); z mean(a) = mean over j of z(j,a)',
  'chair.formula.zScore.text':
    'A separate view. A juror with fewer than two totals or σ_j = 0 keeps raw totals, and the view says so.',
  'chair.formula.borda.name': 'Borda',
  'chair.formula.borda.formula':
    's = (m − p̄) / (m − 1) per ranking; score(a) = mean of s over the rankings that include a',
  'chair.formula.borda.text':
    'Based on each juror’s own ranking by their totals. m = applications in the ranking, p̄ = average position of a’s tied group.',
  'chair.formula.schulze.name': 'Schulze',
  'chair.formula.schulze.formula':
    'd[a][b] = rankings with a above b; p = strongest paths over links with d[a][b] > d[b][a]; a beats b if p[a][b] > p[b][a]',
  'chair.formula.schulze.text':
    'The Schulze method (winning votes). Places are formed by repeatedly taking every candidate no remaining candidate beats; they share the place.',
  'chair.formula.stability.name': 'Stability',
  'chair.formula.stability.formula':
    'for each juror j: rank without j; keeps = runs with the same rank; in top N = runs with rank ≤ N',
  'chair.formula.stability.text':
    'Shows whether a rank or a finalist place depends on a single juror.',
  'chair.formula.krippendorffAlpha.name': 'Krippendorff’s alpha (interval)',
  'chair.formula.krippendorffAlpha.formula':
    'α = 1 − D_o / D_e; D_o = (1/n) Σ_u Σ_{i≠j∈u} δ / (m_u − 1); D_e = Σ_{i≠j} δ / (n(n − 1)); δ = (a − b)²',
  'chair.formula.krippendorffAlpha.text':
    'Agreement that copes with missing values. Applications with fewer than two values are dropped. Per criterion on the scores, overall on the weighted totals.',
  'chair.formula.alphaLevels.name': 'Reading alpha',
  'chair.formula.alphaLevels.formula':
    'α ≥ 0.800: good; 0.667 ≤ α < 0.800: tentative; α < 0.667: low',
  'chair.formula.alphaLevels.text': 'Krippendorff’s conventional thresholds.',
};
