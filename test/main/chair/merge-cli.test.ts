import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKdfParams, exportKeyFile, TEST_KDF } from '../../../src-main/services/crypto';
import { mergeCommand } from '../../../src-main/cli/commands/merge';
import { checkScoreFile } from '../../../src-main/services/chair';
import type { MergeJson } from '../../../src-main/services/chair/merge-report';
import { consolidate } from '../../../src-shared/chair';
import type { VerifiedFile } from '../../../src-shared/chair';
import { buildJury, scoreFile, tamper } from './jury';

const PASS = 'ordförandens nyckelfil 2026';
const jury = buildJury();
const other = buildJury({
  roundId: 'annan-omgang-2026',
  organiser: jury.organiser,
  identities: jury.members.map((m) => m.identity),
});
const JURORS = ['juror-1', 'juror-2', 'juror-3', 'juror-4', 'juror-5', 'juror-6'];
const r1 = scoreFile(jury, 'juror-2', { status: 'draft' });
const current = JURORS.map((j) =>
  j === 'juror-2'
    ? scoreFile(jury, j, { revision: 2, previousDigest: r1.digest })
    : scoreFile(jury, j),
);

let dir: string;
let args: string[];

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juryrum-merge-'));
  const folder = join(dir, 'poangfiler');
  await mkdir(folder);
  for (const [i, f] of current.entries())
    await writeFile(join(folder, `${String(i + 1).padStart(2, '0')}-${f.fileName}`), f.bytes);
  await writeFile(join(folder, '00-aldre-revision.juryrum'), r1.bytes);
  await writeFile(
    join(folder, '90-manipulerad.juryrum'),
    tamper(current[3]?.bytes ?? new Uint8Array()),
  );
  await writeFile(join(folder, '91-annan-omgang.juryrum'), scoreFile(other, 'juror-4').bytes);
  await writeFile(join(dir, 'paket.juryrum'), jury.packageFile('juror-1').bytes);
  await writeFile(
    join(dir, 'nycklar.juryrum-keys'),
    await exportKeyFile(jury.chair, PASS, defaultKdfParams(TEST_KDF)),
  );
  await writeFile(join(dir, 'losenfras.txt'), `${PASS}\n`);
  args = [
    '--package',
    join(dir, 'paket.juryrum'),
    '--identity',
    join(dir, 'nycklar.juryrum-keys'),
    '--passphrase-file',
    join(dir, 'losenfras.txt'),
  ];
});

