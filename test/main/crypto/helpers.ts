import { expect } from 'vitest';
import {
  createContainer,
  createIdentity,
  CryptoError,
  signerOf,
} from '../../../src-main/services/crypto';
import type {
  ContainerHeader,
  CryptoErrorCode,
  Identity,
  OpenContainerOptions,
} from '../../../src-main/services/crypto';

export const SCORE_FORMAT = 'juryrum.score-file';
export const SCORE_TYPE = 'application/vnd.juryrum.score-file+json';
export const PACKAGE_TYPE = 'application/vnd.juryrum.jury-package+json';
export const MAX_BYTES = 1024 * 1024;

/** Identities are created once per test file; key generation is cheap anyway. */
export const juror: Identity = createIdentity('Åsa Juror', 'Region Norr');
export const chair: Identity = createIdentity('Chair Person', 'eHälsa');
export const stranger: Identity = createIdentity('Someone Else', '');

export function headerFor(from: Identity, to: Identity): ContainerHeader {
  return {
    award: 'Sveriges eHälsokommun',
    roundId: 'ehk-2025',
    phaseId: 'phase-1',
    rosterVersion: 3,
    recipientKeyId: to.encryptionKeyId,
    signerKeyId: from.keyId,
  };
}

export function scorePayload(from: Identity, to: Identity, extra: object = {}): object {
  return {
    format: SCORE_FORMAT,
    version: 1,
    ...headerFor(from, to),
    revision: 2,
    scores: [{ applicationId: 'app-1', criterion: 'A', value: 4, comment: 'Bra – tydlig plan' }],
    ...extra,
  };
}

/** A score file from the juror to the chair. */
export function makeScoreFile(from: Identity = juror, to: Identity = chair): Uint8Array {
  return createContainer({
    format: SCORE_FORMAT,
    version: 1,
    header: headerFor(from, to),
    payloadType: SCORE_TYPE,
    payload: scorePayload(from, to),
    signer: signerOf(from),
    recipientPublicKey: to.encryption.publicKey,
  });
}

/** Options with which `me` opens score files signed by anyone in `trusted`. */
export function openOptions(me: Identity, trusted: Identity[] = [juror]): OpenContainerOptions {
  const keys = new Map(trusted.map((t) => [t.keyId, t.signing.publicKey]));
  return {
    expectedFormat: SCORE_FORMAT,
    supportedVersions: [1],
    myEncryptionPrivateKey: me.encryption.privateKey,
    myEncryptionPublicKey: me.encryption.publicKey,
    expectedPayloadType: SCORE_TYPE,
    publicKeyFor: (id) => keys.get(id),
    maxBytes: MAX_BYTES,
  };
}

/** Assert `fn` throws a CryptoError (optionally with `code`) and nothing else. */
export function expectCryptoError(fn: () => unknown, code?: CryptoErrorCode): CryptoError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  return checkCryptoError(caught, code);
}

function checkCryptoError(caught: unknown, code: CryptoErrorCode | undefined): CryptoError {
  if (!(caught instanceof CryptoError)) {
    throw new Error(`expected a CryptoError, got ${String(caught)}`);
  }
  if (code !== undefined) expect(caught.code).toBe(code);
  return caught;
}

/** Async variant of {@link expectCryptoError}. */
export async function expectCryptoErrorAsync(
  fn: () => Promise<unknown>,
  code?: CryptoErrorCode,
): Promise<CryptoError> {
  let caught: unknown;
  try {
    await fn();
  } catch (e) {
    caught = e;
  }
  return checkCryptoError(caught, code);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Decode file bytes as JSON (for crafting edited files in tests). */
export function fileJson(bytes: Uint8Array): Record<string, unknown> {
  return JSON.parse(decoder.decode(bytes)) as Record<string, unknown>;
}

/** Write a JSON object in the exact outer-file form the app produces. */
export function toFileBytes(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}

/** A snapshot of Object.prototype's own keys, to prove parsing never pollutes it. */
export function prototypeKeys(): string[] {
  return Reflect.ownKeys(Object.prototype).map(String).sort();
}
