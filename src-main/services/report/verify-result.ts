import type { Identity } from '../crypto';
import { isCryptoError } from '../crypto';
import {
  isExchangeError,
  openResult,
  personFromIdentity,
  RESULT_MAX_BYTES,
  peekExchangeFile,
  rosterChair,
} from '../exchange';
import type { ExchangeErrorCode, ResultPayload, Roster } from '../exchange';
import type { ResultRefusal } from '../../../src-shared/report/reasons';

/** What the organiser's app knows when a result arrives. */
export interface ResultImportContext {
  /** The vault's identity; null when the vault has none. */
  readonly me: Identity | null;
  readonly roster: Roster | null;
  readonly issuedRosterVersion: number | null;
  /**
   * The rosters that went out in packages. A result made with one of them
   * is checked against that one, even if the roster changed since.
   */
  readonly issuedRosters?: readonly Roster[];
  /** The result already accepted for this round, if any. */
  readonly previous: { readonly digest: string; readonly createdAt: string } | null;
}

export type ResultImportOutcome =
  | { readonly status: 'refused'; readonly reason: ResultRefusal }
  | { readonly status: 'duplicate'; readonly digest: string }
  | {
      readonly status: 'accepted';
      readonly digest: string;
      readonly result: ResultPayload;
      readonly replaced: boolean;
    };

/** The refusal for an exchange or crypto code from opening a result. */
export function refusalOf(code: ExchangeErrorCode): ResultRefusal {
  switch (code) {
    case 'TOO_LARGE':
    case 'TAMPERED':
    case 'NOT_FOR_ME':
    case 'WRONG_TYPE':
    case 'WRONG_ROUND':
    case 'WRONG_PHASE':
    case 'WRONG_ROSTER':
    case 'UNSUPPORTED_VERSION':
      return code;
    // A signature that does not verify under the chair's key was made by someone else, or changed.
    case 'UNKNOWN_SIGNER':
      return 'NOT_CHAIR';
    case 'BAD_SIGNATURE':
      return 'TAMPERED';
    case 'NO_CHAIR':
      return 'NO_ROSTER';
    default:
      return 'MALFORMED';
  }
}

/**
 * Verify a result file for the organiser's round, with the crypto of
 * `openResult`: encrypted to this organiser, signed by the chair of the
 * round's roster, same award, round and roster version. Then compare it with
 * the result already accepted: the same file is a duplicate; one made before
 * it is refused as OLDER (its timestamp is the only order results carry).
 * Pure with respect to storage: the caller stores only an accepted result.
 */
export function verifyResultImport(
  bytes: Uint8Array,
  ctx: ResultImportContext,
): ResultImportOutcome {
  const refuse = (reason: ResultRefusal): ResultImportOutcome => ({ status: 'refused', reason });
  if (ctx.me === null) return refuse('NO_IDENTITY');
  if (ctx.roster === null || rosterChair(ctx.roster) === undefined) return refuse('NO_ROSTER');
  if (ctx.issuedRosterVersion === null) return refuse('NOT_ISSUED');
  const organiser = ctx.roster.organiser;
  const mine = personFromIdentity(ctx.me);
  if (mine.keyId !== organiser.keyId || mine.encryptionKeyId !== organiser.encryptionKeyId) {
    return refuse('NOT_ORGANISER');
  }
  if (bytes.length > RESULT_MAX_BYTES) return refuse('TOO_LARGE');
  const roster = rosterFor(bytes, ctx.roster, ctx.issuedRosters ?? []);
  let opened: { payload: ResultPayload; digest: string };
  try {
    opened = openResult(bytes, { organiser: ctx.me, roster });
  } catch (e) {
    if (isExchangeError(e)) return refuse(refusalOf(e.code));
    // openResult turns crypto errors into exchange errors; this is a second net.
    if (isCryptoError(e)) return refuse('MALFORMED');
    throw e;
  }
  const { digest } = opened;
  const previous = ctx.previous;
  if (previous !== null) {
    if (previous.digest === digest) return { status: 'duplicate', digest };
    if (Date.parse(opened.payload.createdAt) < Date.parse(previous.createdAt)) {
      return refuse('OLDER');
    }
  }
  return { status: 'accepted', digest, result: opened.payload, replaced: previous !== null };
}

/**
 * The roster to check a result against: the issued roster whose version
 * the result's clear header names (authenticated when the result is
 * opened), else the current one, which then gives the plain refusal.
 */
function rosterFor(bytes: Uint8Array, current: Roster, issued: readonly Roster[]): Roster {
  let version: unknown;
  try {
    version = peekExchangeFile(bytes).header.rosterVersion;
  } catch {
    return current;
  }
  if (version === current.rosterVersion) return current;
  return (
    issued.find(
      (r) =>
        r.rosterVersion === version &&
        r.roundId === current.roundId &&
        r.award === current.award &&
        rosterChair(r) !== undefined,
    ) ?? current
  );
}
