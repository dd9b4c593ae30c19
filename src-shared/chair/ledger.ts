import { decisionKey, mergeScoreFiles, mergeVerdictForArrival } from '../scoring/merge';
import type { MergeDecisions, MergeResult, MergeVerdict, ScoreFileMeta } from '../scoring/merge';
import type { ImportReason, ImportVerdict, MergeReason, RejectReason } from './codes';

/**
 * The chair's import state: an append-only ledger of every score file that
 * verified, plus the chair's decisions on equivocations and forks. Which
 * files count is never stored: it is recomputed by the merge rules from the
 * SET of ledger files, so the state does not depend on the order files
 * arrived in, and a file that arrives twice changes nothing.
 *
 * Rejected files never reach the ledger. Superseded (replayed) and contested
 * files do: they are genuine, signed files, and keeping them is what makes
 * the outcome independent of arrival order (a replay that arrives first is
 * accepted until the newer revision comes, then superseded either way).
 */

/** One verified file, in arrival order. Entries are only ever appended. */
export interface LedgerEntry {
  /** 1-based position in arrival order; never reused. */
  readonly seq: number;
  /** SHA-256 (hex) of the file bytes: the file's identity. */
  readonly digest: string;
  /** The name the file had when it arrived (for the report only). */
  readonly fileName: string;
  readonly jurorId: string;
  readonly revision: number;
  readonly previousDigest: string | null;
  readonly final: boolean;
  /** When the chair imported it (informational). */
  readonly importedAt: string;
}

/** The verifier's answer for one file. */
export type FileCheck =
  | { readonly ok: true; readonly meta: ScoreFileMeta }
  | { readonly ok: false; readonly reason: RejectReason };

/** One file offered for import. */
export interface Arrival {
  readonly fileName: string;
  readonly check: FileCheck;
}

/** One line of the import report. */
export interface ImportReportRow {
  readonly fileName: string;
  readonly verdict: ImportVerdict;
  readonly reason: ImportReason;
  readonly digest: string | null;
  readonly jurorId: string | null;
  readonly revision: number | null;
  readonly final: boolean | null;
  /** This arrival left the juror without a file in use until the chair chooses. */
  readonly onHold: boolean;
  /** Stored files whose verdict this arrival changed. */
  readonly changed: readonly {
    readonly digest: string;
    readonly from: MergeVerdict;
    readonly to: MergeVerdict;
  }[];
}

export interface ChairImportState {
  /** In arrival (seq) order. */
  readonly entries: readonly LedgerEntry[];
  /** `decisionKey(juror, revision)` → chosen digest. */
  readonly decisions: MergeDecisions;
}

export function emptyImportState(): ChairImportState {
  return { entries: [], decisions: new Map() };
}

/** The merge metadata of a ledger entry. */
export function metaOf(entry: LedgerEntry): ScoreFileMeta {
  return {
    fileId: entry.digest,
    jurorId: entry.jurorId,
    revision: entry.revision,
    previousDigest: entry.previousDigest,
    final: entry.final,
  };
}

/** The merge of the ledger's files with the chair's decisions. */
export function mergeOf(state: ChairImportState): MergeResult {
  return mergeScoreFiles(state.entries.map(metaOf), state.decisions);
}

function mergeReason(verdict: MergeVerdict, hadFiles: boolean): MergeReason {
  switch (verdict) {
    case 'accepted':
      return hadFiles ? 'SUPERSEDES' : 'FIRST_FILE';
    case 'duplicate':
      return 'SAME_DIGEST';
    case 'superseded':
      return 'OLDER_REVISION';
    case 'equivocation':
      return 'SAME_REVISION_OTHER_CONTENT';
    case 'fork':
      return 'BROKEN_CHAIN';
  }
}

/**
 * Fold arrivals into the state, one at a time, with exactly the set rules of
 * `mergeScoreFiles` (via `mergeVerdictForArrival`). Returns the new state,
 * one report row per arrival, and the ledger entries to append to storage.
 * A rejected file or a duplicate adds nothing. Pure: `importedAt` is given.
 */
export function applyArrivals(
  state: ChairImportState,
  arrivals: readonly Arrival[],
  importedAt: string,
): { state: ChairImportState; report: ImportReportRow[]; added: LedgerEntry[] } {
  let merge = mergeOf(state);
  const entries = [...state.entries];
  const added: LedgerEntry[] = [];
  const report: ImportReportRow[] = [];
  let seq = entries.reduce((max, e) => Math.max(max, e.seq), 0);
  for (const arrival of arrivals) {
    const { check, fileName } = arrival;
    if (!check.ok) {
      report.push({
        fileName,
        verdict: 'rejected',
        reason: check.reason,
        digest: null,
        jurorId: null,
        revision: null,
        final: null,
        onHold: false,
        changed: [],
      });
      continue;
    }
    const { meta } = check;
    const hadFiles = merge.files.some((f) => f.jurorId === meta.jurorId);
    const arrived = mergeVerdictForArrival(merge, meta);
    if (arrived.verdict !== 'duplicate') {
      seq += 1;
      const entry: LedgerEntry = {
        seq,
        digest: meta.fileId,
        fileName,
        jurorId: meta.jurorId,
        revision: meta.revision,
        previousDigest: meta.previousDigest,
        final: meta.final,
        importedAt,
      };
      entries.push(entry);
      added.push(entry);
      merge = arrived.result;
    }
    report.push({
      fileName,
      verdict: arrived.verdict,
      reason: mergeReason(arrived.verdict, hadFiles),
      digest: meta.fileId,
      jurorId: meta.jurorId,
      revision: meta.revision,
      final: meta.final,
      onHold: merge.jurors.get(meta.jurorId)?.awaitingDecision ?? false,
      changed: arrived.changed,
    });
  }
  return { state: { entries, decisions: state.decisions }, report, added };
}

/** The state with the chair's choice of `digest` for the juror's `revision`. */
export function withDecision(
  state: ChairImportState,
  jurorId: string,
  revision: number,
  digest: string,
): ChairImportState {
  const decisions = new Map(state.decisions);
  decisions.set(decisionKey(jurorId, revision), digest);
  return { entries: state.entries, decisions };
}

/**
 * The report as it stands after the whole batch: each verified file gets its
 * verdict in the final merge (so a replay is "superseded" whether it came
 * before or after the newer file), while duplicates and rejections stay as
 * they were. Used where order must not matter (the stateless CLI).
 */
export function settleReport(
  state: ChairImportState,
  report: readonly ImportReportRow[],
): ImportReportRow[] {
  const merge = mergeOf(state);
  return report.map((row) => {
    if (row.digest === null || row.verdict === 'duplicate' || row.verdict === 'rejected')
      return row;
    const verdict = merge.verdicts.get(row.digest) ?? row.verdict;
    const own = merge.files.filter((f) => f.jurorId === row.jurorId).length;
    return {
      ...row,
      verdict,
      reason: mergeReason(verdict, own > 1),
      onHold: merge.jurors.get(row.jurorId ?? '')?.awaitingDecision ?? false,
      changed: [],
    };
  });
}
