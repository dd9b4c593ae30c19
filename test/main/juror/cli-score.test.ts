import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliFailure, UsageError } from '../../../src-main/cli/args';
import { scoreCommand } from '../../../src-main/cli/commands/score';
import { writeDemo } from '../../../src-main/services/demo/write-demo';
import { sha256Hex } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import { verifyScoreFileForChair } from '../../../src-main/services/exchange';
import type { PackagePayload } from '../../../src-main/services/exchange';
import { filesIn, identitiesOf, packagesByJuror, passphrasesOf } from '../demo/helpers';

/** Run `score` as runCli would once it is registered: exit 2 for usage, 1 for failures. */
async function score(argv: string[], io: ReturnType<typeof capture>['io']): Promise<number> {
  try {
    return await scoreCommand.run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    if (e instanceof CliFailure) {
      io.err(`Error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

let dir = '';
let work = '';
let chair: Identity;
let chairPkg: PackagePayload;
let pkg2: PackagePayload;
let pkgFile2 = '';

/** Write `text` as a file in the work folder and return its path. */
function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

function args(scores: string, out: string, extra: string[] = [], who = 'juror-2'): string[] {
  const p = passphrasesOf(dir).people.find((x) => x.id === who);
  if (!p) throw new Error('no such person');
  return [
    '--package',
    pkgFile2,
    '--identity',
    join(dir, p.keyFile),
    '--passphrase-file',
    file(`${who}.pass`, `${p.passphrase}\n`),
    '--scores',
    scores,
    '--out',
    out,
    ...extra,
  ];
}

/** A long-format CSV scoring every criterion of every application with `value`. */
function csv(pkg: PackagePayload, value: (app: number, crit: number) => string): string {
  const rows = pkg.applications.flatMap((a, i) =>
    pkg.round.criteria.map(
      (c, k) =>
        `${i % 2 === 0 ? a.id : a.pseudonym};${k % 2 === 0 ? c.key : c.name};${value(i, k)};"Kommentar; med ""citat"""`,
    ),
  );
  return `application;criterion;score;comment\n${rows.join('\n')}\n`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'juryrum-score-'));
  work = mkdtempSync(join(tmpdir(), 'juryrum-score-work-'));
  await writeDemo(dir);
  const ids = await identitiesOf(dir);
  const pkgs = packagesByJuror(dir, ids);
  const c = ids.get('juror-1');
  const cp = pkgs.get('juror-1');
  const p2 = pkgs.get('juror-2');
  if (!c || !cp || !p2) throw new Error('demo incomplete');
  chair = c;
  chairPkg = cp;
  pkg2 = p2;
  pkgFile2 = filesIn(dir, 'packages').find((f) => f.includes('henrik')) ?? '';
});

describe('CLI score', () => {
  it('builds a score file from a CSV that the chair verifies, and chains revisions', async () => {
    const sheet = file(
      'scores.csv',
      csv(pkg2, (i, k) => (i === 0 && k === 1 ? 'cannot-assess' : String(1 + ((i + k) % 5)))),
    );
    const r1Path = join(work, 'juryrum-poang-r1.juryrum');
    const { io, out } = capture();
    expect(await score(args(sheet, r1Path), io)).toBe(0);
    expect(out.join('')).toMatch(/revision 1 \(final\)/);
    const r1 = new Uint8Array(readFileSync(r1Path));
    const v1 = verifyScoreFileForChair(r1, { chair, pkg: chairPkg });
    if (!v1.ok) throw new Error(v1.reason);
    expect(v1.meta).toMatchObject({
      jurorId: 'juror-2',
      revision: 1,
      previousDigest: null,
      final: true,
    });
    expect(v1.payload.scores).toHaveLength(9 * 8);
    const first = pkg2.applications[0];
    expect(
      v1.payload.scores.find((s) => s.applicationId === first?.id && s.criterion === 'I')?.value,
    ).toBe('cannot-assess');
    expect(v1.payload.scores[0]?.comment).toBe('Kommentar; med "citat"');

    // The next revision names the previous file's digest; its revision comes from the name.
    const edited = file(
      'scores2.csv',
      csv(pkg2, () => '4'),
    );
    const r2Path = join(work, 'r2.juryrum');
    expect(
      await score(
        [...args(edited, r2Path, ['--previous', r1Path, '--status', 'draft'])],
        capture().io,
      ),
    ).toBe(0);
    const v2 = verifyScoreFileForChair(new Uint8Array(readFileSync(r2Path)), {
      chair,
      pkg: chairPkg,
    });
    if (!v2.ok) throw new Error(v2.reason);
    expect(v2.meta.revision).toBe(2);
    expect(v2.meta.previousDigest).toBe(sha256Hex(r1));
    expect(v2.meta.previousDigest).toBe(v1.digest);
    expect(v2.meta.final).toBe(false);
  });

  it('needs --revision when the previous file name does not tell it', async () => {
    const sheet = file(
      's.csv',
      csv(pkg2, () => '3'),
    );
    const first = join(work, 'first.juryrum');
    expect(await score(args(sheet, first), capture().io)).toBe(0);
    const renamed = join(work, 'mail-attachment.juryrum');
    copyFileSync(first, renamed);
    const c = capture();
    expect(
      await score([...args(sheet, join(work, 'x.juryrum'), ['--previous', renamed])], c.io),
    ).toBe(2);
    expect(c.err.join('')).toMatch(/--revision/);
    expect(
      await score(
        [...args(sheet, join(work, 'y.juryrum'), ['--previous', renamed, '--revision', '2'])],
        capture().io,
      ),
    ).toBe(0);
  });

  it('a declared conflict carries the declaration and no scores', async () => {
    const target = pkg2.applications[3]?.id ?? '';
    const rows = csv(pkg2, () => '2')
      .split('\n')
      .filter(
        (l) => !l.startsWith(`${target};`) && !l.startsWith(`${pkg2.applications[3]?.pseudonym};`),
      )
      .join('\n');
    const out = join(work, 'conflict.juryrum');
    expect(
      await score(
        args(file('c.csv', rows), out, ['--conflict', `${target}=Min syster arbetar där`]),
        capture().io,
      ),
    ).toBe(0);
    const v = verifyScoreFileForChair(new Uint8Array(readFileSync(out)), { chair, pkg: chairPkg });
    if (!v.ok) throw new Error(v.reason);
    expect(v.payload.conflicts).toEqual([
      { applicationId: target, reason: 'Min syster arbetar där' },
    ]);
    expect(v.payload.scores.some((s) => s.applicationId === target)).toBe(false);
  });

  it('refuses bad rows with their row numbers and writes nothing', async () => {
    const text =
      'application;criterion;score;comment\napp-01;L;7;\nnope;L;3;\napp-01;Ledning;3,5;\napp-02;ZZ;3;\n';
    const out = join(work, 'bad.juryrum');
    const c = capture();
    expect(await score(args(file('bad.csv', text), out), c.io)).toBe(1);
    const err = c.err.join('');
    expect(err).toMatch(/row 2: out-of-range \(7\)/);
    expect(err).toMatch(/row 3: unknown-application \(nope\)/);
    expect(err).toMatch(/row 4: not-integer \(3,5\)/);
    expect(err).toMatch(/row 5: unknown-criterion \(ZZ\)/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses a wrong passphrase and a package for someone else', async () => {
    const sheet = file(
      'ok.csv',
      csv(pkg2, () => '3'),
    );
    const wrong = args(sheet, join(work, 'w.juryrum'));
    wrong[wrong.indexOf('--passphrase-file') + 1] = file('wrong.pass', 'not it\n');
    const c = capture();
    expect(await score([...wrong], c.io)).toBe(1);
    expect(c.err.join('')).toMatch(/passphrase does not open the key file/);
    const other = capture();
    expect(await score([...args(sheet, join(work, 'o.juryrum'), [], 'juror-3')], other.io)).toBe(1);
    expect(other.err.join('')).toMatch(/for someone else/);
  });
});
