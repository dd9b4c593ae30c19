import type { MergeResult, ScoreFileMeta } from '../../../src-shared/scoring';

/** A score file's metadata; `prev` is the previous digest or null. */
export function file(
  fileId: string,
  revision: number,
  prev: string | null,
  jurorId = 'j',
  final = false,
): ScoreFileMeta {
  return { fileId, jurorId, revision, previousDigest: prev, final };
}

/** A byte-exact rendering of a merge result, including every order. */
export function snapshot(r: MergeResult): string {
  return JSON.stringify({
    files: r.files,
    decisions: [...r.decisions],
    verdicts: [...r.verdicts],
    jurors: [...r.jurors],
    ignored: r.ignoredDecisions,
  });
}

/** digest → verdict as a plain record, for readable expectations. */
export function verdictsOf(r: MergeResult): Record<string, string> {
  return Object.fromEntries(r.verdicts);
}
