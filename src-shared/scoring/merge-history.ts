import { strictAssert } from '../assert';
import { compareIds } from './numeric';

/**
 * What the merge needs to know about one score file. The file has already
 * been decrypted, verified and checked against the round; files rejected for
 * any of those reasons never get here.
 */
export interface ScoreFileMeta {
  /** Digest (hex) of the signed file; identifies its content. */
  readonly fileId: string;
  readonly jurorId: string;
  /** Positive integer, increased by the juror's app at every export. */
  readonly revision: number;
  /** Digest of the juror's previous revision; `null` for the juror's first export. */
  readonly previousDigest: string | null;
  /** The juror marked this revision as final. Reported, but does not affect verdicts. */
  readonly final: boolean;
}

/** One juror's files with parent links resolved. */
export interface JurorHistory {
  /** Sorted by revision, then fileId. */
  readonly files: readonly ScoreFileMeta[];
  readonly byId: ReadonlyMap<string, ScoreFileMeta>;
  /**
   * fileId → parent fileId, when `previousDigest` names a file of the same
   * juror with a LOWER revision. Any other `previousDigest` (unknown digest,
   * another juror's file, a later revision) is treated as naming a file that
   * was never received: digests make such links impossible in honest files,
   * and treating them as "absent" keeps the rules simple.
   */
  readonly parent: ReadonlyMap<string, string>;
}

/** Order files by revision, then fileId. */
export function compareFiles(a: ScoreFileMeta, b: ScoreFileMeta): number {
  return a.revision - b.revision || compareIds(a.fileId, b.fileId);
}

/** Check one file's metadata; invalid metadata is an upstream bug. */
export function assertValidMeta(file: ScoreFileMeta): void {
  strictAssert(file.fileId.length > 0, 'a score file needs a digest');
  strictAssert(file.jurorId.length > 0, 'a score file needs a juror id');
  strictAssert(
    Number.isSafeInteger(file.revision) && file.revision >= 1,
    'a score file revision is a positive integer',
  );
  strictAssert(file.previousDigest !== file.fileId, 'a file cannot be its own previous revision');
}

/** Index one juror's files and resolve their parent links. */
export function buildHistory(files: readonly ScoreFileMeta[]): JurorHistory {
  const sorted = [...files].sort(compareFiles);
  const byId = new Map(sorted.map((f) => [f.fileId, f] as const));
  const parent = new Map<string, string>();
  for (const f of sorted) {
    const p = f.previousDigest === null ? undefined : byId.get(f.previousDigest);
    if (p !== undefined && p.revision < f.revision) parent.set(f.fileId, p.fileId);
  }
  return { files: sorted, byId, parent };
}

/** The file and its ancestors reachable through present parent links. */
export function ancestry(history: JurorHistory, fileId: string): Set<string> {
  const out = new Set<string>();
  let current: string | undefined = fileId;
  while (current !== undefined && !out.has(current)) {
    out.add(current);
    current = history.parent.get(current);
  }
  return out;
}

/**
 * Whether the files `ids` can all lie on ONE linear history: a sequence in
 * which each export's `previousDigest` is the digest of the export just
 * before it, revisions strictly increase, and the first export has
 * `previousDigest = null`. Files may be missing from the sequence (never
 * received), so a link to an unknown digest is fine as long as there is room
 * for the unknown file: its revision must lie strictly between the file below
 * and the file that names it. `ids` must be closed under parent links.
 *
 * Checked in revision order, with f the file and e the present file below it:
 * - e and f have different revisions;
 * - if f's parent is present, it must be e (a link may not skip a present file);
 * - if f.previousDigest is null, f must be the lowest file;
 * - otherwise (unknown previous): f.revision − e.revision ≥ 2, and no other
 *   file names the same unknown previous.
 * Revision numbers are compared only with each other: the check does not
 * assume that a history starts at revision 1.
 */
export function isLinear(history: JurorHistory, ids: Iterable<string>): boolean {
  const files: ScoreFileMeta[] = [];
  for (const id of ids) {
    const f = history.byId.get(id);
    strictAssert(f !== undefined, 'isLinear only takes files of this history');
    files.push(f);
  }
  files.sort(compareFiles);
  const unknownPrevious = new Set<string>();
  for (let k = 0; k < files.length; k += 1) {
    const f = files[k];
    const below = files[k - 1];
    if (f === undefined) continue;
    if (below !== undefined && below.revision === f.revision) return false;
    const parent = history.parent.get(f.fileId);
    if (parent !== undefined) {
      if (below?.fileId !== parent) return false;
    } else if (f.previousDigest === null) {
      if (below !== undefined) return false;
    } else {
      if (below !== undefined && f.revision - below.revision < 2) return false;
      if (unknownPrevious.has(f.previousDigest)) return false;
      unknownPrevious.add(f.previousDigest);
    }
  }
  return true;
}

/**
 * Two files conflict when their ancestries together cannot lie on one linear
 * history (see {@link isLinear}). Every way a set of files can fail to be
 * linear shows up as a conflict between some pair, so "no pair conflicts"
 * equals "the whole set is linear".
 */
export function conflict(history: JurorHistory, a: string, b: string): boolean {
  const union = ancestry(history, a);
  for (const id of ancestry(history, b)) union.add(id);
  return !isLinear(history, union);
}
