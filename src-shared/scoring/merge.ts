import { strictAssert } from '../assert';
import { assertValidMeta, buildHistory, compareFiles, conflict, isLinear } from './merge-history';
import type { JurorHistory, ScoreFileMeta } from './merge-history';
import { compareIds } from './numeric';

export type { ScoreFileMeta } from './merge-history';

/**
 * What a score file is to the chair.
 * - `accepted`: the juror's current head; its scores count.
 * - `superseded`: an older revision (a replay, or an earlier link of the
 *   chain); ignored.
 * - `duplicate`: the same digest again; only reported for an arrival, since a
 *   set holds each digest once.
 * - `equivocation`: in conflict with another file of the SAME revision.
 * - `fork`: in conflict with a file of a different revision (their links
 *   cannot lie on one history).
 */
export type MergeVerdict = 'accepted' | 'superseded' | 'duplicate' | 'equivocation' | 'fork';

/** The chair's choices: `decisionKey(juror, revision)` → chosen digest. */
export type MergeDecisions = ReadonlyMap<string, string>;

/**
 * The key of a chair's decision. The revision never contains ':', so the key
 * is split at its last ':' and any juror id round-trips.
 */
export function decisionKey(jurorId: string, revision: number): string {
  return `${jurorId}:${revision}`;
}

export interface JurorHead {
  readonly digest: string;
  readonly revision: number;
  readonly final: boolean;
}

export interface JurorMergeState {
  readonly jurorId: string;
  /** The accepted file; `null` while the top of the juror's history is contested. */
  readonly head: JurorHead | null;
  /** True when `head` is null: this juror's scores are on hold until the chair chooses. */
  readonly awaitingDecision: boolean;
  /**
   * Files still in conflict, by revision then digest. Non-empty with a head
   * means the conflict lies below the head (flagged, but the head stands).
   */
  readonly contested: readonly {
    readonly digest: string;
    readonly revision: number;
    readonly verdict: 'equivocation' | 'fork';
  }[];
  /** Decisions that applied to this juror, by revision. */
  readonly appliedDecisions: readonly { readonly revision: number; readonly digest: string }[];
}

export interface MergeResult {
  /** The set of files, one per digest, by digest. */
  readonly files: readonly ScoreFileMeta[];
  /** The decisions used, by key. */
  readonly decisions: MergeDecisions;
  /** digest → verdict, by digest. Never `duplicate`. */
  readonly verdicts: ReadonlyMap<string, MergeVerdict>;
  /** By juror id. */
  readonly jurors: ReadonlyMap<string, JurorMergeState>;
  /** Decision keys that named no applicable file (malformed key, unknown digest or revision, or a file an earlier decision removed), by key. */
  readonly ignoredDecisions: readonly string[];
}

/**
 * Merge a juror's score files as a SET: the result depends only on which
 * digests are present (and the decisions), never on arrival order or on
 * repeats. All outputs are sorted, so equal sets give identical results.
 *
 * Per juror, the files should form one linear history (see `isLinear`):
 * each file's `previousDigest` names the export before it. Missing exports
 * are tolerated when there is room for them in the revision numbers.
 *
 * 1. Decisions, by revision ascending: a decision (r → X) applies when X is
 *    this juror's file with revision r and still in play. Every file in
 *    conflict with X leaves play: `equivocation` if it has revision r, else
 *    `fork`. Other decisions are ignored and reported.
 * 2. Of the files in play, the head is the single file with the highest
 *    revision, provided it conflicts with no other file in play. Otherwise
 *    there is no head and the juror awaits the chair's decision: neither
 *    side of a conflict wins silently.
 * 3. Files in play in conflict with another: `equivocation` when one of
 *    those has the same revision, else `fork`. The rest: `superseded`.
 *
 * How the table rows come out:
 * - first file of a juror, any revision, even if its previous digest is
 *   unknown (earlier exports never sent): accepted;
 * - higher revision linked to the head: accepted, the old head superseded;
 * - same digest again: one set member, nothing changes (`duplicate` on arrival);
 * - a lower revision consistent with the head (a replay, also one whose
 *   neighbours are missing, e.g. revision 1 after 3 arrived alone):
 *   superseded; the head never moves down;
 * - same revision, different digest: equivocation, no head until decided;
 * - a higher revision whose previous digest skips or contradicts the files
 *   below it: fork, both sides flagged, no head until decided.
 * Unlike arrival-order rules, a set has no "first" branch, so a conflicting
 * lower-revision file also puts the juror on hold rather than being ignored:
 * it shows the juror signed two histories, and the chair must choose.
 */
