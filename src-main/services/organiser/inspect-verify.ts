import { peekFile, verifyIdentityCard } from '../crypto';
import type { Identity } from '../crypto';
import { ExchangeError, findJuror, openPackage, rosterChair } from '../exchange';
import type { PackagePayload, Roster } from '../exchange';
import { openExchange } from '../exchange/open';
import {
  CANNOT_ASSESS_VALUE,
  RESULT_FORMAT,
  RESULT_MAX_BYTES,
  RESULT_PAYLOAD_TYPE,
  ResultPayloadSchema,
  SCORE_FILE_FORMAT,
  SCORE_FILE_MAX_BYTES,
  SCORE_FILE_PAYLOAD_TYPE,
  ScoreFilePayloadSchema,
} from '../../../src-shared/exchange';
import { publicKeyBytes } from '../exchange/people';
import type { SignerInfo } from './inspect-file';

/*
 * The verified content of an exchange file, for the CLI `inspect` with
 * `--identity`. Packages carry their signer's key and open with the
 * recipient's identity alone. Score files and results do not: their signer
 * is trusted through a second file (`--trust`), either the signer's identity
 * card or a jury package whose roster names the signer.
 */

export interface VerifiedContent {
  readonly signer: SignerInfo;
  readonly content: Record<string, unknown>;
}

/** Signing keys trusted for a score file or result, by key id, with who they are. */
interface TrustSet {
  readonly keys: ReadonlyMap<string, { key: Uint8Array; signer: SignerInfo }>;
  readonly roster: Roster | null;
}

function signerOf(p: Roster['organiser']): SignerInfo {
  return {
    keyId: p.keyId,
    name: p.name,
    organisation: p.organisation,
    fingerprint: p.fingerprint,
    verified: true,
  };
}

/** Read `--trust`: an identity card, or a package opened with `me`. */
export function readTrust(bytes: Uint8Array, me: Identity): TrustSet {
  const { format } = peekFile(bytes, 64 * 1024 * 1024);
  if (format === 'juryrum.identity-card') {
    const card = verifyIdentityCard(bytes);
    const signer: SignerInfo = {
      keyId: card.keyId,
      name: card.name,
      organisation: card.organisation,
      fingerprint: card.fingerprint,
      verified: true,
    };
    return {
      keys: new Map([[card.keyId, { key: publicKeyBytes(card.signingPublicKey), signer }]]),
      roster: null,
    };
  }
  if (format === 'juryrum.package') {
    const { roster } = openPackage(bytes, { me }).payload;
    const people = [roster.organiser, ...roster.jurors];
    return {
      keys: new Map(
        people.map((p) => [
          p.keyId,
          { key: publicKeyBytes(p.signingPublicKey), signer: signerOf(p) },
        ]),
      ),
      roster,
    };
  }
  throw new ExchangeError('WRONG_TYPE', '--trust must be an identity card or a jury package.');
}

function packageContent(payload: PackagePayload): Record<string, unknown> {
  const juror = findJuror(payload.roster, payload.jurorId);
  return {
    award: payload.award,
    round: {
      id: payload.round.id,
      name: payload.round.name,
      year: payload.round.year,
    },
    phase: payload.phase,
    rosterVersion: payload.rosterVersion,
    issuedAt: payload.issuedAt,
    juror: { jurorId: payload.jurorId, name: juror?.name ?? null },
    chair: rosterChair(payload.roster)?.name ?? null,
    jurors: payload.roster.jurors.length,
    criteria: payload.round.criteria.map((c) => ({
      key: c.key,
      name: c.name,
      weight: c.weight,
      scale: `${c.scale.min}–${c.scale.max}`,
      cannotAssess: c.scale.allowCannotAssess,
    })),
    applications: payload.applications.map((a) => ({
      id: a.id,
      pseudonym: a.pseudonym,
      applicant: a.applicant,
      sections: a.sections.length,
      // Verified against their bytes by openPackage; the data itself is left out.
      attachments: (a.attachments ?? []).map((x) => ({
        id: x.id,
        name: x.name,
        kind: x.kind,
        size: x.size,
        sha256: x.sha256,
      })),
    })),
  };
}

