import {
  createDecipheriv,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  verify,
  type KeyObject,
} from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createIdentity, createIdentityCard } from '../services/crypto';
import type { Identity } from '../services/crypto';
import {
  createRoster,
  createScoreFile,
  enrolFromCard,
  issuePackage,
  openPackage,
  PackageApplicationSchema,
} from '../services/exchange';
import type { ExchangeFile, PackageApplication, PackagePayload } from '../services/exchange';
import { checkScoreFile } from '../services/chair';
import { applyArrivals, emptyImportState } from '../../src-shared/chair/ledger';
import type { Arrival } from '../../src-shared/chair/ledger';
import { buildScoringInput } from '../../src-shared/chair/scoring-input';
import { consolidate } from '../../src-shared/chair/consolidate';
import type { VerifiedFile } from '../../src-shared/chair/consolidate';
import { tiePolicyFor } from '../../src-shared/chair/tie-policy';
import { aggregateApplications } from '../../src-shared/scoring/aggregate';
import { rankApplications } from '../../src-shared/scoring/ranking';
import { mergeScoreFiles } from '../../src-shared/scoring/merge';
import { demoRound } from '../../src-shared/demo/demo-round';
import type { BenchRow } from './index';

/** A generated round: the chair's package and one score file per juror, made with the real code. */
export interface GeneratedRound {
  readonly chair: Identity;
  readonly organiser: Identity;
  readonly packageFile: ExchangeFile;
  readonly pkg: PackagePayload;
  readonly scoreFiles: readonly ExchangeFile[];
  readonly jurors: readonly Identity[];
}

/** A deterministic pseudo-random score in 1..5 around a per-application level. */
function score(j: number, a: number, c: number): number {
  const level = 1 + ((a * 7919) % 401) / 100; // 1.00 … 5.00
  const noise = (((j + 1) * 104_729 + a * 31 + c * 17) % 5) - 2; // −2 … 2
  return Math.min(5, Math.max(1, Math.round(level + noise / 2)));
}

/**
 * Generate a round of `applications` × `jurors` on the demo round's eight
 * criteria. Juror 1 chairs. Every juror scores every application.
 */
export function generateRound(jurorCount: number, applicationCount: number): GeneratedRound {
  const base = demoRound();
  const phase = base.phases[0];
  if (phase === undefined) throw new Error('the demo round has a phase');
  const organiser = createIdentity('Bänk Arrangör', 'Benchmark');
  const jurors = Array.from({ length: jurorCount }, (_, i) =>
    createIdentity(`Jurymedlem ${i + 1}`, 'Benchmark'),
  );
  let roster = createRoster({ award: base.award, roundId: base.id, organiser });
  jurors.forEach((j, i) => {
    roster = enrolFromCard(
      roster,
      createIdentityCard(j),
      `juror-${i + 1}`,
      i === 0 ? 'chair' : 'juror',
    );
  });
  const applications: PackageApplication[] = Array.from({ length: applicationCount }, (_, i) => {
    const pseudonym = `Ansökan ${i + 1}`;
    return PackageApplicationSchema.parse({
      id: `app-${String(i + 1).padStart(4, '0')}`,
      pseudonym,
      anonymised: phase.anonymised,
      applicant: phase.anonymised ? pseudonym : `Kommun ${i + 1}`,
      sections: [{ title: 'Ledning', text: `Kort text om ansökan ${i + 1}.` }],
      facts: { population: 10_000 + i },
    });
  });
  const packageFor = (i: number): ExchangeFile =>
    issuePackage({
      round: base,
      phase,
      roster,
      juror: { jurorId: `juror-${i + 1}` },
      applications,
      organiser,
      appVersion: 'bench',
    });
  const chairFile = packageFor(0);
  const chair = jurors[0];
  if (chair === undefined) throw new Error('a round has a chair');
  const pkg = openPackage(chairFile.bytes, { me: chair }).payload;
  const scoreFiles = jurors.map((me, j) => {
    const own = j === 0 ? pkg : openPackage(packageFor(j).bytes, { me }).payload;
    return createScoreFile({
      pkg: own,
      me,
      revision: 1,
      previousDigest: null,
      status: 'final',
      scores: own.applications.flatMap((a, ai) =>
        own.round.criteria.map((c, ci) => ({
          applicationId: a.id,
          criterion: c.key,
          value: score(j, ai, ci),
          comment: 'Bra.',
        })),
      ),
      overallComments: [],
      conflicts: [],
      appVersion: 'bench',
    });
  });
  return { chair, organiser, packageFile: chairFile, pkg, scoreFiles, jurors };
}

const SPKI = {
  ed25519: Buffer.from('302a300506032b6570032100', 'hex'),
  x25519: Buffer.from('302a300506032b656e032100', 'hex'),
};
const rawKey = (kind: keyof typeof SPKI, raw: Uint8Array): KeyObject =>
  createPublicKey({ key: Buffer.concat([SPKI[kind], raw]), format: 'der', type: 'spki' });

interface OuterFile {
  format: string;
  version: number;
  header: Record<string, unknown>;
  encryption: { alg: string; ephemeralPublicKey: string; nonce: string };
  ciphertext: string;
}

/**
 * The floor: what opening a score file costs with bare node:crypto and
 * JSON.parse, without any of the checks (schemas, canonical forms, merge).
 */
