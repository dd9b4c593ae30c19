/**
 * A realistic jury for chair tests and the e2e spec: an organiser, the six
 * demo jurors (juror-1 is the chair) with real keys, a signed roster, jury
 * packages and score files made with the real exchange code. No test-runner
 * imports, so Playwright specs can use it too.
 */
import { createIdentity, createIdentityCard } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import {
  addConflict,
  createRoster,
  createScoreFile,
  enrolFromCard,
  issuePackage,
  openPackage,
} from '../../../src-main/services/exchange';
import type {
  CreateScoreFileInput,
  ExchangeFile,
  PackageApplication,
  PackagePayload,
  Roster,
} from '../../../src-main/services/exchange';
import { demoIssueAttachments } from '../../../src-main/services/demo/demo-attachments';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { demoJurors } from '../../../src-shared/demo/demo-people';
import { demoRound } from '../../../src-shared/demo/demo-round';
import type { Phase, Round } from '../../../src-shared/domain/round';

/** A score as the juror's app writes it (ids as plain strings). */
export type ScoreEntry = CreateScoreFileInput['scores'][number];

export const APP_VERSION = '0.1.0-test';
export const NOW = new Date('2026-04-10T09:00:00.000Z');

export interface Member {
  readonly jurorId: string;
  readonly identity: Identity;
  readonly role: 'juror' | 'chair';
}

export interface Jury {
  readonly organiser: Identity;
  readonly members: readonly Member[];
  readonly chair: Identity;
  readonly round: Round;
  readonly phase: Phase;
  readonly roster: Roster;
  packageFile(jurorId: string, phase?: Phase): ExchangeFile;
  pkg(jurorId: string): PackagePayload;
  member(jurorId: string): Member;
}

/**
 * Reading copies of the demo applications (pseudonyms in anonymised phases),
 * optionally with the demo attachments the phase may show.
 */
export function readingCopies(phase: Phase, withAttachments = false): PackageApplication[] {
  return demoApplications().map((a, i) => {
    const pseudonym = `Ansökan ${String.fromCharCode(65 + i)}`;
    const attachments = demoIssueAttachments(a.id)
      .filter((x) => !phase.anonymised || x.anonymisedOk)
      .map((x) => x.attachment);
    return {
      id: a.id,
      pseudonym,
      anonymised: phase.anonymised,
      applicant: phase.anonymised ? pseudonym : a.applicant,
      sections: a.sections.map((s) => ({ title: s.title, text: s.text })),
      facts: { ...a.facts },
      ...(withAttachments && attachments.length > 0 ? { attachments } : {}),
    };
  });
}

export interface JuryOptions {
  readonly roundId?: string;
  readonly organiser?: Identity;
  readonly identities?: readonly Identity[];
  readonly rosterVersion?: number;
  /** Conflicts the organiser records (default: juror-3 on app-04). */
  readonly conflicts?: readonly { jurorId: string; applicationId: string; reason: string }[];
  /** Put the demo attachments (those the phase may show) in the packages. */
  readonly attachments?: boolean;
}

/** Build a jury on the demo round. Pass `identities` to reuse people across rounds. */
export function buildJury(options: JuryOptions = {}): Jury {
  const base = demoRound();
  const round: Round = { ...base, id: (options.roundId ?? base.id) as Round['id'] };
  const phase = round.phases[0];
  if (phase === undefined) throw new Error('the demo round has phases');
  const organiser = options.organiser ?? createIdentity('Lovisa Ekdahl', 'eHälsomässan Nordljus');
  const people = demoJurors();
  const members: Member[] = people.map((p, i) => ({
    jurorId: p.id,
    identity: options.identities?.[i] ?? createIdentity(p.name, p.organisation),
    role: p.role,
  }));
  let roster = createRoster({
    award: round.award,
    roundId: round.id,
    organiser,
    rosterVersion: options.rosterVersion ?? 1,
  });
  for (const m of members) {
    roster = enrolFromCard(roster, createIdentityCard(m.identity), m.jurorId, m.role);
  }
  const conflicts = options.conflicts ?? [
    { jurorId: 'juror-3', applicationId: 'app-04', reason: 'Arbetar i kommunen' },
  ];
  for (const c of conflicts) roster = addConflict(roster, c);
  const chair = members.find((m) => m.role === 'chair');
  if (chair === undefined) throw new Error('the demo jury has a chair');
  const files = new Map<string, ExchangeFile>();
  const packageFile = (jurorId: string, forPhase: Phase = phase): ExchangeFile => {
    const key = `${jurorId}/${forPhase.id}`;
    let file = files.get(key);
    if (file === undefined) {
      file = issuePackage({
        round,
        phase: forPhase,
        roster,
        juror: { jurorId },
        applications: readingCopies(forPhase, options.attachments ?? false),
        organiser,
        appVersion: APP_VERSION,
        now: NOW,
      });
      files.set(key, file);
    }
    return file;
  };
  const member = (jurorId: string): Member => {
    const m = members.find((x) => x.jurorId === jurorId);
    if (m === undefined) throw new Error(`no juror ${jurorId}`);
    return m;
  };
  const pkg = (jurorId: string): PackagePayload =>
    openPackage(packageFile(jurorId).bytes, { me: member(jurorId).identity }).payload;
  return {
    organiser,
    members,
    chair: chair.identity,
    round,
    phase,
    roster,
    packageFile,
    pkg,
    member,
  };
}

