import type { MergeResult } from '../scoring/merge';
import type { Roster } from '../exchange/roster';
import { compareIds } from '../scoring/numeric';

/** Where one juror stands, as the chair's progress list shows it. */
export type JurorStatus = 'delivered' | 'awaiting-decision' | 'missing';

export interface JurorProgress {
  readonly jurorId: string;
  readonly name: string;
  readonly organisation: string;
  readonly role: 'juror' | 'chair';
  readonly status: JurorStatus;
  /** The revision in use (delivered), else null. */
  readonly revision: number | null;
  /** The file in use is marked final by the juror; null when none is in use. */
  readonly final: boolean | null;
  readonly digest: string | null;
  /** Every verified file from this juror, including replays and contested ones. */
  readonly files: number;
  /** Files in conflict (equivocation or fork) for the chair to look at. */
  readonly contested: number;
}

/**
 * Progress of every roster juror, in roster order: who has delivered which
 * revision (draft or final), who is on hold awaiting the chair's decision,
 * and who is missing.
 */
export function jurorProgress(roster: Roster, merge: MergeResult): JurorProgress[] {
  return roster.jurors.map((j) => {
    const state = merge.jurors.get(j.jurorId);
    const files = merge.files.filter((f) => f.jurorId === j.jurorId).length;
    const head = state?.head ?? null;
    const status: JurorStatus =
      head !== null
        ? 'delivered'
        : state?.awaitingDecision === true
          ? 'awaiting-decision'
          : 'missing';
    return {
      jurorId: j.jurorId,
      name: j.name,
      organisation: j.organisation,
      role: j.role,
      status,
      revision: head?.revision ?? null,
      final: head?.final ?? null,
      digest: head?.digest ?? null,
      files,
      contested: state?.contested.length ?? 0,
    };
  });
}

/** A juror on hold, with the contested files the chair can choose between. */
export interface PendingChoice {
  readonly jurorId: string;
  /** Highest revision first, then by digest. */
  readonly options: readonly {
    readonly digest: string;
    readonly revision: number;
    readonly verdict: 'equivocation' | 'fork';
  }[];
}

/**
 * The choices the chair has to make: every juror without a file in use, with
 * the files in conflict. Choosing one (a decision for its revision) removes
 * every file in conflict with it (see mergeScoreFiles), so the juror's
 * scores count again.
 */
export function pendingChoices(merge: MergeResult): PendingChoice[] {
  const out: PendingChoice[] = [];
  for (const jurorId of [...merge.jurors.keys()].sort(compareIds)) {
    const state = merge.jurors.get(jurorId);
    if (state === undefined || !state.awaitingDecision) continue;
    const options = [...state.contested].sort(
      (a, b) => b.revision - a.revision || compareIds(a.digest, b.digest),
    );
    out.push({ jurorId, options });
  }
  return out;
}
