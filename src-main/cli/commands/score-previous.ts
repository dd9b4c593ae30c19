import { basename } from 'node:path';
import type { Identity } from '../../services/crypto';
import type { ExchangePeek, PackagePayload } from '../../services/exchange';
import { CliFailure, UsageError } from '../args';

/** Where the next score file sits in the juror's revision chain. */
export type RevisionLink = { revision: number; previousDigest: string | null };

const REVISION_IN_NAME = /-r(\d{1,9})\.juryrum$/;

/**
 * The revision and previous digest for `score`. The juror cannot open an
 * earlier score file (it is encrypted to the chair) and its clear header
 * does not carry the revision, so the revision comes from --revision, or else
 * from the name Juryrum gave the earlier file ('…-r2.juryrum' → 3). The
 * digest is the SHA-256 of the earlier file's bytes. What the clear header
 * does say is checked: it must be a score file, signed by this juror's key,
 * for the same round and phase.
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
    return { revision: 1, previousDigest: null };
  }
  const bytes = await input.read(input.previousPath);
  let peek: ExchangePeek;
  try {
    peek = input.peek(bytes);
  } catch {
    throw new CliFailure('The previous file is not a Juryrum score file.');
  }
  if (peek.kind !== 'score-file') throw new CliFailure('The previous file is not a score file.');
  if (peek.header.signerKeyId !== input.me.keyId) {
    throw new CliFailure('The previous score file was not signed with this identity.');
  }
  if (peek.header.roundId !== input.pkg.roundId || peek.header.phaseId !== input.pkg.phaseId) {
    throw new CliFailure('The previous score file belongs to another round or phase.');
  }
  const fromName = REVISION_IN_NAME.exec(basename(input.previousPath))?.[1];
  const next = revision ?? (fromName === undefined ? undefined : Number(fromName) + 1);
  if (next === undefined) {
    throw new UsageError(
      "score cannot tell the previous file's revision from its name; give --revision N (the new revision)",
    );
  }
  if (next < 2) throw new UsageError('score --revision with --previous must be at least 2');
  return { revision: next, previousDigest: input.digest(bytes) };
}