describe('npm run cli -- merge', () => {
  it('--json on a folder gives every file a verdict and the ranking the app computes', async () => {
    const { io, out } = capture();
    expect(await mergeCommand.run([...args, '--json', join(dir, 'poangfiler')], io)).toBe(0);
    const report = JSON.parse(out.join('')) as MergeJson;
    const verdicts = report.files.map((f) => [f.file.split('/').pop(), f.verdict, f.reason]);
    expect(verdicts).toEqual([
      ['00-aldre-revision.juryrum', 'superseded', 'OLDER_REVISION'],
      ...current.map((f, i) => [
        `${String(i + 1).padStart(2, '0')}-${f.fileName}`,
        'accepted',
        i === 1 ? 'SUPERSEDES' : 'FIRST_FILE',
      ]),
      ['90-manipulerad.juryrum', 'rejected', 'TAMPERED'],
      ['91-annan-omgang.juryrum', 'rejected', 'WRONG_ROUND'],
    ]);
    // The same shared core, run directly on the accepted files, gives the same ranking.
    const pkg = jury.pkg('juror-1');
    const verified: VerifiedFile[] = [r1, ...current].map((f) => {
      const c = checkScoreFile(f.bytes, jury.chair, pkg);
      if (!c.ok) throw new Error(c.reason);
      return c.file;
    });
    const table = consolidate(pkg, verified, new Map(), {
      tieChoice: 'chain',
      finalistCount: 5,
    }).table;
    expect(report.ranking.map((e) => [e.applicationId, e.rank, e.n])).toEqual(
      table?.rows.map((r) => [r.applicationId, r.rank, r.n]),
    );
    expect(report.ranking[0]).toMatchObject({
      applicationId: table?.rows[0]?.applicationId,
      mean: table?.rows[0]?.mean,
    });
    for (const key of ['mean', 'median', 'sd', 'range', 'n'] as const)
      expect(report.ranking[0]).toHaveProperty(key);
    expect(report.reliability.alpha).toBeCloseTo(table?.alpha.overall.alpha ?? NaN, 12);
    expect(Object.keys(report.reliability.perCriterion)).toEqual([
      'L',
      'I',
      'K',
      'A',
      'D',
      'W',
      'S',
      'P',
    ]);
    expect(report.jurors.find((j) => j.jurorId === 'juror-2')).toMatchObject({
      status: 'delivered',
      revision: 2,
    });
    expect(report.package.organiserFingerprint).toBe(jury.organiser.fingerprint);
  });

  it('--finalists N picks the top N, with tie warnings and leave-one-out counts for them', async () => {
    const run = async (extra: string[]): Promise<MergeJson> => {
      const { io, out } = capture();
      expect(
        await mergeCommand.run([...args, '--json', ...extra, join(dir, 'poangfiler')], io),
      ).toBe(0);
      return JSON.parse(out.join('')) as MergeJson;
    };
    const byDefault = await run([]);
    expect(byDefault.finalists.count).toBe(5);
    expect(byDefault.finalists.top).toEqual(
      byDefault.ranking.slice(0, 5).map((e) => e.applicationId),
    );

    const three = await run(['--finalists', '3']);
    expect(three.finalists.count).toBe(3);
    expect(three.finalists.top).toEqual(three.ranking.slice(0, 3).map((e) => e.applicationId));
    // The ranking itself does not depend on N; the stability counts do.
    expect(three.ranking).toEqual(byDefault.ranking);
    const pkg = jury.pkg('juror-1');
    const verified = [r1, ...current].map((f) => {
      const c = checkScoreFile(f.bytes, jury.chair, pkg);
      if (!c.ok) throw new Error(c.reason);
      return c.file;
    });
    const table = consolidate(pkg, verified, new Map(), {
      tieChoice: 'chain',
      finalistCount: 3,
    }).table;
    expect(three.finalists.stability).toEqual(
      (table?.rows ?? [])
        .slice(0, 3)
        .map((r) => ({ applicationId: r.applicationId, inTopN: r.inTopN, runs: 6 })),
    );
    expect(three.finalists.ties).toEqual(
      (table?.ties ?? []).map((t) => ({ ...t, applications: [...t.applications] })),
    );

    const { io, out } = capture();
    await mergeCommand.run([...args, '--finalists', '3', join(dir, 'poangfiler')], io);
    expect(out.join('')).toContain(`Finalists (top 3): ${three.finalists.top.join(', ')}`);
  });

  it.each(['0', 'fem', '2.5', '1e2', '', '100001'])('refuses --finalists %j plainly', async (n) => {
    await expect(
      mergeCommand.run([...args, '--finalists', n, join(dir, 'poangfiler')], capture().io),
    ).rejects.toThrow(/merge --finalists is a whole number from 1 to \d+/);
  });

  it('prints a readable report without --json', async () => {
    const { io, out } = capture();
    expect(await mergeCommand.run([...args, join(dir, 'poangfiler')], io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/superseded\s+OLDER_REVISION\s+.*00-aldre-revision\.juryrum/);
    expect(text).toMatch(/Krippendorff's alpha \(interval\): /);
  });

  it('fails plainly on a wrong passphrase and on bad usage', async () => {
    await writeFile(join(dir, 'fel.txt'), 'fel lösenfras');
    const bad = [
      ...args.slice(0, 4),
      '--passphrase-file',
      join(dir, 'fel.txt'),
      join(dir, 'poangfiler'),
    ];
    await expect(mergeCommand.run(bad, capture().io)).rejects.toThrow(
      'The passphrase does not open the key file.',
    );
    await expect(mergeCommand.run(args, capture().io)).rejects.toThrow('at least one SCOREFILE');
    await expect(
      mergeCommand.run([...args, '--tie-policy', 'lottery', 'x'], capture().io),
    ).rejects.toThrow('--tie-policy');
  });
});