/** How good each demo application is, on the 1–5 scale (the "truth" the jurors see). */
const QUALITY: Readonly<Record<string, number>> = {
  'app-01': 4.2,
  'app-02': 3.1,
  'app-03': 3.9,
  'app-04': 2.6,
  'app-05': 4.0,
  'app-06': 2.2,
  'app-07': 3.5,
  'app-08': 3.0,
  'app-09': 4.5,
};
const BIAS = [0, 0.3, -0.3, 0.2, -0.2, 0.4];

/** A small deterministic wiggle in {-1, 0, 0, 0, 0, 1} per juror, application and criterion. */
function wiggle(j: number, a: string, c: string): number {
  let h = 17 * (j + 1);
  for (const ch of `${a}/${c}`) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
  return [-1, 0, 0, 0, 0, 1][h % 6] ?? 0;
}

/**
 * Plausible scores for the juror's package. Juror 6 (index 5) strongly
 * dislikes app-03, so the table has a clear disagreement to discuss; juror 4
 * cannot assess criterion S of app-08. Skips applications in `skip`.
 */
export function demoScores(
  pkg: PackagePayload,
  skip: ReadonlySet<string> = new Set(),
): ScoreEntry[] {
  const j = Math.max(0, Number(pkg.jurorId.replace(/\D/g, '')) - 1);
  return pkg.applications
    .filter((a) => !skip.has(a.id))
    .flatMap((a) =>
      pkg.round.criteria.map((c): ScoreEntry => {
        let value: ScoreEntry['value'] = Math.round(
          (QUALITY[a.id] ?? 3) + (BIAS[j] ?? 0) + wiggle(j, a.id, c.key),
        );
        if (j === 5 && a.id === 'app-03') value = 1;
        if (j === 3 && a.id === 'app-08' && c.key === 'S') value = 'cannot-assess';
        if (typeof value === 'number') value = Math.min(c.scale.max, Math.max(c.scale.min, value));
        return {
          applicationId: a.id,
          criterion: c.key,
          value,
          comment: `Motivering ${pkg.jurorId} ${a.id}/${c.key}.`,
        };
      }),
    );
}

export interface ScoreFileOptions {
  readonly revision?: number;
  readonly previousDigest?: string | null;
  readonly status?: 'draft' | 'final';
  readonly scores?: readonly ScoreEntry[];
  readonly conflicts?: readonly { applicationId: string; reason: string }[];
  readonly overallComments?: readonly { applicationId: string; comment: string }[];
}

/** A score file from one juror of the jury, signed and encrypted to the chair. */
export function scoreFile(
  jury: Jury,
  jurorId: string,
  options: ScoreFileOptions = {},
): ExchangeFile {
  const pkg = jury.pkg(jurorId);
  const declared = options.conflicts ?? [];
  const skip = new Set(declared.map((c) => c.applicationId));
  return createScoreFile({
    pkg,
    me: jury.member(jurorId).identity,
    revision: options.revision ?? 1,
    previousDigest: options.previousDigest ?? null,
    status: options.status ?? 'final',
    scores: options.scores ?? demoScores(pkg, skip),
    overallComments: options.overallComments ?? [],
    conflicts: declared,
    appVersion: APP_VERSION,
    now: NOW,
  });
}

/** Flip one character in the middle of the ciphertext: decryption then fails (TAMPERED). */
export function tamper(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const at = text.indexOf('"ciphertext": "') + 15 + 40;
  const ch = text[at] === 'A' ? 'B' : 'A';
  return new TextEncoder().encode(`${text.slice(0, at)}${ch}${text.slice(at + 1)}`);
}
