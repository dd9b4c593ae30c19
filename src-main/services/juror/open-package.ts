import { fromB64url, isCryptoError } from '../crypto';
import type { Identity } from '../crypto';
import { isExchangeError, openPackage, peekExchangeFile } from '../exchange';
import type { OpenedPackage } from '../exchange';
import { pinScope } from '../../../src-shared/juror';
import type { PackageRefusal } from '../../../src-shared/ipc/juror-contract';

/** The organiser key the juror pinned for one award (see pinScope). */
export type OrganiserPin = { readonly scope: string; readonly organiserKeyId: string };
/** The highest roster version the juror already has for a round. */
export type KnownRoster = { readonly roundId: string; readonly rosterVersion: number };

/** A package that opened and verified, or why it was refused. */
export type PackageOutcome =
  { ok: true; opened: OpenedPackage } | { ok: false; reason: PackageRefusal };

/** Decode a package sent from the renderer (base64url); MALFORMED if it is not that. */
export function packageBytesOf(packageFile: string): Uint8Array | undefined {
  try {
    return fromB64url(packageFile);
  } catch (e) {
    if (isCryptoError(e)) return undefined;
    throw e;
  }
}

/**
 * Open a jury package for the juror `me`, with their pins and known roster
 * versions. The clear header only says which pin and roster version to use;
 * openPackage then verifies everything, and the header is part of what it
 * verifies. Never throws for a bad file: every problem is a refusal reason.
 *
 * - NOT_FOR_ME: encrypted to someone else.
 * - ORGANISER_KEY_CHANGED: a genuine package signed by another key than the
 *   one pinned for this award.
 * - ROSTER_OUTDATED: an older roster than one the juror already has.
 * - TAMPERED / BAD_SIGNATURE / MALFORMED / …: damaged or forged.
 */
export function openJuryPackage(
  bytes: Uint8Array,
  me: Identity,
  pins: readonly OrganiserPin[],
  rosters: readonly KnownRoster[],
): PackageOutcome {
  try {
    const peek = peekExchangeFile(bytes);
    if (peek.kind !== 'package') return { ok: false, reason: 'WRONG_TYPE' };
    const { award, roundId } = peek.header;
    const scope = award !== undefined && roundId !== undefined ? pinScope(award, roundId) : '';
    const pin = pins.find((p) => p.scope === scope)?.organiserKeyId;
    const known = rosters
      .filter((r) => r.roundId === roundId)
      .reduce<number | undefined>((max, r) => Math.max(max ?? 0, r.rosterVersion), undefined);
    const opened = openPackage(bytes, {
      me,
      pinnedOrganiserKeyId: pin,
      minRosterVersion: known,
    });
    return { ok: true, opened };
  } catch (e) {
    if (isExchangeError(e)) return { ok: false, reason: refusalOf(e.code) };
    throw e;
  }
}

function refusalOf(code: string): PackageRefusal {
  switch (code) {
    case 'NOT_FOR_ME':
    case 'ROSTER_OUTDATED':
    case 'ORGANISER_KEY_CHANGED':
    case 'TAMPERED':
    case 'BAD_SIGNATURE':
    case 'TOO_LARGE':
    case 'UNSUPPORTED_FORMAT':
    case 'UNSUPPORTED_VERSION':
    case 'WRONG_TYPE':
      return code;
    // Bytes that are not exactly what Juryrum writes were edited.
    case 'NOT_CANONICAL':
      return 'TAMPERED';
    default:
      return 'MALFORMED';
  }
}
