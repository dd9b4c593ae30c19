import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectCommand } from '../../../src-main/cli/commands/inspect';
import { UsageError } from '../../../src-main/cli/args';
import {
  createIdentityCard,
  defaultKdfParams,
  exportKeyFile,
  TEST_KDF,
} from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import { createResult } from '../../../src-main/services/exchange';
import {
  APP_VERSION,
  asa,
  asaScoreFile,
  bengt,
  chair,
  chairPkg,
  NOW,
  organiser,
  packageFor,
} from '../exchange/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'juryrum-inspect-'));
const PASS = 'en lösenfras för nyckelfilen';
const passFile = join(dir, 'pass.txt');
writeFileSync(passFile, `${PASS}\n`);

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function keyFileOf(who: Identity, name: string): Promise<string> {
  return write(name, await exportKeyFile(who, PASS, defaultKdfParams(TEST_KDF)));
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await inspectCommand.run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

const packagePath = write('asa.juryrum', packageFor('juror-asa').bytes);

describe('cli inspect', () => {
  it('prints a package kind, version and claimed signer without keys', async () => {
    const { code, out } = await run([packagePath]);
    expect(code).toBe(0);
    expect(out).toMatch(/Kind: +jury package/);
    expect(out).toMatch(/Format: +juryrum\.package, version 1/);
    expect(out).toContain(`key id ${organiser.keyId} — NOT verified`);
    expect(out).toMatch(/Phase: +bedomning/);
    expect(out).not.toMatch(/Verified content/);
  });

  it('with the juror key file verifies the package and lists criteria and applications', async () => {
    const key = await keyFileOf(asa, 'asa.juryrum-keys');
    const { code, out } = await run([
      packagePath,
      '--identity',
      key,
      '--passphrase-file',
      passFile,
    ]);
    expect(code).toBe(0);
    expect(out).toContain(`Olle Organisatör (Inera), fingerprint ${organiser.fingerprint}`);
    expect(out).toMatch(/— verified/);
    expect(out).toMatch(/Criteria \(8\):/);
    expect(out).toMatch(/ {2}D {3}Inflytande och delaktighet — weight 2, scale 1–5/);
    // Åsa is conflicted on app-02: it is not in her package.
    expect(out).toMatch(/Applications \(8\):/);
    expect(out).toMatch(/app-01 +Ansökan A/);
    expect(out).not.toMatch(/app-02/);
  });

  it('--json gives the same facts as data', async () => {
    const key = await keyFileOf(asa, 'asa2.juryrum-keys');
    const { out } = await run([
      packagePath,
      '--identity',
      key,
      '--passphrase-file',
      passFile,
      '--json',
    ]);
    const report = JSON.parse(out) as Record<string, unknown> & {
      content: { criteria: { key: string }[]; applications: { id: string; pseudonym: string }[] };
    };
    expect(report).toMatchObject({
      kind: 'package',
      format: 'juryrum.package',
      version: 1,
      verified: true,
    });
    expect(report.content.criteria.map((c) => c.key)).toEqual([
      'L',
      'I',
      'K',
      'A',
      'D',
      'W',
      'S',
      'P',
    ]);
    expect(report.content.applications[0]).toMatchObject({ id: 'app-01', pseudonym: 'Ansökan A' });
  });

  it('prints identity cards (verified self-signature) and key files', async () => {
    const card = write('bengt.juryrum-id', createIdentityCard(bengt));
    const shown = await run([card]);
    expect(shown.out).toMatch(/Kind: +identity card/);
    expect(shown.out).toContain(`Bengt Berg, fingerprint ${bengt.fingerprint}`);
    const key = await keyFileOf(bengt, 'bengt.juryrum-keys');
    expect((await run([key])).out).toMatch(/none \(protected by a passphrase, not signed\)/);
    const opened = await run([key, '--passphrase-file', passFile]);
    expect(opened.out).toContain(`fingerprint: ${bengt.fingerprint}`);
    expect(opened.out).toMatch(/Name: +Bengt Berg/);
  });

  it('verifies a score file for the chair, trusting the chair package', async () => {
    const scores = write('scores.juryrum', asaScoreFile().bytes);
    const chairPackage = write('chair.juryrum', packageFor('juror-cecilia').bytes);
    const key = await keyFileOf(chair, 'chair.juryrum-keys');
    const { code, out } = await run([
      scores,
      '--identity',
      key,
      '--passphrase-file',
      passFile,
      '--trust',
      chairPackage,
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/Kind: +score file/);
    expect(out).toMatch(/Juror: +Åsa Öberg \[juror-asa\]/);
    expect(out).toMatch(/Revision: 1 \(draft\)/);
    expect(out).toMatch(/8 applications, 64 scores, 0 cannot assess, 0 empty/);
  });

  it('verifies a result for the organiser, trusting the chair identity card', async () => {
    const result = createResult({
      pkg: chairPkg,
      me: chair,
      method: { aggregation: 'mean of weighted totals', tiePolicy: null, normalisation: 'none' },
      ranking: [
        {
          applicationId: 'app-01',
          rank: 1,
          mean: 4,
          median: 4,
          trimmedMean: 4,
          sd: 0,
          range: 0,
          n: 1,
        },
        {
          applicationId: 'app-03',
          rank: 2,
          mean: 3,
          median: 3,
          trimmedMean: 3,
          sd: 0,
          range: 0,
          n: 1,
        },
      ],
      aggregates: [],
      finalists: ['app-01', 'app-03'],
      winner: 'app-01',
      motivation: 'Bäst.',
      minutes: '',
      decisions: [],
      scoreChanges: [],
      conflicts: [],
      inputs: [],
      appVersion: APP_VERSION,
      now: NOW,
    });
    const path = write('result.juryrum', result.bytes);
    const key = await keyFileOf(organiser, 'org.juryrum-keys');
    const card = write('chair.juryrum-id', createIdentityCard(chair));
    const args = [path, '--identity', key, '--passphrase-file', passFile];
    const { code, out } = await run([...args, '--trust', card]);
    expect(code).toBe(0);
    expect(out).toMatch(/Winner: +app-01/);
    expect(out).toMatch(/Finalists: app-01, app-03/);
    // Trusting someone else: the signer is unknown.
    const wrong = write('bengt2.juryrum-id', createIdentityCard(bengt));
    const refused = await run([...args, '--trust', wrong]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^Error: .*UNKNOWN_SIGNER/);
    await expect(run(args)).rejects.toBeInstanceOf(UsageError);
  });

  it('answers bad input with one plain line and exit code 1', async () => {
    const bad: [string, RegExp][] = [
      [write('not-json.txt', 'hej'), /MALFORMED/],
      [write('other.json', '{"hello": 1}'), /UNSUPPORTED_FORMAT/],
      [
        write(
          'flipped.juryrum',
          packageFor('juror-asa').bytes.map((b, i) => (i === 40 ? b ^ 1 : b)),
        ),
        /Error/,
      ],
      [join(dir, 'missing.juryrum'), /cannot be read/],
    ];
    for (const [path, pattern] of bad) {
      const { code, err, out } = await run([path]);
      expect(code, path).toBe(1);
      expect(err, path).toMatch(pattern);
      expect(err.trim().split('\n'), path).toHaveLength(1);
      expect(out, path).toBe('');
    }
    const wrongPass = write('wrong.txt', 'fel');
    const key = await keyFileOf(asa, 'asa3.juryrum-keys');
    const res = await run([packagePath, '--identity', key, '--passphrase-file', wrongPass]);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/passphrase does not open/);
    const bengtKey = await keyFileOf(bengt, 'bengt3.juryrum-keys');
    const notMine = await run([packagePath, '--identity', bengtKey, '--passphrase-file', passFile]);
    expect(notMine.err).toMatch(/NOT_FOR_ME/);
  });

  it('treats missing files and lonely flags as usage errors', async () => {
    for (const args of [
      [],
      [packagePath, packagePath],
      [packagePath, '--identity', 'k'],
      [packagePath, '--bogus'],
      [packagePath, '--trust', 'x'],
    ]) {
      await expect(run(args), args.join(' ')).rejects.toBeInstanceOf(UsageError);
    }
  });
});
