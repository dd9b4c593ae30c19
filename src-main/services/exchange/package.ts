import { createContainer, fromB64url, sha256Hex, signerOf, toB64url } from '../crypto';
import { ATTACHMENT_LIMITS } from '../../../src-shared/domain/attachment';
import type { AttachmentKind } from '../../../src-shared/domain/attachment';
import type { Identity } from '../crypto';
import type { Phase, Round } from '../../../src-shared/domain/round';
import {
  conflictsOf,
  EXCHANGE_VERSION,
  findJuror,
  PACKAGE_FORMAT,
  PACKAGE_MAX_BYTES,
  PACKAGE_PAYLOAD_TYPE,
  packageFileName,
  PackagePayloadSchema,
} from '../../../src-shared/exchange';
import type {
  PackageApplication,
  PackagePayload,
  Roster,
  RosterJuror,
} from '../../../src-shared/exchange';
import { ExchangeError, withExchangeErrors } from './errors';
import { openExchange } from './open';
import { assertIdentityIs, publicKeyBytes, rosterKeysConsistent } from './people';
import { assertRosterReady } from './roster';

/** A file made by this module, ready to be saved. */
export type ExchangeFile = {
  /** A suggested, meaningful file name (ASCII, no path). */
  fileName: string;
  bytes: Uint8Array;
  /** SHA-256 (hex) of `bytes`: the file's identity in revision chains and reports. */
  digest: string;
};

/** Inputs of {@link issuePackage}. */
export type IssuePackageInput = {
  round: Round;
  phase: Phase;
  roster: Roster;
  /** The juror the package is for (a roster entry or just its id); looked up in `roster`. */
  juror: { readonly jurorId: string };
  /**
   * The phase's reading copies, redacted or named as the phase says; the
   * caller decides. Applications the juror is conflicted on are dropped here.
   */
  applications: readonly PackageApplication[];
  organiser: Identity;
  appVersion: string;
  now?: Date;
};

/**
 * The roster as one juror receives it. The chair gets every conflict (needed
 * to merge); other jurors only their own, since who recused from what is not
 * their business.
 */
function rosterFor(roster: Roster, juror: RosterJuror): Roster {
  if (juror.role === 'chair') return roster;
  return { ...roster, conflicts: roster.conflicts.filter((c) => c.jurorId === juror.jurorId) };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether bytes are what their kind says: a PDF header, a zip, or UTF-8 text without NUL. */
function looksLike(kind: AttachmentKind, bytes: Uint8Array): boolean {
  const starts = (magic: string) => [...magic].every((c, i) => bytes[i] === c.charCodeAt(0));
  switch (kind) {
    case 'pdf':
      return starts('%PDF-');
    case 'docx':
      return starts('PK\u0003\u0004');
    case 'txt':
      if (bytes.includes(0)) return false;
      try {
        strictUtf8.decode(bytes);
        return true;
      } catch {
        return false;
      }
  }
}

/**
 * Check every attachment against its own bytes: the data must decode
 * (canonical base64url), have the stated size and SHA-256, and look like its
 * kind; all of one package together stay within the package cap. The
 * schema only checks the shape, so this is what lets a juror trust `size`,
 * `sha256` and `kind` without reading the bytes again.
 */
function attachmentProblem(
  applications: readonly PackageApplication[],
): { code: 'TAMPERED' | 'MALFORMED'; detail: string } | null {
  let total = 0;
  for (const app of applications) {
    for (const a of app.attachments ?? []) {
      const where = `applications.${app.id}.attachments.${a.id}`;
      let bytes: Uint8Array;
      try {
        bytes = fromB64url(a.data);
      } catch {
        return { code: 'MALFORMED', detail: `${where}: the data is not canonical base64url` };
      }
      if (bytes.byteLength !== a.size || sha256Hex(bytes) !== a.sha256) {
        return { code: 'TAMPERED', detail: `${where}: size or SHA-256 differs from the data` };
      }
      if (!looksLike(a.kind, bytes)) {
        return { code: 'MALFORMED', detail: `${where}: the data is not a ${a.kind} file` };
      }
      total += a.size;
    }
  }
  if (total > ATTACHMENT_LIMITS.maxBytesPerPackage) {
    return { code: 'MALFORMED', detail: 'applications: attachments too large together' };
  }
  return null;
}

/**
 * Make one juror's package for one phase: signed by the organiser, encrypted
 * to the juror. Errors: NO_CHAIR (the roster has no chair), UNKNOWN_JUROR,
 * INVALID_INPUT (the organiser is not the roster's, or the content does not
 * fit the package schema; `details` says where).
 */
export function issuePackage(input: IssuePackageInput): ExchangeFile {
  const { round, phase, roster, organiser } = input;
  assertRosterReady(roster);
  assertIdentityIs(organiser, roster.organiser, 'organiser');
  const juror = findJuror(roster, input.juror.jurorId);
  if (juror === undefined) {
    throw new ExchangeError('UNKNOWN_JUROR', 'The juror is not in the roster.');
  }
  const conflicted = conflictsOf(roster, juror.jurorId);
  const header = {
    award: round.award,
    roundId: round.id,
    phaseId: phase.id,
    rosterVersion: roster.rosterVersion,
    recipientKeyId: juror.encryptionKeyId,
    signerKeyId: organiser.keyId,
    signerPublicKey: toB64url(organiser.signing.publicKey),
  };
  const payload = {
    format: PACKAGE_FORMAT,
    version: EXCHANGE_VERSION,
    ...header,
    jurorId: juror.jurorId,
    issuedAt: (input.now ?? new Date()).toISOString(),
    appVersion: input.appVersion,
    round,
    phase: { id: phase.id, name: phase.name, anonymised: phase.anonymised },
    roster: rosterFor(roster, juror),
    applications: input.applications.filter((a) => !conflicted.has(a.id)),
  };
  const parsed = PackagePayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ExchangeError('INVALID_INPUT', 'The package content is not valid.', details);
  }
  const problem = attachmentProblem(parsed.data.applications);
  if (problem !== null) {
    throw new ExchangeError('INVALID_INPUT', 'An attachment does not match its data.', [
      problem.detail,
    ]);
  }
  const bytes = withExchangeErrors(() =>
    createContainer({
      format: PACKAGE_FORMAT,
      version: EXCHANGE_VERSION,
      header,
      payloadType: PACKAGE_PAYLOAD_TYPE,
      payload,
      signer: signerOf(organiser),
      recipientPublicKey: publicKeyBytes(juror.encryptionPublicKey),
    }),
  );
  return {
    fileName: packageFileName(round.id, phase.id, juror.name, juror.jurorId),
    bytes,
    digest: sha256Hex(bytes),
  };
}