export function mergeScoreFiles(
  files: readonly ScoreFileMeta[],
  decisions: MergeDecisions = new Map(),
): MergeResult {
  const byDigest = new Map<string, ScoreFileMeta>();
  for (const f of files) {
    assertValidMeta(f);
    const known = byDigest.get(f.fileId);
    if (known === undefined) byDigest.set(f.fileId, f);
    else assertSameMeta(known, f);
  }
  const byJuror = new Map<string, ScoreFileMeta[]>();
  for (const f of byDigest.values()) {
    const list = byJuror.get(f.jurorId) ?? [];
    list.push(f);
    byJuror.set(f.jurorId, list);
  }

  const ignoredDecisions: string[] = [];
  const decisionsByJuror = new Map<string, { key: string; revision: number; digest: string }[]>();
  for (const [key, digest] of decisions) {
    const cut = key.lastIndexOf(':');
    const jurorId = key.slice(0, cut);
    const revisionText = key.slice(cut + 1);
    const revision = Number(revisionText);
    if (cut < 1 || !byJuror.has(jurorId) || String(revision) !== revisionText) {
      ignoredDecisions.push(key);
      continue;
    }
    const list = decisionsByJuror.get(jurorId) ?? [];
    list.push({ key, revision, digest });
    decisionsByJuror.set(jurorId, list);
  }

  const verdicts = new Map<string, MergeVerdict>();
  const jurors = new Map<string, JurorMergeState>();
  for (const jurorId of [...byJuror.keys()].sort(compareIds)) {
    const history = buildHistory(byJuror.get(jurorId) ?? []);
    const own = (decisionsByJuror.get(jurorId) ?? []).sort(
      (a, b) => a.revision - b.revision || compareIds(a.digest, b.digest),
    );
    const state = mergeJuror(jurorId, history, own, verdicts, ignoredDecisions);
    jurors.set(jurorId, state);
  }

  return {
    files: [...byDigest.values()].sort((a, b) => compareIds(a.fileId, b.fileId)),
    decisions: new Map([...decisions].sort(([a], [b]) => compareIds(a, b))),
    verdicts: new Map([...verdicts].sort(([a], [b]) => compareIds(a, b))),
    jurors,
    ignoredDecisions: ignoredDecisions.sort(compareIds),
  };
}

