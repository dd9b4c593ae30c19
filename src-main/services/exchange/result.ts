import type { z } from 'zod';
import { createContainer, sha256Hex, signerOf } from '../crypto';
import type { Identity } from '../crypto';
import {
  EXCHANGE_VERSION,
  RESULT_FORMAT,
  RESULT_MAX_BYTES,
  RESULT_PAYLOAD_TYPE,
  resultFileName,
  ResultPayloadSchema,
  rosterChair,
} from '../../../src-shared/exchange';
import type {
  CriterionSummarySchema,
  RankingEntrySchema,
  ResultConflictSchema,
  ResultDecisionSchema,
  ResultInputSchema,
  ResultMethodSchema,
  ScoreChangeSchema,
} from '../../../src-shared/exchange';
import type { PackagePayload, ResultPayload, Roster } from '../../../src-shared/exchange';
import { ExchangeError, withExchangeErrors } from './errors';
import { openExchange } from './open';
import type { ExchangeFile } from './package';
import { assertIdentityIs, publicKeyBytes } from './people';

/** Unvalidated input of a schema: plain strings where the parsed type has branded ids. */
type In<T extends z.ZodType> = z.input<T>;

/**
 * Inputs of {@link createResult}: the deliberation's outcome. Ids may be
 * plain strings; everything is validated against the result schema.
 */
export type CreateResultInput = {
  /** The chair's own opened package (round, phase, roster). */
  pkg: PackagePayload;
  me: Identity;
  method: In<typeof ResultMethodSchema>;
  ranking: readonly In<typeof RankingEntrySchema>[];
  aggregates: readonly In<typeof CriterionSummarySchema>[];
  finalists: readonly string[];
  winner: string | null;
  motivation: string;
  minutes: string;
  decisions: readonly In<typeof ResultDecisionSchema>[];
  scoreChanges: readonly In<typeof ScoreChangeSchema>[];
  conflicts: readonly In<typeof ResultConflictSchema>[];
  inputs: readonly In<typeof ResultInputSchema>[];
  appVersion: string;
  now?: Date;
};

/**
 * Make the chair's result: signed by the chair, encrypted to the organiser
 * named in the package's roster. Errors: INVALID_INPUT when `me` is not the
 * roster's chair or the content does not fit the result schema.
 */
export function createResult(input: CreateResultInput): ExchangeFile {
  const { pkg, me } = input;
  const chair = rosterChair(pkg.roster);
  if (chair === undefined) throw new ExchangeError('INVALID_INPUT', 'The roster has no chair.');
  assertIdentityIs(me, chair, 'chair');
  const organiser = pkg.roster.organiser;
  const header = {
    award: pkg.award,
    roundId: pkg.roundId,
    phaseId: pkg.phaseId,
    rosterVersion: pkg.rosterVersion,
    recipientKeyId: organiser.encryptionKeyId,
    signerKeyId: me.keyId,
  };
  const payload = {
    format: RESULT_FORMAT,
    version: EXCHANGE_VERSION,
    ...header,
    createdAt: (input.now ?? new Date()).toISOString(),
    appVersion: input.appVersion,
    method: input.method,
    ranking: input.ranking,
    aggregates: input.aggregates,
    finalists: input.finalists,
    winner: input.winner,
    motivation: input.motivation,
    minutes: input.minutes,
    decisions: input.decisions,
    scoreChanges: input.scoreChanges,
    conflicts: input.conflicts,
    inputs: input.inputs,
  };
  const parsed = ResultPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ExchangeError('INVALID_INPUT', 'The result content is not valid.', details);
  }
  const bytes = withExchangeErrors(() =>
    createContainer({
      format: RESULT_FORMAT,
      version: EXCHANGE_VERSION,
      header,
      payloadType: RESULT_PAYLOAD_TYPE,
      payload,
      signer: signerOf(me),
      recipientPublicKey: publicKeyBytes(organiser.encryptionPublicKey),
    }),
  );
  return { fileName: resultFileName(pkg.roundId, pkg.phaseId), bytes, digest: sha256Hex(bytes) };
}

/** Options of {@link openResult}. */
export type OpenResultOptions = {
  organiser: Identity;
  /** The organiser's roster, of the version the chair's package was issued with. */
  roster: Roster;
  /** When given, a result for another phase gives WRONG_PHASE. */
  phaseId?: string | undefined;
  maxBytes?: number | undefined;
};

/** A verified result. */
export type OpenedResult = { payload: ResultPayload; digest: string };

/**
 * Open the chair's result as the organiser. Only the roster's chair is a
 * trusted signer. Errors: the file errors of the crypto core (TOO_LARGE,
 * MALFORMED, WRONG_TYPE, UNSUPPORTED_VERSION, NOT_CANONICAL, NOT_FOR_ME,
 * TAMPERED, BAD_SIGNATURE), UNKNOWN_SIGNER (not signed by the chair),
 * WRONG_ROUND, WRONG_PHASE, WRONG_ROSTER.
 */
export function openResult(bytes: Uint8Array, options: OpenResultOptions): OpenedResult {
  const { organiser, roster } = options;
  assertIdentityIs(organiser, roster.organiser, 'organiser');
  const chair = rosterChair(roster);
  if (chair === undefined) throw new ExchangeError('NO_CHAIR', 'The roster has no chair.');
  const { opened } = openExchange(bytes, {
    format: RESULT_FORMAT,
    payloadType: RESULT_PAYLOAD_TYPE,
    maxBytes: options.maxBytes ?? RESULT_MAX_BYTES,
    me: organiser,
    signers: () => new Map([[chair.keyId, publicKeyBytes(chair.signingPublicKey)]]),
    expected: {
      award: roster.award,
      roundId: roster.roundId,
      rosterVersion: roster.rosterVersion,
      ...(options.phaseId === undefined ? {} : { phaseId: options.phaseId }),
    },
  });
  const parsed = ResultPayloadSchema.safeParse(opened.payload);
  if (!parsed.success) {
    throw new ExchangeError('MALFORMED', 'The result does not have the expected content.');
  }
  return { payload: parsed.data, digest: opened.digest };
}
