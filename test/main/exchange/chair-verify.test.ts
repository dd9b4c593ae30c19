import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalBytes,
  createContainer,
  decryptFromSender,
  encryptToRecipient,
  fromB64url,
  isCryptoError,
  openContainer,
  parseCanonical,
  RECIPIENT_ALG,
  signEnvelope,
  signerOf,
  toB64url,
} from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import {
  bumpRosterVersion,
  createScoreFile,
  SCORE_FILE_FORMAT,
  SCORE_FILE_PAYLOAD_TYPE,
  SCORE_FILE_REJECTIONS,
  setChair,
  verifyScoreFileForChair,
} from '../../../src-main/services/exchange';
import type {
  ChairVerdict,
  PackagePayload,
  ScoreFilePayload,
  ScoreFileRejection,
} from '../../../src-main/services/exchange';
import { RoundIdSchema } from '../../../src-shared/domain/round';
import { mergeScoreFiles, mergeVerdictForArrival } from '../../../src-shared/scoring/merge';
import {
  asa,
  asaPkg,
  asaScoreFile,
  bengt,
  chair,
  chairPkg,
  fileJson,
  finalPhase,
  flipBit,
  openedPackage,
  organiser,
  packageFor,
  roster,
  scoreInput,
  stranger,
  toFileBytes,
} from './fixtures';

const good = asaScoreFile();
const verify = (bytes: Uint8Array, pkg: PackagePayload = chairPkg): ChairVerdict =>
  verifyScoreFileForChair(bytes, { chair, pkg });

function reasonOf(verdict: ChairVerdict): ScoreFileRejection | 'accepted' {
  return verdict.ok ? 'accepted' : verdict.reason;
}

/** Åsa's valid payload, to derive crafted variants from. */
function goodPayload(): ScoreFilePayload {
  const v = verify(good.bytes);
  if (!v.ok) throw new Error('the good file verifies');
  return v.payload;
}

/**
 * A score file built directly with the crypto core, as a key-holding but
 * dishonest (or differently configured) app could: any signer, recipient,
 * payload and format version. Header and payload agree, so the container
 * itself accepts it.
 */
function craft(input: {
  signer: Identity;
  recipient?: Identity;
  payload?: Partial<Record<keyof ScoreFilePayload, unknown>>;
  version?: number;
}): Uint8Array {
  const recipient = input.recipient ?? chair;
  const version = input.version ?? 1;
  const base = { ...goodPayload(), ...input.payload };
  const header = {
    award: String(base.award),
    roundId: String(base.roundId),
    phaseId: String(base.phaseId),
    rosterVersion: Number(base.rosterVersion),
    recipientKeyId: recipient.encryptionKeyId,
    signerKeyId: input.signer.keyId,
  };
  return createContainer({
    format: SCORE_FILE_FORMAT,
    version,
    header,
    payloadType: SCORE_FILE_PAYLOAD_TYPE,
    payload: { ...base, ...header, version },
    signer: signerOf(input.signer),
    recipientPublicKey: recipient.encryption.publicKey,
  });
}

