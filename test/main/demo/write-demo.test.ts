import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDemo } from '../../../src-main/services/demo/write-demo';
import { runCli } from '../../../src-main/cli/run';
import { MUNICIPALITIES } from '../../../src-shared/anonymise/municipalities';
import { ApplicationSchema } from '../../../src-shared/domain/round';
import { CANNOT_ASSESS } from '../../../src-shared/juror';
import type { ChairVerdict } from '../../../src-main/services/exchange';
import { filesIn, identitiesOf, packagesByJuror, passphrasesOf, verifyAll } from './helpers';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'juryrum-demo-'));
const ok = (v: ChairVerdict) => {
  if (!v.ok) throw new Error(`rejected: ${v.reason}`);
  return v;
};

describe('demo folder', () => {
  let dir = '';
  beforeAll(async () => {
    dir = tmp();
    await writeDemo(dir);
  });

  it('writes the plain files, key files, passphrases, packages and score files', async () => {
    const pass = passphrasesOf(dir);
    expect(pass.people.map((p) => p.id)).toEqual([
      'organiser-1',
      'juror-1',
      'juror-2',
      'juror-3',
      'juror-4',
      'juror-5',
      'juror-6',
    ]);
    expect(pass.people.find((p) => p.id === 'juror-1')?.role).toBe('chair');
    expect(filesIn(dir, 'keys')).toHaveLength(7);
    expect(filesIn(dir, 'packages')).toHaveLength(6);
    expect(filesIn(dir, 'scores')).toHaveLength(6);
    const ids = await identitiesOf(dir);
    for (const p of pass.people) expect(ids.get(p.id)?.fingerprint).toBe(p.fingerprint);
  });

  it('every package opens with its juror key file, and only with it', async () => {
    const ids = await identitiesOf(dir);
    const pkgs = packagesByJuror(dir, ids);
    expect([...pkgs.keys()].sort()).toEqual([
      'juror-1',
      'juror-2',
      'juror-3',
      'juror-4',
      'juror-5',
      'juror-6',
    ]);
    for (const [id, pkg] of pkgs) {
      expect(pkg.jurorId).toBe(id);
      expect(pkg.roster.organiser.fingerprint).toBe(ids.get('organiser-1')?.fingerprint);
      expect(pkg.phase.anonymised).toBe(true);
      for (const a of pkg.applications) expect(a.applicant).toBe(a.pseudonym);
    }
    // juror-3 is conflicted in the roster on the fifth application: it is left out.
    expect(pkgs.get('juror-3')?.applications).toHaveLength(8);
    expect(pkgs.get('juror-2')?.applications).toHaveLength(9);
    expect(pkgs.get('juror-1')?.roster.conflicts).toHaveLength(1);
  });

  it('every score file verifies for the chair, with realistic simulated scores', async () => {
    const ids = await identitiesOf(dir);
    const pkgs = packagesByJuror(dir, ids);
    const chair = ids.get('juror-1');
    const chairPkg = pkgs.get('juror-1');
    if (!chair || !chairPkg) throw new Error('chair missing');
    const verdicts = verifyAll(dir, chair, chairPkg).map(ok);
    expect(verdicts.map((v) => v.meta.jurorId).sort()).toEqual([...pkgs.keys()].sort());
    const all = verdicts.flatMap((v) => v.payload.scores);
    const numbers = all.map((s) => s.value).filter((v): v is number => typeof v === 'number');
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(5);
    expect(new Set(numbers).size).toBeGreaterThanOrEqual(4);
    expect(all.filter((s) => s.value === CANNOT_ASSESS).length).toBeGreaterThan(0);
    expect(all.filter((s) => s.value === CANNOT_ASSESS).length).toBeLessThan(all.length / 10);
    expect(all.some((s) => s.comment !== '')).toBe(true);
    const declared = verdicts.flatMap((v) =>
      v.payload.conflicts.map((c) => ({ juror: v.meta.jurorId, ...c })),
    );
    expect(declared).toEqual([expect.objectContaining({ juror: 'juror-5' })]);
    // Lenient and strict jurors differ, but they agree on which applications are strong.
    const means = verdicts.map((v) => {
      const vals = v.payload.scores
        .map((s) => s.value)
        .filter((x): x is number => typeof x === 'number');
      return vals.reduce((a, b) => a + b, 0) / vals.length;
    });
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(0.1);
    expect(verdicts.filter((v) => v.payload.status === 'draft')).toHaveLength(1);
  });

  it('is deterministic for a seed and differs between seeds', async () => {
    const scoresOf = async (d: string) => {
      const ids = await identitiesOf(d);
      const pkgs = packagesByJuror(d, ids);
      const chair = ids.get('juror-1');
      const pkg = pkgs.get('juror-1');
      if (!chair || !pkg) throw new Error('chair missing');
      return verifyAll(d, chair, pkg)
        .map(ok)
        .sort((a, b) => a.meta.jurorId.localeCompare(b.meta.jurorId))
        .map((v) => v.payload.scores);
    };
    const again = tmp();
    await writeDemo(again);
    expect(await scoresOf(again)).toEqual(await scoresOf(dir));
    const other = tmp();
    await writeDemo(other, { seed: 'another seed' });
    expect(await scoresOf(other)).not.toEqual(await scoresOf(dir));
  });

  it('generates more fictional applications and jurors on request', async () => {
    const big = tmp();
    await writeDemo(big, { jurors: 8, applications: 40, seed: 's' });
    const apps = JSON.parse(readFileSync(join(big, 'applications.json'), 'utf8')).applications;
    expect(apps).toHaveLength(40);
    const parsed = apps.map((a: unknown) => ApplicationSchema.parse(a));
    expect(new Set(parsed.map((a: { id: string }) => a.id)).size).toBe(40);
    const real = new Set(MUNICIPALITIES.map((m) => `${m} kommun`.toLowerCase()));
    for (const a of parsed) expect(real.has(a.applicant.toLowerCase())).toBe(false);
    expect(filesIn(big, 'scores')).toHaveLength(8);
    const ids = await identitiesOf(big);
    const pkgs = packagesByJuror(big, ids);
    expect(pkgs.get('juror-8')?.applications).toHaveLength(40);
  });

  it('the CLI takes --jurors, --applications and --seed, and refuses bad counts', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    const small = tmp();
    expect(
      await runCli(
        ['demo', '--out', small, '--jurors', '2', '--applications', '3', '--seed', 'x'],
        io,
      ),
    ).toBe(0);
    expect(out.join('')).toMatch(/passphrases\.json/);
    expect(filesIn(small, 'packages')).toHaveLength(2);
    for (const bad of [
      ['--jurors', '0'],
      ['--applications', 'many'],
      ['--jurors', '501'],
    ]) {
      expect(await runCli(['demo', '--out', small, ...bad], io)).toBe(2);
    }
  });
});
