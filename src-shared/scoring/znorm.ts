import { assertValidScoringInput } from './model';
import type { ScoringInput } from './model';
import { tieKey } from './numeric';
import { rankValues } from './ranking';
import type { SimpleRanking } from './ranking';
import { mean, populationSd } from './stats';
import { weightedTotals } from './totals';

/** Why a juror's totals were left raw instead of z-scored. */
export type ZFallbackReason = 'fewer-than-two-totals' | 'zero-spread';

/** One juror's normalisation parameters. */
export interface JurorNormalisation {
  readonly juror: string;
  /** Number of weighted totals the juror has (conflicts and empty applications excluded). */
  readonly n: number;
  /** μ_j = mean of the juror's totals; `undefined` when n = 0. */
  readonly mean: number | undefined;
  /** σ_j = population sd of the juror's totals (divide by n). */
  readonly sd: number;
  /** Set when the juror's values are raw totals rather than z-scores. */
  readonly fallback: ZFallbackReason | null;
}

/** One juror's value for one application in the normalised view. */
export interface ZValue {
  /** z = (T − μ_j) / σ_j, or the raw T when the juror fell back. */
  readonly value: number;
  readonly raw: number;
  readonly normalised: boolean;
}

/** Per-application result of the normalised view. */
export interface ZApplication {
  readonly application: string;
  /** Number of juror values averaged. */
  readonly n: number;
  /** Mean of the juror values (z-scores, plus raw totals of fallback jurors). */
  readonly meanZ: number | undefined;
  /** How many of those values are raw totals from fallback jurors. */
  readonly rawValues: number;
}

/** The per-juror z-normalised view: a second, separately labelled table. */
export interface ZNormalisedView {
  /** In juror order. */
  readonly jurors: ReadonlyMap<string, JurorNormalisation>;
  /** Jurors with at least one total whose values were left raw, in juror order. */
  readonly fallbackJurors: readonly string[];
  /** application → juror → value, in input order. */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, ZValue>>;
  /** In application order. */
  readonly applications: ReadonlyMap<string, ZApplication>;
  /** Competition ranking by `meanZ`, higher first. */
  readonly ranking: SimpleRanking;
}

/**
 * Per-juror z-normalisation of the weighted totals.
 *
 * For juror j with totals T_j,a: μ_j = mean, σ_j = sqrt(Σ(T − μ_j)² / n_j)
 * (population sd: the juror's totals are the whole set being rescaled), and
 * z_j,a = (T_j,a − μ_j) / σ_j. Per application: meanZ = mean over jurors of
 * z_j,a.
 *
 * When n_j < 2 or σ_j = 0 (on the tie grid) a z-score is undefined; the
 * juror's raw totals are used instead and the juror is listed in
 * `fallbackJurors`, so the view can say so. Mixing raw and z values is a
 * known compromise; `rawValues` counts it per application.
 *
 * This view never feeds the default aggregate or ranking.
 */
export function zNormalise(input: ScoringInput): ZNormalisedView {
  assertValidScoringInput(input);
  const totals = weightedTotals(input);
  const jurors = new Map<string, JurorNormalisation>();
  const fallbackJurors: string[] = [];
  for (const juror of input.jurors) {
    const own: number[] = [];
    for (const byJuror of totals.values()) {
      const t = byJuror.get(juror);
      if (t !== undefined) own.push(t);
    }
    const sd = populationSd(own);
    const fallback: ZFallbackReason | null =
      own.length < 2 ? 'fewer-than-two-totals' : tieKey(sd) === 0 ? 'zero-spread' : null;
    if (fallback !== null && own.length > 0) fallbackJurors.push(juror);
    jurors.set(juror, { juror, n: own.length, mean: mean(own), sd, fallback });
  }

  const values = new Map<string, Map<string, ZValue>>();
  const applications = new Map<string, ZApplication>();
  const meanZ = new Map<string, number | undefined>();
  for (const [application, byJuror] of totals) {
    const row = new Map<string, ZValue>();
    let rawValues = 0;
    for (const [juror, raw] of byJuror) {
      const norm = jurors.get(juror);
      if (norm === undefined || norm.fallback !== null || norm.mean === undefined) {
        row.set(juror, { value: raw, raw, normalised: false });
        rawValues += 1;
      } else {
        row.set(juror, { value: (raw - norm.mean) / norm.sd, raw, normalised: true });
      }
    }
    const m = mean([...row.values()].map((v) => v.value));
    values.set(application, row);
    meanZ.set(application, m);
    applications.set(application, { application, n: row.size, meanZ: m, rawValues });
  }
  return { jurors, fallbackJurors, values, applications, ranking: rankValues(meanZ) };
}
