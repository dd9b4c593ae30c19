import type { Identity } from '../crypto';
import { verifyIdentityCard } from '../crypto';
import {
  RESULT_FORMAT,
  RESULT_MAX_BYTES,
  RESULT_PAYLOAD_TYPE,
  ResultPayloadSchema,
} from '../exchange';
import type { ResultPayload } from '../exchange';
import { ExchangeError } from '../exchange/errors';
import { openExchange } from '../exchange/open';
import { publicKeyBytes } from '../exchange/people';

/**
 * Open a result for the CLI `report`, which has no roster: the organiser
 * names the chair by the identity card they enrolled the chair from. Same
 * opening as `openResult` (the exchange layer's `openExchange`), with the
 * card's key as the only trusted signer and the round from round.json as the
 * expected award and round. Throws ExchangeError (and CryptoError for a bad
 * card) with the codes of `openResult`.
 */
export function openResultWithCard(
  bytes: Uint8Array,
  me: Identity,
  chairCard: Uint8Array,
  expected: { award: string; roundId: string },
): { payload: ResultPayload; digest: string; chair: { name: string; fingerprint: string } } {
  const card = verifyIdentityCard(chairCard);
  const { opened } = openExchange(bytes, {
    format: RESULT_FORMAT,
    payloadType: RESULT_PAYLOAD_TYPE,
    maxBytes: RESULT_MAX_BYTES,
    me,
    signers: () => new Map([[card.keyId, publicKeyBytes(card.signingPublicKey)]]),
    expected,
  });
  const parsed = ResultPayloadSchema.safeParse(opened.payload);
  if (!parsed.success) {
    throw new ExchangeError('MALFORMED', 'The result does not have the expected content.');
  }
  return {
    payload: parsed.data,
    digest: opened.digest,
    chair: { name: card.name, fingerprint: card.fingerprint },
  };
}
