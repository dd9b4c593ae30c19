import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src-main/cli/run';
import { importKeyFile } from '../../../src-main/services/crypto';
import type { MergeJson } from '../../../src-main/services/chair/merge-report';
import { consolidate } from '../../../src-shared/chair';
import { demoFolder, DEMO_JURORS, type DemoFolder } from '../chair/demo-folder';
import { passphrasesOf } from '../demo/helpers';

/** Where docs/cli.md writes the demo folder in its example. */
const DOCS_DIR = '/tmp/juryrum-demo';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

/** The merge example of docs/cli.md, with the demo folder it names replaced by `dir`. */
function documentedMerge(dir: string): string[] {
  const docs = readFileSync(join(import.meta.dirname, '../../../docs/cli.md'), 'utf8');
  const line = docs
    .split('\n')
    .find((l) => l.startsWith(`npm run cli -- merge --package ${DOCS_DIR}/`));
  if (line === undefined) throw new Error('docs/cli.md has no merge example on the demo folder');
  const words = line.replaceAll(DOCS_DIR, dir).split(/\s+/);
  expect(words.slice(0, 3)).toEqual(['npm', 'run', 'cli']);
  return words.slice(4);
}

let demo: DemoFolder;
beforeAll(async () => {
  demo = await demoFolder(mkdtempSync(join(tmpdir(), 'juryrum-merge-demo-')));
});

describe('merge on a freshly written demo folder', () => {
  it('runs exactly as docs/cli.md documents it: six accepted files and a ranking', async () => {
    const { io, out, err } = capture();
    expect(await runCli(documentedMerge(demo.dir), io)).toBe(0);
    expect(err.join('')).toBe('');
    const report = JSON.parse(out.join('')) as MergeJson;
    expect(report.files).toHaveLength(6);
    expect(report.files.map((f) => [f.verdict, f.reason])).toEqual(
      Array.from({ length: 6 }, () => ['accepted', 'FIRST_FILE']),
    );
    expect(report.files.map((f) => f.jurorId).sort()).toEqual(DEMO_JURORS);
    expect(report.jurors.map((j) => j.status)).toEqual(Array(6).fill('delivered'));
    // The demo's last juror has not quite finished: a draft is still used.
    expect(report.jurors.find((j) => j.jurorId === 'juror-6')?.final).toBe(false);

    // Nine applications, ranked, in the order the shared core (the app's table) gives.
    expect(report.ranking).toHaveLength(9);
    expect(report.ranking[0]?.rank).toBe(1);
    const files = await Promise.all(demo.scores.map((p) => demo.verified(p)));
    const table = consolidate(await demo.pkg('juror-1'), files, new Map(), {
      tieChoice: 'chain',
      finalistCount: 5,
    }).table;
    expect(report.ranking.map((e) => [e.applicationId, e.label, e.rank, e.n])).toEqual(
      table?.rows.map((r) => [r.applicationId, r.label, r.rank, r.n]),
    );
    expect(report.ranking.map((e) => e.mean)).toEqual(table?.rows.map((r) => r.mean));
    expect(report.reliability.alpha).toBe(table?.alpha.overall.alpha);
    expect(report.method.tiePolicy).toMatchObject({ choice: 'chain', kind: 'chain' });
  });

  it('takes the other tie policies the CLI can apply, and refuses the chair’s vote', async () => {
    const args = documentedMerge(demo.dir);
    const { io, out } = capture();
    expect(await runCli([...args, '--tie-policy', 'median-top-borda'], io)).toBe(0);
    expect((JSON.parse(out.join('')) as MergeJson).method.tiePolicy).toEqual({
      choice: 'median-top-borda',
      kind: 'chain',
      steps: [{ by: 'median' }, { by: 'top-scores' }, { by: 'borda' }],
    });
    const refused = capture();
    expect(await runCli([...args, '--tie-policy', 'chair-vote'], refused.io)).toBe(2);
    expect(refused.err.join('')).toMatch(/--tie-policy is chain, shared or median-top-borda/);
  });

  it('writes one passphrase file per person, each opening that person’s key file', async () => {
    const listed = passphrasesOf(demo.dir).people;
    expect(listed).toHaveLength(7);
    for (const person of listed) {
      const file = readFileSync(join(demo.dir, 'passphrases', `${person.id}.txt`), 'utf8');
      expect(file).toBe(`${person.passphrase}\n`);
      const me = await importKeyFile(
        new Uint8Array(readFileSync(join(demo.dir, person.keyFile))),
        file.replace(/\n$/, ''),
      );
      expect(me.fingerprint).toBe(person.fingerprint);
    }
    expect(readFileSync(join(demo.dir, 'passphrases', 'README.txt'), 'utf8')).toMatch(
      /^DEMO ONLY\./,
    );
  });
});
