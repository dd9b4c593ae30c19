import { expect } from 'vitest';
import { createIdentity, createIdentityCard } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import {
  addConflict,
  createRoster,
  createScoreFile,
  enrolFromCard,
  ExchangeError,
  issuePackage,
  openPackage,
} from '../../../src-main/services/exchange';
import type {
  CreateScoreFileInput,
  ExchangeErrorCode,
  ExchangeFile,
  PackageApplication,
  PackagePayload,
  Roster,
  ScoreEntry,
} from '../../../src-main/services/exchange';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { demoRound } from '../../../src-shared/demo/demo-round';
import type { Phase, Round } from '../../../src-shared/domain/round';
import { strictAssert } from '../../../src-shared/assert';

export const APP_VERSION = '0.1.0-test';
export const NOW = new Date('2026-03-01T09:30:00.000Z');

/** The people of the test round. Key generation is fast (no KDF involved). */
export const organiser: Identity = createIdentity('Olle Organisatör', 'Inera');
export const asa: Identity = createIdentity('Åsa Öberg', 'Region Norr');
export const bengt: Identity = createIdentity('Bengt Berg', '');
export const chair: Identity = createIdentity('Cecilia Ordförande', 'eHälsa');
export const stranger: Identity = createIdentity('Someone Else', 'Elsewhere');

export const round: Round = demoRound();
const firstPhase = round.phases[0];
const secondPhase = round.phases[1];
strictAssert(
  firstPhase !== undefined && secondPhase !== undefined,
  'the demo round has two phases',
);
/** The anonymised first phase ('bedomning'). */
export const phase: Phase = firstPhase;
/** The named final phase. */
export const finalPhase: Phase = secondPhase;

/** The demo applications as reading copies for a phase (pseudonym A, B, …). */
export function readingCopies(forPhase: Phase = phase): PackageApplication[] {
  return demoApplications().map((a, i) => {
    const pseudonym = `Ansökan ${String.fromCharCode(65 + i)}`;
    return {
      id: a.id,
      pseudonym,
      anonymised: forPhase.anonymised,
      applicant: forPhase.anonymised ? pseudonym : a.applicant,
      sections: a.sections.map((s) => ({ title: s.title, text: s.text })),
      facts: { ...a.facts },
    };
  });
}

/** Åsa is conflicted on app-02 (recorded by the organiser). */
export const ASA_CONFLICT = 'app-02';

/** Roster: Åsa and Bengt as jurors, Cecilia as chair, one conflict. */
export function buildRoster(): Roster {
  let roster = createRoster({ award: round.award, roundId: round.id, organiser });
  roster = enrolFromCard(roster, createIdentityCard(asa), 'juror-asa');
  roster = enrolFromCard(roster, createIdentityCard(bengt), 'juror-bengt');
  roster = enrolFromCard(roster, createIdentityCard(chair), 'juror-cecilia', 'chair');
  return addConflict(roster, {
    jurorId: 'juror-asa',
    applicationId: ASA_CONFLICT,
    reason: 'Works in the municipality',
  });
}

export const roster: Roster = buildRoster();

/** Issue a package for one juror of the default roster. */
export function packageFor(
  jurorId: string,
  overrides: { roster?: Roster; phase?: Phase; organiser?: Identity } = {},
): ExchangeFile {
  const forPhase = overrides.phase ?? phase;
  return issuePackage({
    round,
    phase: forPhase,
    roster: overrides.roster ?? roster,
    juror: { jurorId },
    applications: readingCopies(forPhase),
    organiser: overrides.organiser ?? organiser,
    appVersion: APP_VERSION,
    now: NOW,
  });
}

/** Issue and open a package (first import). */
export function openedPackage(
  jurorId: string,
  me: Identity,
  overrides: { roster?: Roster; phase?: Phase } = {},
): PackagePayload {
  return openPackage(packageFor(jurorId, overrides).bytes, { me }).payload;
}

export const asaPkg: PackagePayload = openedPackage('juror-asa', asa);
export const bengtPkg: PackagePayload = openedPackage('juror-bengt', bengt);
export const chairPkg: PackagePayload = openedPackage('juror-cecilia', chair);

/** A full set of valid scores for every application in a package. */
export function fullScores(pkg: PackagePayload, value = 3): ScoreEntry[] {
  return pkg.applications.flatMap((a) =>
    pkg.round.criteria.map((c) => ({
      applicationId: a.id,
      criterion: c.key,
      value,
      comment: `Kommentar ${a.id}/${c.key}`,
    })),
  );
}

/** A valid revision-1 score file input; override any field. */
export function scoreInput(
  pkg: PackagePayload,
  me: Identity,
  overrides: Partial<CreateScoreFileInput> = {},
): CreateScoreFileInput {
  return {
    pkg,
    me,
    revision: 1,
    previousDigest: null,
    status: 'draft',
    scores: fullScores(pkg),
    overallComments: [],
    conflicts: [],
    appVersion: APP_VERSION,
    now: NOW,
    ...overrides,
  };
}

/** A valid score file from Åsa (revision 1). */
export function asaScoreFile(overrides: Partial<CreateScoreFileInput> = {}): ExchangeFile {
  return createScoreFile(scoreInput(asaPkg, asa, overrides));
}

/** Assert `fn` throws an ExchangeError (optionally with `code`) and nothing else. */
export function expectExchangeError(fn: () => unknown, code?: ExchangeErrorCode): ExchangeError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (!(caught instanceof ExchangeError)) {
    throw new Error(`expected an ExchangeError, got ${String(caught)}`);
  }
  if (code !== undefined) expect(caught.code).toBe(code);
  return caught;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The outer JSON of a file, to craft edited copies. */
export function fileJson(bytes: Uint8Array): Record<string, unknown> {
  return JSON.parse(decoder.decode(bytes)) as Record<string, unknown>;
}

/** Write JSON in the exact outer-file form. */
export function toFileBytes(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}

/** A copy of `bytes` with one bit flipped at `index`. */
export function flipBit(bytes: Uint8Array, index: number, bit = 0): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ (1 << bit);
  return copy;
}
