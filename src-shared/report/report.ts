import type { ResultPayload, Roster, ScoreCellValue } from '../exchange';
import { rosterChair } from '../exchange/roster';
import type { Language } from '../i18n/languages';

/*
 * The final jury report: the chair's verified result, with applications and
 * jurors named from the organiser's own round. Pure and deterministic, so the
 * app's exports, the CLI `report` and the tests agree. Format `juryrum.report`
 * (docs/formats.md, "Final report (JSON)"); PDF, XLSX and CSV are views of it.
 */

export const REPORT_FORMAT = 'juryrum.report';
export const REPORT_VERSION = 1;

/** An application as the report names it. */
export interface ReportApplication {
  readonly applicationId: string;
  /** The applicant's real name, or the id when the round does not know it. */
  readonly name: string;
}

export interface ReportRankingRow extends ReportApplication {
  readonly rank: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly sd: number | null;
  readonly range: number | null;
  readonly n: number;
  readonly finalist: boolean;
  readonly winner: boolean;
}

export interface ReportJuror {
  readonly jurorId: string;
  /** From the roster, or the id when the roster does not name the juror. */
  readonly jurorName: string;
}

export interface ReportConflict extends ReportJuror {
  readonly applicationId: string;
  readonly applicationName: string;
  readonly reason: string;
}

export interface ReportInput extends ReportJuror {
  readonly revision: number;
  readonly digest: string;
}

export interface ReportScoreChange extends ReportJuror {
  readonly applicationId: string;
  readonly applicationName: string;
  readonly criterion: string;
  /** The score before and after the discussion: a number, 'cannot-assess' or null (empty). */
  readonly before: ScoreCellValue;
  readonly after: ScoreCellValue;
  readonly reason: string;
}

/** The final report (JSON export). */
export interface FinalReport {
  readonly format: typeof REPORT_FORMAT;
  readonly version: typeof REPORT_VERSION;
  readonly language: Language;
  readonly award: string;
  readonly round: { readonly id: string; readonly name: string; readonly year: number };
  readonly phaseId: string;
  readonly rosterVersion: number;
  readonly result: {
    /** SHA-256 of the chair's result file, as imported. */
    readonly digest: string;
    readonly createdAt: string;
    readonly chair: { readonly name: string; readonly fingerprint: string } | null;
  };
  readonly winner: ReportApplication | null;
  readonly finalists: readonly ReportApplication[];
  readonly ranking: readonly ReportRankingRow[];
  readonly motivation: string;
  /** The motivation split at blank lines, for display as paragraphs. */
  readonly motivationParagraphs: readonly string[];
  readonly method: {
    readonly aggregation: string;
    /** The tie policy's `choice` (shared, chain, median-top-borda, chair-vote), or null. */
    readonly tieChoice: string | null;
    readonly tiePolicy: unknown;
    readonly normalisation: string;
    readonly appVersion: string;
  };
  readonly conflicts: readonly ReportConflict[];
  readonly inputs: readonly ReportInput[];
  readonly decisions: readonly { readonly at: string; readonly text: string }[];
  readonly scoreChanges: readonly ReportScoreChange[];
}

/** What the report is built from: all verified or the organiser's own. */
export interface ReportSource {
  readonly result: ResultPayload;
  /** Digest of the result file the organiser imported. */
  readonly digest: string;
  readonly round: { readonly id: string; readonly name: string; readonly year: number };
  readonly applications: readonly { readonly id: string; readonly applicant: string }[];
  /** The round's jurors, to name them (from the roster, or the CLI's jurors.json). */
  readonly jurors: readonly { readonly jurorId: string; readonly name: string }[];
  /** The chair whose signature was verified. */
  readonly chair: { readonly name: string; readonly fingerprint: string } | null;
  readonly language: Language;
}

/** Split a text into paragraphs at blank lines; each is trimmed, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function tieChoiceOf(policy: unknown): string | null {
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) return null;
  const choice: unknown = (policy as Record<string, unknown>)['choice'];
  return typeof choice === 'string' ? choice : null;
}

/** Build the final report. Ids the round does not know keep their id as the name. */
export function buildReport(source: ReportSource): FinalReport {
  const { result } = source;
  // Maps keyed by id: ids come from a file, so never a plain object.
  const apps = new Map(source.applications.map((a) => [a.id, a.applicant]));
  const jurors = new Map(source.jurors.map((j) => [j.jurorId, j.name]));
  const appName = (id: string): string => apps.get(id) ?? id;
  const jurorName = (id: string): string => jurors.get(id) ?? id;
  const named = (id: string): ReportApplication => ({ applicationId: id, name: appName(id) });
  const finalists = new Set<string>(result.finalists);
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    language: source.language,
    award: result.award,
    round: { id: source.round.id, name: source.round.name, year: source.round.year },
    phaseId: result.phaseId,
    rosterVersion: result.rosterVersion,
    result: {
      digest: source.digest,
      createdAt: result.createdAt,
      chair: source.chair === null ? null : { ...source.chair },
    },
    winner: result.winner === null ? null : named(result.winner),
    finalists: result.finalists.map(named),
    ranking: [...result.ranking]
      .sort((a, b) => a.rank - b.rank || (a.applicationId < b.applicationId ? -1 : 1))
      .map((r) => ({
        ...named(r.applicationId),
        rank: r.rank,
        mean: r.mean,
        median: r.median,
        sd: r.sd,
        range: r.range,
        n: r.n,
        finalist: finalists.has(r.applicationId),
        winner: r.applicationId === result.winner,
      })),
    motivation: result.motivation,
    motivationParagraphs: paragraphsOf(result.motivation),
    method: {
      aggregation: result.method.aggregation,
      tieChoice: tieChoiceOf(result.method.tiePolicy),
      tiePolicy: result.method.tiePolicy,
      normalisation: result.method.normalisation,
      appVersion: result.appVersion,
    },
    conflicts: result.conflicts.map((c) => ({
      jurorId: c.jurorId,
      jurorName: jurorName(c.jurorId),
      applicationId: c.applicationId,
      applicationName: appName(c.applicationId),
      reason: c.reason,
    })),
    inputs: result.inputs.map((i) => ({
      jurorId: i.jurorId,
      jurorName: jurorName(i.jurorId),
      revision: i.revision,
      digest: i.digest,
    })),
    decisions: result.decisions.map((d) => ({ at: d.at, text: d.text })),
    scoreChanges: result.scoreChanges.map((s) => ({
      jurorId: s.jurorId,
      jurorName: jurorName(s.jurorId),
      applicationId: s.applicationId,
      applicationName: appName(s.applicationId),
      criterion: s.criterion,
      before: s.before,
      after: s.after,
      reason: s.reason,
    })),
  };
}

/** Jurors and chair for {@link ReportSource} from the organiser's roster. */
export function peopleOfRoster(roster: Roster | null): Pick<ReportSource, 'jurors' | 'chair'> {
  if (roster === null) return { jurors: [], chair: null };
  const chair = rosterChair(roster);
  return {
    jurors: roster.jurors.map((j) => ({ jurorId: j.jurorId, name: j.name })),
    chair: chair === undefined ? null : { name: chair.name, fingerprint: chair.fingerprint },
  };
}
