import { basename } from 'node:path';
import type { Identity } from '../../services/crypto';
import type { ExchangePeek, PackagePayload } from '../../services/exchange';
import { CliFailure, UsageError } from '../args';

/** Where the next score file sits in the juror's revision chain. */
export type RevisionLink = {
  revision: number;
  previousDigest: string | null;
  /** Remarks for stderr (`Note:` lines): what could not be checked. */
  notes: readonly string[];
};

const REVISION_IN_NAME = /-r(\d{1,9})\.juryrum$/;

/**
 * The revision and previous digest for `score`.
 *
 * The juror cannot open an earlier score file: it is encrypted to the chair.
 * Its clear header (authenticated by the chair as AAD) carries the revision
 * in files written since the header gained it; for older files the revision
 * can only come from the name Juryrum gave it ('…-r2.juryrum'). The rule:
 * - header or name only: the new revision is that one plus one (the header
 *   wins over the name; a name that disagrees is noted);
 * - neither, with --revision: taken as given (it must be at least 2), with
 *   a note that it could not be checked;
 * - a known revision and --revision: --revision must be above it, else the
 *   command is refused (the chair would see two files with one revision, or
 *   a history going backwards); a gap is allowed and noted.
 * What the clear header says is checked too: a score file, signed by this
 * juror's key, for the same award, round and phase, and not made with a
 * newer roster than this package. The digest is the SHA-256 of the earlier
 * file's bytes.
 */
export async function previousRevision(input: {
  previousPath: string | undefined;
  revisionFlag: string | undefined;
  pkg: PackagePayload;
  me: Identity;
  read: (path: string) => Promise<Uint8Array>;
  peek: (bytes: Uint8Array) => ExchangePeek;
  digest: (bytes: Uint8Array) => string;
}): Promise<RevisionLink> {
  const flag = input.revisionFlag;
  if (flag !== undefined && !/^\d{1,9}$/.test(flag)) {
    throw new UsageError('score --revision must be a whole number');
  }
  const revision = flag === undefined ? undefined : Number(flag);
  if (input.previousPath === undefined) {
    if (revision !== undefined && revision !== 1) {
      throw new UsageError('score --revision above 1 needs --previous EARLIER_SCOREFILE');
    }
    return { revision: 1, previousDigest: null, notes: [] };
  }
  if (revision !== undefined && revision < 2) {
    throw new UsageError('score --revision with --previous must be at least 2');
  }
  const bytes = await input.read(input.previousPath);
  const inHeader = checkHeader(bytes, input);

  const name = basename(input.previousPath);
  const match = REVISION_IN_NAME.exec(name)?.[1];
  const inName = match === undefined ? undefined : Number(match);
  const before = inHeader ?? inName;
  const previousDigest = input.digest(bytes);
  const nameNotes =
    inHeader !== undefined && inName !== undefined && inName !== inHeader
      ? [`the name ${name} says revision ${inName}, but the file itself is revision ${inHeader}`]
      : [];
  if (before === undefined) {
    if (revision === undefined) {
      throw new UsageError(
        "score cannot tell the previous file's revision (an older file, renamed); give --revision N (the new revision)",
      );
    }
    return {
      revision,
      previousDigest,
      notes: [
        `neither ${name} nor its name shows its revision, so --revision ${revision} could not be checked; it must be higher than that file's revision`,
      ],
    };
  }
  if (revision === undefined) return { revision: before + 1, previousDigest, notes: nameNotes };
  if (revision <= before) {
    throw new CliFailure(
      `--revision ${revision} contradicts the previous file ${name}, which is revision ${before}: the new revision must be higher (${before + 1}). Nothing was written.`,
    );
  }
  return {
    revision,
    previousDigest,
    notes: [
      ...nameNotes,
      ...(revision === before + 1
        ? []
        : [`revision ${revision} follows revision ${before}; revisions in between are skipped`]),
    ],
  };
}

/**
 * What the earlier file's clear header says must fit this juror and package.
 * Returns the revision the header carries, if it does.
 */
function checkHeader(
  bytes: Uint8Array,
  input: Parameters<typeof previousRevision>[0],
): number | undefined {
  let peek: ExchangePeek;
  try {
    peek = input.peek(bytes);
  } catch {
    throw new CliFailure('The previous file is not a Juryrum score file.');
  }
  const { header } = peek;
  if (peek.kind !== 'score-file') throw new CliFailure('The previous file is not a score file.');
  if (header.signerKeyId !== input.me.keyId) {
    throw new CliFailure('The previous score file was not signed with this identity.');
  }
  if (
    header.award !== input.pkg.award ||
    header.roundId !== input.pkg.roundId ||
    header.phaseId !== input.pkg.phaseId
  ) {
    throw new CliFailure('The previous score file belongs to another round or phase.');
  }
  if (header.rosterVersion !== undefined && header.rosterVersion > input.pkg.rosterVersion) {
    throw new CliFailure(
      `The previous score file was made with roster version ${header.rosterVersion}, newer than this package's (${input.pkg.rosterVersion}); use the newer package.`,
    );
  }
  const { revision } = header;
  return typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 1
    ? revision
    : undefined;
}