describe('verifyScoreFileForChair: each rejected row of the merge rules', () => {
  it('accepts a valid file and gives merge metadata', () => {
    const v = verify(good.bytes);
    expect(reasonOf(v)).toBe('accepted');
    if (!v.ok) return;
    const merged = mergeScoreFiles([v.meta]);
    expect(merged.verdicts.get(good.digest)).toBe('accepted');
    expect(mergeVerdictForArrival(merged, v.meta).verdict).toBe('duplicate');
  });

  it('wrong award or round → WRONG_ROUND', () => {
    const roundId = RoundIdSchema.parse('ehk-2019');
    const otherRound = createScoreFile(scoreInput({ ...asaPkg, roundId }, asa));
    expect(reasonOf(verify(otherRound.bytes))).toBe('WRONG_ROUND');
    const otherAward = createScoreFile(scoreInput({ ...asaPkg, award: 'Annat pris' }, asa));
    expect(reasonOf(verify(otherAward.bytes))).toBe('WRONG_ROUND');
  });

  it('a file from another round by someone this roster does not know → WRONG_ROUND', () => {
    const bytes = craft({ signer: stranger, payload: { roundId: 'ehk-2019' } });
    expect(reasonOf(verify(bytes))).toBe('WRONG_ROUND');
  });

  it('wrong phase → WRONG_PHASE', () => {
    const finalPkg = openedPackage('juror-asa', asa, { phase: finalPhase });
    const file = createScoreFile(scoreInput(finalPkg, asa));
    expect(reasonOf(verify(file.bytes))).toBe('WRONG_PHASE');
  });

  it('another roster version → WRONG_ROSTER', () => {
    const newerPkg = openedPackage('juror-asa', asa, { roster: bumpRosterVersion(roster) });
    const file = createScoreFile(scoreInput(newerPkg, asa));
    expect(reasonOf(verify(file.bytes))).toBe('WRONG_ROSTER');
  });

  it('signer not in the roster → UNKNOWN_SIGNER', () => {
    expect(reasonOf(verify(craft({ signer: stranger })))).toBe('UNKNOWN_SIGNER');
    // The organiser is in the roster, but not as a juror: not a valid signer of scores.
    expect(reasonOf(verify(craft({ signer: organiser })))).toBe('UNKNOWN_SIGNER');
  });

  it('a juror signs a file naming another juror → SIGNER_MISMATCH', () => {
    const bytes = craft({ signer: bengt, payload: { jurorId: 'juror-asa' } });
    expect(reasonOf(verify(bytes))).toBe('SIGNER_MISMATCH');
  });

  it('encrypted to someone else → NOT_FOR_ME', () => {
    // Åsa holds a package in which Bengt is the chair.
    const otherChair = setChair(roster, 'juror-bengt');
    const pkg = openedPackage('juror-asa', asa, { roster: otherChair });
    const file = createScoreFile(scoreInput(pkg, asa));
    expect(reasonOf(verify(file.bytes))).toBe('NOT_FOR_ME');
    expect(reasonOf(verify(craft({ signer: asa, recipient: organiser })))).toBe('NOT_FOR_ME');
  });

  it('changed ciphertext, or a header edited to another round → TAMPERED', () => {
    const outer = fileJson(good.bytes);
    const ciphertext = String(outer['ciphertext']);
    const swapped = ciphertext.startsWith('A')
      ? `B${ciphertext.slice(1)}`
      : `A${ciphertext.slice(1)}`;
    expect(reasonOf(verify(toFileBytes({ ...outer, ciphertext: swapped })))).toBe('TAMPERED');
    // The clear header is bound to the ciphertext: editing it is tampering,
    // and is never reported as "wrong round".
    const header = { ...(outer['header'] as Record<string, unknown>), roundId: 'ehk-2019' };
    expect(reasonOf(verify(toFileBytes({ ...outer, header })))).toBe('TAMPERED');
    // Whitespace is part of the exact byte form.
    const spaced = new TextEncoder().encode(
      new TextDecoder().decode(good.bytes).replace('{', '{ '),
    );
    expect(reasonOf(verify(spaced))).toBe('TAMPERED');
  });

  it('malformed content → MALFORMED', () => {
    const enc = new TextEncoder();
    expect(reasonOf(verify(enc.encode('not json at all')))).toBe('MALFORMED');
    expect(reasonOf(verify(enc.encode('{"format":"juryrum.score-file"}')))).toBe('MALFORMED');
    expect(reasonOf(verify(new Uint8Array([0xff, 0xfe, 0x00, 0x01])))).toBe('MALFORMED');
    // A jury package is not a score file.
    expect(reasonOf(verify(packageFor('juror-cecilia').bytes))).toBe('MALFORMED');
    // Validly signed, but a non-integer score / out of the scale / unknown criterion.
    const [first] = goodPayload().scores;
    if (first === undefined) throw new Error('fixture has scores');
    for (const bad of [{ value: 3.5 }, { value: 9 }, { criterion: 'ZZ' }]) {
      const bytes = craft({ signer: asa, payload: { scores: [{ ...first, ...bad }] } });
      expect(reasonOf(verify(bytes))).toBe('MALFORMED');
    }
    // Scores for an application the organiser recorded as a conflict.
    const conflicted = craft({
      signer: asa,
      payload: { scores: [{ ...first, applicationId: 'app-02' }] },
    });
    expect(reasonOf(verify(conflicted))).toBe('MALFORMED');
  });

  it('over the size cap → TOO_LARGE', () => {
    const v = verifyScoreFileForChair(good.bytes, { chair, pkg: chairPkg, maxBytes: 512 });
    expect(reasonOf(v)).toBe('TOO_LARGE');
  });

  it('unknown format version → UNSUPPORTED_VERSION', () => {
    expect(reasonOf(verify(craft({ signer: asa, version: 2 })))).toBe('UNSUPPORTED_VERSION');
  });

  it('any single flipped bit is rejected with a table reason, never thrown', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: good.bytes.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        (index, bit) => {
          const v = verify(flipBit(good.bytes, index, bit));
          expect(v.ok).toBe(false);
          if (!v.ok) expect(SCORE_FILE_REJECTIONS).toContain(v.reason);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('random bytes and random JSON are rejected as MALFORMED, leaving Object.prototype alone', () => {
    const protoKeys = Reflect.ownKeys(Object.prototype).map(String).sort();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 256 }),
          fc
            .oneof(
              fc.jsonValue(),
              fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'format'), fc.jsonValue()),
            )
            .map((j) => new TextEncoder().encode(JSON.stringify(j) ?? 'null')),
        ),
        (bytes) => {
          expect(reasonOf(verify(bytes))).toBe('MALFORMED');
        },
      ),
      { numRuns: 300 },
    );
    expect(Reflect.ownKeys(Object.prototype).map(String).sort()).toEqual(protoKeys);
  });
});