/** Options of {@link openPackage}. */
export type OpenPackageOptions = {
  me: Identity;
  /**
   * The organiser's signing key id, pinned by the caller on the first import
   * of this round after the user confirmed the fingerprint. Omit it only for
   * that first import.
   */
  pinnedOrganiserKeyId?: string | undefined;
  /** Refuse a package with an older roster than one already imported (ROSTER_OUTDATED). */
  minRosterVersion?: number | undefined;
  maxBytes?: number | undefined;
};

/** A verified package and what the caller needs to pin its signer. */
export type OpenedPackage = {
  payload: PackagePayload;
  digest: string;
  /** The organiser's signing key id: the value to pin. */
  organiserKeyId: string;
  /** Show this to the user on first import, to compare by phone. */
  organiserFingerprint: string;
  /** True when verified against the caller's pin; false on a first import. */
  pinned: boolean;
};

/**
 * Open and verify a jury package addressed to `me`.
 *
 * Trust: the organiser's signing key travels in the clear header
 * (`signerPublicKey`) and, signed, in the roster. With a pin, the signature
 * is verified only with a key whose key id is the pinned one (a key id is a
 * hash of the key, so this pins the key itself); any other signer gives
 * ORGANISER_KEY_CHANGED, reported only for a package that is otherwise
 * genuine. Without a pin, the package is verified with the key it carries and
 * the caller must show `organiserFingerprint` and let the user confirm it
 * before pinning `organiserKeyId`.
 *
 * Attachments are checked against their bytes after the schema: a size or
 * SHA-256 that differs from the data is TAMPERED, data that is not
 * canonical base64url or not of its kind, or too many bytes in all, is
 * MALFORMED.
 *
 * Errors: TOO_LARGE, MALFORMED, UNSUPPORTED_FORMAT, WRONG_TYPE,
 * UNSUPPORTED_VERSION, NOT_CANONICAL, NOT_FOR_ME, TAMPERED, BAD_SIGNATURE,
 * ORGANISER_KEY_CHANGED, ROSTER_OUTDATED.
 */
export function openPackage(bytes: Uint8Array, options: OpenPackageOptions): OpenedPackage {
  const { me } = options;
  const { opened } = openExchange(bytes, {
    format: PACKAGE_FORMAT,
    payloadType: PACKAGE_PAYLOAD_TYPE,
    maxBytes: options.maxBytes ?? PACKAGE_MAX_BYTES,
    me,
    signers: (info) => {
      const claimed = info.header['signerPublicKey'];
      if (typeof claimed !== 'string') {
        throw new ExchangeError('MALFORMED', 'The package does not name its signing key.');
      }
      return new Map([
        [info.header.signerKeyId, withExchangeErrors(() => publicKeyBytes(claimed))],
      ]);
    },
  });
  const parsed = PackagePayloadSchema.safeParse(opened.payload);
  if (!parsed.success || !rosterKeysConsistent(parsed.data.roster)) {
    throw new ExchangeError('MALFORMED', 'The package does not have the expected content.');
  }
  const payload = parsed.data;
  const problem = attachmentProblem(payload.applications);
  if (problem !== null) {
    throw new ExchangeError(problem.code, 'An attachment in the package does not match its data.', [
      problem.detail,
    ]);
  }
  const mine = findJuror(payload.roster, payload.jurorId);
  if (
    mine === undefined ||
    mine.keyId !== me.keyId ||
    mine.encryptionKeyId !== me.encryptionKeyId
  ) {
    throw new ExchangeError('MALFORMED', 'The package names a juror whose keys are not mine.');
  }
  const organiser = payload.roster.organiser;
  const pin = options.pinnedOrganiserKeyId;
  if (pin !== undefined && organiser.keyId !== pin) {
    throw new ExchangeError(
      'ORGANISER_KEY_CHANGED',
      'The package is signed by another organiser key.',
    );
  }
  if (options.minRosterVersion !== undefined && payload.rosterVersion < options.minRosterVersion) {
    throw new ExchangeError(
      'ROSTER_OUTDATED',
      'The package has an older roster than one already imported.',
    );
  }
  return {
    payload,
    digest: opened.digest,
    organiserKeyId: organiser.keyId,
    organiserFingerprint: organiser.fingerprint,
    pinned: pin !== undefined,
  };
}