function mergeJuror(
  jurorId: string,
  history: JurorHistory,
  decisions: readonly { key: string; revision: number; digest: string }[],
  verdicts: Map<string, MergeVerdict>,
  ignoredDecisions: string[],
): JurorMergeState {
  const inPlay = new Set(history.files.map((f) => f.fileId));
  const appliedDecisions: { revision: number; digest: string }[] = [];
  for (const d of decisions) {
    const chosen = history.byId.get(d.digest);
    if (chosen === undefined || chosen.revision !== d.revision || !inPlay.has(chosen.fileId)) {
      ignoredDecisions.push(d.key);
      continue;
    }
    appliedDecisions.push({ revision: d.revision, digest: d.digest });
    for (const id of [...inPlay]) {
      if (id === chosen.fileId || !conflict(history, chosen.fileId, id)) continue;
      // Removing a file also removes its descendants: they conflict with the choice too.
      inPlay.delete(id);
      const f = history.byId.get(id);
      verdicts.set(id, f?.revision === chosen.revision ? 'equivocation' : 'fork');
    }
  }

  const playing = history.files.filter((f) => inPlay.has(f.fileId));
  const contestedBy = new Map<string, 'equivocation' | 'fork'>();
  if (!isLinear(history, inPlay)) {
    for (const a of playing) {
      for (const b of playing) {
        if (a === b || !conflict(history, a.fileId, b.fileId)) continue;
        if (a.revision === b.revision) contestedBy.set(a.fileId, 'equivocation');
        else if (!contestedBy.has(a.fileId)) contestedBy.set(a.fileId, 'fork');
      }
    }
  }
  const top = playing[playing.length - 1];
  const headFile =
    top !== undefined &&
    playing.filter((f) => f.revision === top.revision).length === 1 &&
    !contestedBy.has(top.fileId)
      ? top
      : undefined;
  for (const f of playing) {
    verdicts.set(
      f.fileId,
      f === headFile ? 'accepted' : (contestedBy.get(f.fileId) ?? 'superseded'),
    );
  }
  return {
    jurorId,
    head:
      headFile === undefined
        ? null
        : { digest: headFile.fileId, revision: headFile.revision, final: headFile.final },
    awaitingDecision: headFile === undefined && playing.length > 0,
    contested: playing
      .filter((f) => contestedBy.has(f.fileId))
      .sort(compareFiles)
      .map((f) => ({
        digest: f.fileId,
        revision: f.revision,
        verdict: contestedBy.get(f.fileId) ?? 'fork',
      })),
    appliedDecisions,
  };
}

function assertSameMeta(a: ScoreFileMeta, b: ScoreFileMeta): void {
  strictAssert(
    a.jurorId === b.jurorId &&
      a.revision === b.revision &&
      a.previousDigest === b.previousDigest &&
      a.final === b.final,
    'one digest must always describe the same file',
  );
}

/** What a newly arriving file is, and what it changed. */
export interface ArrivalReport {
  readonly verdict: MergeVerdict;
  /** The merge of the old set plus this file (the same object for a duplicate). */
  readonly result: MergeResult;
  /** Files already present whose verdict changed, by digest. */
  readonly changed: readonly {
    readonly digest: string;
    readonly from: MergeVerdict;
    readonly to: MergeVerdict;
  }[];
  readonly headBefore: JurorHead | null;
  readonly headAfter: JurorHead | null;
}

/**
 * Classify a newly arriving file against an existing merge, using exactly the
 * set rules of {@link mergeScoreFiles}: a digest already present is a
 * `duplicate` and changes nothing; otherwise the verdict is the file's verdict
 * in the merge of the enlarged set. Folding arrivals in any order therefore
 * ends in the same state as merging the whole set at once.
 */
export function mergeVerdictForArrival(existing: MergeResult, file: ScoreFileMeta): ArrivalReport {
  assertValidMeta(file);
  const headBefore = existing.jurors.get(file.jurorId)?.head ?? null;
  const known = existing.files.find((f) => f.fileId === file.fileId);
  if (known !== undefined) {
    assertSameMeta(known, file);
    return {
      verdict: 'duplicate',
      result: existing,
      changed: [],
      headBefore,
      headAfter: headBefore,
    };
  }
  const result = mergeScoreFiles([...existing.files, file], existing.decisions);
  const changed: { digest: string; from: MergeVerdict; to: MergeVerdict }[] = [];
  for (const [digest, from] of existing.verdicts) {
    const to = result.verdicts.get(digest);
    if (to !== undefined && to !== from) changed.push({ digest, from, to });
  }
  return {
    verdict: result.verdicts.get(file.fileId) ?? 'superseded',
    result,
    changed,
    headBefore,
    headAfter: result.jurors.get(file.jurorId)?.head ?? null,
  };
}