describe('a bad signature inside a file that decrypts for the chair', () => {
  const MAX = 10 * 1024 * 1024;
  type Envelope = {
    payloadType: string;
    payload: string;
    signatures: { keyid: string; sig: string }[];
  };

  /** The outer file's parts and its AAD, as the chair's key opens them. */
  function unwrap(bytes: Uint8Array) {
    const outer = fileJson(bytes);
    const encryption = outer['encryption'] as Record<string, string>;
    const aad = {
      alg: RECIPIENT_ALG,
      format: outer['format'],
      header: outer['header'],
      version: outer['version'],
    };
    const plain = decryptFromSender({
      myPrivateKey: chair.encryption.privateKey,
      myPublicKey: chair.encryption.publicKey,
      ephemeralPublicKey: String(encryption['ephemeralPublicKey']),
      nonce: String(encryption['nonce']),
      ciphertext: String(outer['ciphertext']),
      header: aad,
    });
    return { outer, aad, envelope: parseCanonical(plain, MAX) as Envelope };
  }

  /**
   * Encrypt a (changed) envelope to the chair again, as someone who can
   * encrypt to the chair's public key but cannot sign as the juror would.
   * The result decrypts cleanly: only the signature can catch the change.
   */
  function rewrap(bytes: Uint8Array, change: (e: Envelope) => Envelope): Uint8Array {
    const { outer, aad, envelope } = unwrap(bytes);
    const sealed = encryptToRecipient({
      recipientPublicKey: chair.encryption.publicKey,
      plaintext: canonicalBytes(change(envelope)),
      header: aad,
    });
    return toFileBytes({
      ...outer,
      encryption: {
        alg: RECIPIENT_ALG,
        ephemeralPublicKey: sealed.ephemeralPublicKey,
        nonce: sealed.nonce,
      },
      ciphertext: sealed.ciphertext,
    });
  }

  /** What the container itself says when the chair opens the file. */
  function containerCode(bytes: Uint8Array): string {
    try {
      openContainer(bytes, {
        expectedFormat: SCORE_FILE_FORMAT,
        supportedVersions: [1],
        myEncryptionPrivateKey: chair.encryption.privateKey,
        myEncryptionPublicKey: chair.encryption.publicKey,
        expectedPayloadType: SCORE_FILE_PAYLOAD_TYPE,
        publicKeyFor: (id) => (id === asa.keyId ? asa.signing.publicKey : undefined),
        maxBytes: MAX,
      });
      return 'opened';
    } catch (e) {
      return isCryptoError(e) ? e.code : 'threw';
    }
  }

  const changedScore = (e: Envelope): Envelope => {
    const payload = parseCanonical(fromB64url(e.payload), MAX) as ScoreFilePayload;
    const [first, ...rest] = payload.scores;
    if (first === undefined || typeof first.value !== 'number') throw new Error('a numeric score');
    const scores = [{ ...first, value: first.value === 5 ? 4 : 5 }, ...rest];
    return { ...e, payload: toB64url(canonicalBytes({ ...payload, scores })) };
  };
  const flippedSignature = (e: Envelope): Envelope => {
    const [s] = e.signatures;
    if (s === undefined) throw new Error('one signature');
    const sig = fromB64url(s.sig);
    sig[10] = (sig[10] ?? 0) ^ 0x01;
    return { ...e, signatures: [{ keyid: s.keyid, sig: toB64url(sig) }] };
  };
  const signedByBengt = (e: Envelope): Envelope => {
    const forged = signEnvelope({
      payloadType: e.payloadType,
      payload: fromB64url(e.payload),
      signer: signerOf(bengt),
    });
    const [s] = e.signatures;
    const [b] = forged.signatures;
    if (s === undefined || b === undefined) throw new Error('one signature each');
    // Bengt's signature presented under Åsa's key id.
    return { ...e, signatures: [{ keyid: s.keyid, sig: b.sig }] };
  };

  it('the unchanged envelope, encrypted again, still verifies (the re-encryption is sound)', () => {
    const again = rewrap(good.bytes, (e) => e);
    expect(containerCode(again)).toBe('opened');
    expect(reasonOf(verify(again))).toBe('accepted');
  });

  it.each([
    ['signed content changed after signing', changedScore],
    ['a flipped bit in the signature', flippedSignature],
    ['another juror’s signature under the named juror’s key id', signedByBengt],
  ])('%s → decrypts, BAD_SIGNATURE, rejected as TAMPERED', (_name, change) => {
    const bytes = rewrap(good.bytes, change);
    // Decryption succeeds: the chair's key opens the file.
    expect(() => unwrap(bytes)).not.toThrow();
    expect(containerCode(bytes)).toBe('BAD_SIGNATURE');
    const v = verify(bytes);
    expect(v).toMatchObject({ ok: false, verdict: 'rejected', reason: 'TAMPERED' });
    // The merge never sees it: only verified files carry merge metadata.
    expect('meta' in v).toBe(false);
  });
});
