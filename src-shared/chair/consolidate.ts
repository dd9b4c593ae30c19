import type { PackagePayload } from '../exchange/package';
import type { ScoreFilePayload } from '../exchange/score-file';
import { validateScoringInput } from '../scoring/model';
import type { ScoringInputIssue } from '../scoring/model';
import { mergeScoreFiles } from '../scoring/merge';
import type { MergeDecisions, MergeResult, ScoreFileMeta } from '../scoring/merge';
import { compareIds } from '../scoring/numeric';
import type { ScoreChangeEntry } from './deliberation';
import { tiePolicyFor } from './tie-policy';
import type { AppliedTiePolicy, TieChoice, TieVote } from './tie-policy';
import { buildScoringInput } from './scoring-input';
import type { BuiltInput, HeadFile } from './scoring-input';
import { buildChairTable } from './table-model';
import type { ChairTable } from './table-model';

/** A score file that verified: its metadata and signed content. */
export interface VerifiedFile {
  readonly digest: string;
  readonly meta: ScoreFileMeta;
  readonly payload: ScoreFilePayload;
}

export interface ConsolidateOptions {
  readonly tieChoice: TieChoice;
  /** The chair's votes on ties (deliberation.tieVotes); used under `chair-vote`. */
  readonly tieVotes?: readonly TieVote[];
  readonly finalistCount: number;
  readonly scoreChanges?: readonly ScoreChangeEntry[];
  readonly schulzeShortlist?: number;
}

/** Everything the chair's screens, the CLI and the result are computed from. */
export interface Consolidation {
  readonly merge: MergeResult;
  /** The file in use per juror, by juror id. */
  readonly heads: readonly HeadFile[];
  readonly built: BuiltInput;
  /** The tie policy as applied (the table's, or the bare choice when there is no table). */
  readonly tie: AppliedTiePolicy;
  /** Null when the round's criteria cannot be scored (e.g. every weight is 0). */
  readonly table: ChairTable | null;
  readonly issues: readonly ScoringInputIssue[];
}

/**
 * The one path from verified score files to the consolidated table, shared
 * by the app, the CLI `merge` command and the result export, so all three
 * always agree. `files` is a set: order and repeats do not matter.
 */
export function consolidate(
  pkg: PackagePayload,
  files: Iterable<VerifiedFile>,
  decisions: MergeDecisions,
  options: ConsolidateOptions,
): Consolidation {
  const byDigest = new Map<string, VerifiedFile>();
  for (const f of files) byDigest.set(f.digest, f);
  const merge = mergeScoreFiles(
    [...byDigest.values()].map((f) => f.meta),
    decisions,
  );
  const heads: HeadFile[] = [];
  for (const jurorId of [...merge.jurors.keys()].sort(compareIds)) {
    const head = merge.jurors.get(jurorId)?.head;
    const file = head === null || head === undefined ? undefined : byDigest.get(head.digest);
    if (head === null || head === undefined || file === undefined) continue;
    heads.push({
      jurorId,
      digest: head.digest,
      revision: head.revision,
      final: head.final,
      payload: file.payload,
    });
  }
  const built = buildScoringInput(pkg, heads, options.scoreChanges ?? []);
  const issues = validateScoringInput(built.input);
  const table =
    issues.length > 0
      ? null
      : buildChairTable(built.input, built.applications, {
          tieChoice: options.tieChoice,
          tieVotes: options.tieVotes ?? [],
          finalistCount: options.finalistCount,
          ...(options.schulzeShortlist === undefined
            ? {}
            : { schulzeShortlist: options.schulzeShortlist }),
        });
  const tie: AppliedTiePolicy = table?.tie ?? {
    choice: options.tieChoice,
    policy: tiePolicyFor(
      options.tieChoice,
      built.input.criteria.map((c) => c.key),
    ),
    appliedVotes: [],
  };
  return { merge, heads, built, tie, table, issues };
}