function floorOpen(
  bytes: Uint8Array,
  me: Identity,
  signers: ReadonlyMap<string, KeyObject>,
): unknown {
  const outer = JSON.parse(Buffer.from(bytes).toString('utf8')) as OuterFile;
  const eph = Buffer.from(outer.encryption.ephemeralPublicKey, 'base64url');
  const shared = diffieHellman({
    privateKey: me.encryption.privateKey,
    publicKey: rawKey('x25519', eph),
  });
  const key = Buffer.from(
    hkdfSync(
      'sha256',
      shared,
      Buffer.concat([eph, me.encryption.publicKey]),
      'juryrum/v1/file-key',
      32,
    ),
  );
  // The container header is written with sorted keys, so this is its canonical JSON.
  const aad = JSON.stringify({
    alg: outer.encryption.alg,
    format: outer.format,
    header: outer.header,
    version: outer.version,
  });
  const sealed = Buffer.from(outer.ciphertext, 'base64url');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    key,
    Buffer.from(outer.encryption.nonce, 'base64url'),
    { authTagLength: 16 },
  );
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  const plain = Buffer.concat([
    decipher.update(sealed.subarray(0, sealed.length - 16)),
    decipher.final(),
  ]);
  const env = JSON.parse(plain.toString('utf8')) as {
    payloadType: string;
    payload: string;
    signatures: { keyid: string; sig: string }[];
  };
  const payload = Buffer.from(env.payload, 'base64url');
  const sig = env.signatures[0];
  const signer = sig === undefined ? undefined : signers.get(sig.keyid);
  const type = Buffer.from(env.payloadType);
  const pae = Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
  if (
    signer === undefined ||
    sig === undefined ||
    !verify(null, pae, signer, Buffer.from(sig.sig, 'base64url'))
  ) {
    throw new Error('the floor failed to verify a file');
  }
  return JSON.parse(payload.toString('utf8'));
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
function time(runs: number, work: () => void): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    out.push(performance.now() - start);
  }
  return median(out);
}
const ms = (x: number): number => Number(x.toFixed(1));

const JURORS = 40;
const APPLICATIONS = 1000;
const RUNS = 3;

/**
 * Merge a generated round of 40 jurors × 1,000 applications × 8 criteria,
 * stage by stage, beside the floor measured in the same run. Benchmarks
 * print; they never fail on a number.
 */
export async function chairBench(): Promise<BenchRow[]> {
  const genStart = performance.now();
  const round = generateRound(JURORS, APPLICATIONS);
  const genMs = performance.now() - genStart;
  const { chair, pkg, scoreFiles } = round;
  const bytes = scoreFiles.reduce((n, f) => n + f.bytes.byteLength, 0);
  const signers = new Map(
    round.jurors.map((j) => [j.keyId, rawKey('ed25519', j.signing.publicKey)] as const),
  );
  const shape = `${JURORS} files, ${APPLICATIONS} applications × 8 criteria, ${(bytes / 1e6).toFixed(1)} MB`;
  floorOpen(scoreFiles[0]?.bytes ?? new Uint8Array(), chair, signers); // warm up

  const floor = time(RUNS, () => {
    for (const f of scoreFiles) floorOpen(f.bytes, chair, signers);
  });
  let verified: VerifiedFile[] = [];
  const verifyMs = time(RUNS, () => {
    verified = scoreFiles.map((f) => {
      const c = checkScoreFile(f.bytes, chair, pkg);
      if (!c.ok) throw new Error(`a generated file was rejected: ${c.reason}`);
      return c.file;
    });
  });
  const arrivals: Arrival[] = verified.map((f) => ({
    fileName: f.digest,
    check: { ok: true, meta: f.meta },
  }));
  const mergeMs = time(RUNS, () => {
    applyArrivals(emptyImportState(), arrivals, new Date().toISOString());
    mergeScoreFiles(verified.map((f) => f.meta));
  });
  const heads = verified.map((f) => ({
    jurorId: f.meta.jurorId,
    digest: f.digest,
    revision: 1,
    final: true,
    payload: f.payload,
  }));
  const tiePolicy = tiePolicyFor(
    'chain',
    pkg.round.criteria.map((c) => c.key),
  );
  const aggregateMs = time(RUNS, () => {
    const { input } = buildScoringInput(pkg, heads);
    rankApplications(aggregateApplications(input), { tiePolicy });
  });
  const fullMs = time(RUNS, () => {
    consolidate(pkg, verified, new Map(), { tieChoice: 'chain', finalistCount: 5 });
  });
  const core = verifyMs + mergeMs + aggregateMs;
  return [
    {
      name: 'chair.generate',
      value: ms(genMs),
      unit: 'ms',
      note: `identities, packages, ${shape} (setup, not compared)`,
    },
    {
      name: 'chair.floor',
      value: ms(floor),
      unit: 'ms',
      note: 'bare node:crypto X25519+HKDF+AES-GCM, Ed25519 verify, JSON.parse',
    },
    {
      name: 'chair.verify',
      value: ms(verifyMs),
      unit: 'ms',
      note: `verifyScoreFileForChair on ${JURORS} files (schemas, canonical forms)`,
    },
    { name: 'chair.merge', value: ms(mergeMs), unit: 'ms', note: 'ledger fold + merge rules' },
    {
      name: 'chair.aggregate',
      value: ms(aggregateMs),
      unit: 'ms',
      note: 'scoring input, aggregates, ranking',
    },
    {
      name: 'chair.verify+merge+aggregate',
      value: ms(core),
      unit: 'ms',
      note: `${(core / floor).toFixed(1)} × the floor`,
    },
    {
      name: 'chair.consolidate.full',
      value: ms(fullMs),
      unit: 'ms',
      note: 'plus z view, Borda, Schulze (top 100), leave-one-out ×40, alpha',
    },
  ];
}
