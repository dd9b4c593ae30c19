import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createContainer,
  createIdentity,
  defaultKdfParams,
  exportKeyFile,
  importKeyFile,
  signerOf,
  TEST_KDF,
  toB64url,
} from '../../../src-main/services/crypto';
import {
  bumpRosterVersion,
  ExchangeError,
  issuePackage,
  openPackage,
  PACKAGE_FORMAT,
  PACKAGE_PAYLOAD_TYPE,
  peekExchangeFile,
} from '../../../src-main/services/exchange';
import type { Roster } from '../../../src-main/services/exchange';
import {
  APP_VERSION,
  asa,
  ASA_CONFLICT,
  bengt,
  chair,
  expectExchangeError,
  finalPhase,
  flipBit,
  NOW,
  organiser,
  packageFor,
  phase,
  readingCopies,
  round,
  roster,
  stranger,
} from './fixtures';

const asaFile = packageFor('juror-asa');

describe('jury package', () => {
  it('round-trips: the juror opens and verifies their package', () => {
    const opened = openPackage(asaFile.bytes, { me: asa });
    const p = opened.payload;
    expect(p.format).toBe(PACKAGE_FORMAT);
    expect(p.version).toBe(1);
    expect(p.jurorId).toBe('juror-asa');
    expect(p.award).toBe(round.award);
    expect(p.roundId).toBe(round.id);
    expect(p.phaseId).toBe(phase.id);
    expect(p.rosterVersion).toBe(roster.rosterVersion);
    expect(p.signerKeyId).toBe(organiser.keyId);
    expect(p.recipientKeyId).toBe(asa.encryptionKeyId);
    expect(p.issuedAt).toBe(NOW.toISOString());
    expect(p.appVersion).toBe(APP_VERSION);
    expect(p.round).toEqual(round);
    expect(p.phase).toEqual(phase);
    expect(p.roster.jurors).toEqual(roster.jurors);
    expect(opened.digest).toBe(asaFile.digest);
    expect(opened.organiserKeyId).toBe(organiser.keyId);
    expect(opened.organiserFingerprint).toBe(organiser.fingerprint);
    expect(opened.pinned).toBe(false);
  });

  it('has a meaningful file name', () => {
    expect(asaFile.fileName).toBe(
      'juryrum-paket-demo-ehalsokommun-2026-bedomning-asa-oberg.juryrum',
    );
  });

  it('keeps the application text out of the clear part of the file', () => {
    const text = new TextDecoder().decode(asaFile.bytes);
    expect(text).toContain(`"roundId": "${round.id}"`);
    const firstSection = readingCopies()[0]?.sections[0]?.text ?? '';
    expect(firstSection.length).toBeGreaterThan(20);
    expect(text).not.toContain(firstSection.slice(0, 20));
  });

  it('anonymised phases carry pseudonyms; named phases the applicant', () => {
    const anon = openPackage(asaFile.bytes, { me: asa }).payload.applications;
    expect(anon.every((a) => a.anonymised && a.applicant === a.pseudonym)).toBe(true);
    const named = openPackage(packageFor('juror-asa', { phase: finalPhase }).bytes, { me: asa })
      .payload.applications;
    expect(named.every((a) => !a.anonymised)).toBe(true);
    expect(named.some((a) => a.applicant !== a.pseudonym)).toBe(true);
  });

  it('leaves out applications the juror is conflicted on', () => {
    const ids = openPackage(asaFile.bytes, { me: asa }).payload.applications.map((a) => a.id);
    expect(ids).not.toContain(ASA_CONFLICT);
    expect(ids).toHaveLength(readingCopies().length - 1);
    const bengtIds = openPackage(packageFor('juror-bengt').bytes, { me: bengt }).payload
      .applications;
    expect(bengtIds.map((a) => a.id)).toContain(ASA_CONFLICT);
  });

  it('shows a juror only their own conflicts, and the chair all of them', () => {
    const bengtRoster = openPackage(packageFor('juror-bengt').bytes, { me: bengt }).payload.roster;
    expect(bengtRoster.conflicts).toEqual([]);
    const chairRoster = openPackage(packageFor('juror-cecilia').bytes, { me: chair }).payload
      .roster;
    expect(chairRoster.conflicts).toEqual(roster.conflicts);
    const asaRoster = openPackage(asaFile.bytes, { me: asa }).payload.roster;
    expect(asaRoster.conflicts).toEqual(roster.conflicts);
  });

  it('includes the chair with its encryption key', () => {
    const jurors = openPackage(asaFile.bytes, { me: asa }).payload.roster.jurors;
    const c = jurors.find((j) => j.role === 'chair');
    expect(c?.encryptionPublicKey).toBe(toB64url(chair.encryption.publicKey));
  });

  it('a package for another juror is NOT_FOR_ME', () => {
    expectExchangeError(() => openPackage(asaFile.bytes, { me: bengt }), 'NOT_FOR_ME');
    expectExchangeError(() => openPackage(asaFile.bytes, { me: stranger }), 'NOT_FOR_ME');
  });

  it('verifies against the pinned organiser key', () => {
    const opened = openPackage(asaFile.bytes, { me: asa, pinnedOrganiserKeyId: organiser.keyId });
    expect(opened.pinned).toBe(true);
  });

  it('a package signed by another organiser key is ORGANISER_KEY_CHANGED', () => {
    // A second organiser identity issues an otherwise valid package for Åsa.
    const impostor = createIdentity('Olle Organisatör', 'Inera');
    const otherRoster: Roster = {
      ...roster,
      organiser: {
        ...roster.organiser,
        signingPublicKey: toB64url(impostor.signing.publicKey),
        encryptionPublicKey: toB64url(impostor.encryption.publicKey),
        keyId: impostor.keyId,
        encryptionKeyId: impostor.encryptionKeyId,
        fingerprint: impostor.fingerprint,
      },
    };
    const forged = packageFor('juror-asa', { roster: otherRoster, organiser: impostor });
    expectExchangeError(
      () => openPackage(forged.bytes, { me: asa, pinnedOrganiserKeyId: organiser.keyId }),
      'ORGANISER_KEY_CHANGED',
    );
    // Without a pin it opens, and shows the impostor's fingerprint to compare.
    const firstImport = openPackage(forged.bytes, { me: asa });
    expect(firstImport.organiserFingerprint).toBe(impostor.fingerprint);
    expect(firstImport.organiserFingerprint).not.toBe(organiser.fingerprint);
  });

  it('a package whose header names one key but is signed by another is BAD_SIGNATURE', () => {
    const impostor = createIdentity('Mallory', '');
    const { bytes } = craftPackage({ signer: impostor });
    expectExchangeError(() => openPackage(bytes, { me: asa }), 'BAD_SIGNATURE');
  });

  it('refuses an older roster than one already imported (ROSTER_OUTDATED)', () => {
    const newer = packageFor('juror-asa', { roster: bumpRosterVersion(roster) });
    expect(openPackage(newer.bytes, { me: asa, minRosterVersion: 2 }).payload.rosterVersion).toBe(
      2,
    );
    expectExchangeError(
      () => openPackage(asaFile.bytes, { me: asa, minRosterVersion: 2 }),
      'ROSTER_OUTDATED',
    );
  });

  it('cannot be issued for an unknown juror, by another organiser, or with bad content', () => {
    expectExchangeError(() => packageFor('nobody'), 'UNKNOWN_JUROR');
    expectExchangeError(() => packageFor('juror-asa', { organiser: bengt }), 'INVALID_INPUT');
    const named = readingCopies(finalPhase);
    const err = expectExchangeError(
      () =>
        issuePackage({
          round,
          phase,
          roster,
          juror: { jurorId: 'juror-bengt' },
          applications: named, // named copies in an anonymised phase
          organiser,
          appVersion: APP_VERSION,
        }),
      'INVALID_INPUT',
    );
    expect(err.details.length).toBeGreaterThan(0);
  });

  it('a juror whose identity was restored from a key file can open it', async () => {
    const keyFile = await exportKeyFile(asa, 'lång lösenfras', defaultKdfParams(TEST_KDF));
    const restored = await importKeyFile(keyFile, 'lång lösenfras');
    expect(openPackage(asaFile.bytes, { me: restored }).payload.jurorId).toBe('juror-asa');
  });

  it('peek tells the kind and round without keys', () => {
    const peek = peekExchangeFile(asaFile.bytes);
    expect(peek.kind).toBe('package');
    expect(peek.header.roundId).toBe(round.id);
    expect(peek.header.signerKeyId).toBe(organiser.keyId);
  });

  it('any single flipped bit gives a typed error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: asaFile.bytes.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        (index, bit) => {
          const bad = flipBit(asaFile.bytes, index, bit);
          expect(() => openPackage(bad, { me: asa })).toThrow(ExchangeError);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random bytes and random JSON give typed errors', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 512 }), fc.jsonValue().map(jsonBytes)),
        (b) => {
          expect(() => openPackage(b, { me: asa })).toThrow(ExchangeError);
        },
      ),
      { numRuns: 300 },
    );
    expectExchangeError(
      () => openPackage(new TextEncoder().encode('not json'), { me: asa }),
      'MALFORMED',
    );
  });

  it('a size cap is enforced before anything is read', () => {
    expectExchangeError(() => openPackage(asaFile.bytes, { me: asa, maxBytes: 1000 }), 'TOO_LARGE');
  });
});

function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value) ?? 'null');
}

/** A package made directly with the crypto core, signed by `signer` but claiming the organiser's key. */
function craftPackage(options: { signer: ReturnType<typeof createIdentity> }): {
  bytes: Uint8Array;
} {
  const honest = openPackage(asaFile.bytes, { me: asa }).payload;
  const header = {
    award: honest.award,
    roundId: honest.roundId,
    phaseId: honest.phaseId,
    rosterVersion: honest.rosterVersion,
    recipientKeyId: asa.encryptionKeyId,
    signerKeyId: options.signer.keyId,
    // Claims the real organiser's key, but the signature is the impostor's.
    signerPublicKey: toB64url(organiser.signing.publicKey),
  };
  const bytes = createContainer({
    format: PACKAGE_FORMAT,
    version: 1,
    header,
    payloadType: PACKAGE_PAYLOAD_TYPE,
    payload: { ...honest, ...header },
    signer: signerOf(options.signer),
    recipientPublicKey: asa.encryption.publicKey,
  });
  return { bytes };
}
