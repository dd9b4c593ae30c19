import { canonicalJson, isCryptoError, verifyIdentityCard } from '../crypto';
import type { Identity } from '../crypto';
import {
  addConflict,
  bumpRosterVersion,
  createRoster,
  enrolFromCard,
  isExchangeError,
  personFromIdentity,
  removeConflict,
  removeJuror,
  setChair,
  slugify,
} from '../exchange';
import type { Roster } from '../exchange';
import type { ExchangeErrorCode } from '../../../src-shared/exchange';
import { LIMITS } from '../../../src-shared/domain/round';
import type {
  EnrolFailure,
  EnrolResult,
  RosterEdit,
} from '../../../src-shared/ipc/organiser-contract';

/*
 * The organiser's roster, kept by the renderer in the vault and changed only
 * here, with the exchange service's roster functions. The version rule: once
 * packages were issued with version N, the first change raises it to N + 1,
 * so a juror can always tell an old roster from a new one. A version never
 * goes down.
 */

/** The roster without its version, in one canonical spelling, to compare content. */
function contentOf(roster: Roster): string {
  const { rosterVersion: _version, ...rest } = roster;
  return canonicalJson(rest);
}

/**
 * `after`, with its version raised if it differs from `before` while still
 * at (or below) the version packages were last issued with.
 */
export function settleVersion(
  before: Roster,
  after: Roster,
  issuedRosterVersion: number | null,
): Roster {
  let next = after;
  if (next.rosterVersion < before.rosterVersion) {
    next = { ...next, rosterVersion: before.rosterVersion };
  }
  const changed = contentOf(before) !== contentOf(next);
  if (changed && issuedRosterVersion !== null && next.rosterVersion <= issuedRosterVersion) {
    next = bumpRosterVersion({ ...next, rosterVersion: issuedRosterVersion });
  }
  return next;
}

/** A new roster for the round, with the vault's identity as organiser. */
export function newRoster(award: string, roundId: string, organiser: Identity): Roster {
  return createRoster({ award, roundId, organiser });
}

/** The roster brought in line with the round's award and the vault's identity. */
export function alignRoster(
  roster: Roster,
  award: string,
  organiser: Identity,
  issuedRosterVersion: number | null,
): Roster {
  const aligned = { ...roster, award, organiser: personFromIdentity(organiser) };
  return settleVersion(roster, aligned, issuedRosterVersion);
}

function enrolFailure(code: ExchangeErrorCode): EnrolFailure {
  switch (code) {
    case 'DUPLICATE_KEY':
    case 'KEY_CHANGED':
    case 'TOO_LARGE':
    case 'UNSUPPORTED_VERSION':
    case 'MALFORMED':
    case 'TAMPERED':
      return code;
    case 'UNSUPPORTED_FORMAT':
    case 'WRONG_TYPE':
      return 'NOT_A_CARD';
    // A card whose self-signature fails, or whose bytes were edited.
    case 'BAD_SIGNATURE':
    case 'NOT_CANONICAL':
      return 'TAMPERED';
    default:
      return 'MALFORMED';
  }
}

/**
 * The juror id for a card: from the name ('Åsa Öberg' → 'asa-oberg'), so a
 * second card for the same person with other keys is caught as KEY_CHANGED.
 */
export function jurorIdFor(name: string, roster: Roster): string {
  const slug = slugify(name, 56);
  if (slug !== '') return `j-${slug}`;
  let n = roster.jurors.length + 1;
  while (roster.jurors.some((j) => j.jurorId === `j-${n}`)) n++;
  return `j-${n}`;
}

/** One card file the organiser picked. */
export interface CardFile {
  readonly fileName: string;
  readonly bytes: Uint8Array | null;
  /** Set when the file could not be read at all. */
  readonly unreadable?: 'TOO_LARGE' | 'MALFORMED';
}

/**
 * Enrol jurors from identity cards. Each card is verified (self-signature,
 * key ids, fingerprint); a card that fails is reported and changes nothing,
 * and the other cards are still enrolled. Enrolling a card that is already
 * there changes nothing either.
 */
export function enrolCards(
  roster: Roster,
  cards: readonly CardFile[],
  issuedRosterVersion: number | null,
): { roster: Roster; results: EnrolResult[] } {
  let current = roster;
  const results: EnrolResult[] = [];
  const failed = (fileName: string, reason: EnrolFailure): EnrolResult => ({
    fileName,
    outcome: 'failed',
    reason,
    jurorId: null,
    name: null,
    fingerprint: null,
  });
  for (const card of cards) {
    if (card.bytes === null) {
      results.push(failed(card.fileName, card.unreadable ?? 'MALFORMED'));
      continue;
    }
    try {
      const verified = verifyIdentityCard(card.bytes);
      const jurorId = jurorIdFor(verified.name, current);
      const known = current.jurors.some((j) => j.jurorId === jurorId);
      if (!known && current.jurors.length >= LIMITS.jurors) {
        results.push(failed(card.fileName, 'TOO_MANY'));
        continue;
      }
      const next = enrolFromCard(current, card.bytes, jurorId);
      const unchanged = contentOf(next) === contentOf(current);
      current = next;
      results.push({
        fileName: card.fileName,
        outcome: unchanged ? 'unchanged' : 'enrolled',
        reason: null,
        jurorId,
        name: verified.name,
        fingerprint: verified.fingerprint,
      });
    } catch (e) {
      if (isExchangeError(e)) results.push(failed(card.fileName, enrolFailure(e.code)));
      else if (isCryptoError(e)) {
        const code = e.code === 'WRONG_PASSPHRASE' ? 'MALFORMED' : e.code;
        results.push(failed(card.fileName, enrolFailure(code)));
      } else throw e;
    }
  }
  return { roster: settleVersion(roster, current, issuedRosterVersion), results };
}

/**
 * Apply one edit; UNKNOWN_JUROR or INVALID when it cannot be made (a
 * conflict needs a reason).
 */
export function editRoster(
  roster: Roster,
  edit: RosterEdit,
  issuedRosterVersion: number | null,
): { ok: true; roster: Roster } | { ok: false; reason: 'UNKNOWN_JUROR' | 'INVALID' } {
  // A conflict without a reason cannot be explained to the jury later.
  if (edit.op === 'addConflict' && edit.reason.trim() === '')
    return { ok: false, reason: 'INVALID' };
  try {
    const next = applyEdit(roster, edit);
    return { ok: true, roster: settleVersion(roster, next, issuedRosterVersion) };
  } catch (e) {
    if (isExchangeError(e, 'UNKNOWN_JUROR')) return { ok: false, reason: 'UNKNOWN_JUROR' };
    if (isExchangeError(e)) return { ok: false, reason: 'INVALID' };
    throw e;
  }
}

function applyEdit(roster: Roster, edit: RosterEdit): Roster {
  switch (edit.op) {
    case 'setChair':
      return setChair(roster, edit.jurorId);
    case 'removeJuror':
      return removeJuror(roster, edit.jurorId);
    case 'addConflict':
      return addConflict(roster, edit);
    case 'removeConflict':
      return removeConflict(roster, edit.jurorId, edit.applicationId);
  }
}