/** Open a package addressed to `me` and list what it holds. */
export function verifyPackage(bytes: Uint8Array, me: Identity): VerifiedContent {
  const opened = openPackage(bytes, { me });
  return {
    signer: signerOf(opened.payload.roster.organiser),
    content: packageContent(opened.payload),
  };
}

function signerFor(trust: TrustSet, keyId: string): SignerInfo {
  const known = trust.keys.get(keyId);
  if (known === undefined) throw new ExchangeError('UNKNOWN_SIGNER', 'The signer is not trusted.');
  return known.signer;
}

/** Open a score file addressed to `me` (the chair) and count what it holds. */
export function verifyScoreFile(bytes: Uint8Array, me: Identity, trust: TrustSet): VerifiedContent {
  const { opened } = openExchange(bytes, {
    format: SCORE_FILE_FORMAT,
    payloadType: SCORE_FILE_PAYLOAD_TYPE,
    maxBytes: SCORE_FILE_MAX_BYTES,
    me,
    signers: () => new Map([...trust.keys].map(([id, k]) => [id, k.key])),
  });
  const parsed = ScoreFilePayloadSchema.safeParse(opened.payload);
  if (!parsed.success) throw new ExchangeError('MALFORMED', 'Not the expected score file content.');
  const p = parsed.data;
  const named = trust.roster === null ? undefined : findJuror(trust.roster, p.jurorId);
  if (trust.roster !== null && named?.keyId !== opened.signerKeyId) {
    throw new ExchangeError('TAMPERED', 'The score file is signed by someone else than its juror.');
  }
  const values = p.scores.map((s) => s.value);
  return {
    signer: signerFor(trust, opened.signerKeyId),
    content: {
      juror: { jurorId: p.jurorId, name: named?.name ?? null },
      revision: p.revision,
      previousDigest: p.previousDigest,
      status: p.status,
      createdAt: p.createdAt,
      counts: {
        applications: new Set(p.scores.map((s) => s.applicationId)).size,
        scores: values.filter((v) => typeof v === 'number').length,
        cannotAssess: values.filter((v) => v === CANNOT_ASSESS_VALUE).length,
        empty: values.filter((v) => v === null).length,
        comments: p.scores.filter((s) => s.comment !== '').length + p.overallComments.length,
        conflicts: p.conflicts.length,
      },
    },
  };
}

/** Open a result addressed to `me` (the organiser) and show its outcome. */
export function verifyResult(bytes: Uint8Array, me: Identity, trust: TrustSet): VerifiedContent {
  const { opened } = openExchange(bytes, {
    format: RESULT_FORMAT,
    payloadType: RESULT_PAYLOAD_TYPE,
    maxBytes: RESULT_MAX_BYTES,
    me,
    signers: () => new Map([...trust.keys].map(([id, k]) => [id, k.key])),
  });
  const parsed = ResultPayloadSchema.safeParse(opened.payload);
  if (!parsed.success) throw new ExchangeError('MALFORMED', 'Not the expected result content.');
  const r = parsed.data;
  const chair = trust.roster === null ? undefined : rosterChair(trust.roster);
  if (chair !== undefined && chair.keyId !== opened.signerKeyId) {
    throw new ExchangeError('UNKNOWN_SIGNER', 'The result is not signed by the chair.');
  }
  return {
    signer: signerFor(trust, opened.signerKeyId),
    content: {
      createdAt: r.createdAt,
      winner: r.winner,
      finalists: r.finalists,
      ranked: r.ranking.length,
      scoreFiles: r.inputs.length,
      decisions: r.decisions.length,
      scoreChanges: r.scoreChanges.length,
      method: r.method.aggregation,
    },
  };
}
