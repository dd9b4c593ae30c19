import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliFailure, UsageError } from '../../../src-main/cli/args';
import { scoreCommand } from '../../../src-main/cli/commands/score';
import { runCli } from '../../../src-main/cli/run';
import { writeDemo } from '../../../src-main/services/demo/write-demo';
import { createContainer, sha256Hex, signerOf } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import {
  SCORE_FILE_FORMAT,
  SCORE_FILE_PAYLOAD_TYPE,
  verifyScoreFileForChair,
} from '../../../src-main/services/exchange';
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
let juror2: Identity;

/**
 * The same score file as one written before the clear header carried the
 * revision: same signed content, header without `revision`, signed by
 * juror 2 and encrypted to the chair.
 */
function withoutHeaderRevision(path: string, out: string): string {
  const v = verifyScoreFileForChair(new Uint8Array(readFileSync(path)), { chair, pkg: chairPkg });
  if (!v.ok) throw new Error(v.reason);
  const { award, roundId, phaseId, rosterVersion, recipientKeyId, signerKeyId } = v.payload;
  const header = { award, roundId, phaseId, rosterVersion, recipientKeyId, signerKeyId };
  const bytes = createContainer({
    format: SCORE_FILE_FORMAT,
    version: v.payload.version,
    header,
    payloadType: SCORE_FILE_PAYLOAD_TYPE,
    payload: v.payload,
    signer: signerOf(juror2),
    recipientPublicKey: chair.encryption.publicKey,
  });
  writeFileSync(out, bytes);
  return out;
}

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
  const j2 = ids.get('juror-2');
  if (!c || !cp || !p2 || !j2) throw new Error('demo incomplete');
  juror2 = j2;
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

  it('chains to a renamed previous file by the revision in its clear header', async () => {
    const sheet = file(
      's.csv',
      csv(pkg2, () => '3'),
    );
    const first = join(work, 'first.juryrum');
    expect(await score(args(sheet, first), capture().io)).toBe(0);
    const renamed = join(work, 'mail-attachment.juryrum');
    copyFileSync(first, renamed);
    const next = join(work, 'x.juryrum');
    expect(await score([...args(sheet, next, ['--previous', renamed])], capture().io)).toBe(0);
    const v = verifyScoreFileForChair(new Uint8Array(readFileSync(next)), { chair, pkg: chairPkg });
    if (!v.ok) throw new Error(v.reason);
    expect(v.meta).toMatchObject({
      revision: 2,
      previousDigest: sha256Hex(new Uint8Array(readFileSync(first))),
    });

    // A name that says otherwise does not win over the file itself.
    const misnamed = join(work, 'first-r7.juryrum');
    copyFileSync(first, misnamed);
    const noted = capture();
    const after = join(work, 'after-misnamed.juryrum');
    expect(await score([...args(sheet, after, ['--previous', misnamed])], noted.io)).toBe(0);
    expect(noted.err.join('')).toMatch(/says revision 7, but the file itself is revision 1/);
    const va = verifyScoreFileForChair(new Uint8Array(readFileSync(after)), {
      chair,
      pkg: chairPkg,
    });
    if (!va.ok) throw new Error(va.reason);
    expect(va.meta.revision).toBe(2);
  });

  it('needs --revision for an older file whose header and name do not tell it', async () => {
    const sheet = file(
      'old.csv',
      csv(pkg2, () => '3'),
    );
    const first = join(work, 'old-first.juryrum');
    expect(await score(args(sheet, first), capture().io)).toBe(0);
    const older = withoutHeaderRevision(first, join(work, 'old-attachment.juryrum'));
    // The older style is still a valid score file for the chair.
    expect(
      verifyScoreFileForChair(new Uint8Array(readFileSync(older)), { chair, pkg: chairPkg }).ok,
    ).toBe(true);
    const c = capture();
    expect(
      await score([...args(sheet, join(work, 'old-x.juryrum'), ['--previous', older])], c.io),
    ).toBe(2);
    expect(c.err.join('')).toMatch(/--revision/);
    expect(existsSync(join(work, 'old-x.juryrum'))).toBe(false);
    expect(
      await score(
        [...args(sheet, join(work, 'old-y.juryrum'), ['--previous', older, '--revision', '2'])],
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

describe('CLI score: the revision chain and inspect', () => {
  /** The chair's key file, passphrase file and package, as inspect needs them. */
  function chairFlags(): string[] {
    const p = passphrasesOf(dir).people.find((x) => x.id === 'juror-1');
    const pkg = filesIn(dir, 'packages').find((f) => f.includes('annika-solberg'));
    if (!p || !pkg) throw new Error('no chair in the demo folder');
    return [
      '--identity',
      join(dir, p.keyFile),
      '--passphrase-file',
      file('chair.pass', `${p.passphrase}\n`),
      '--trust',
      pkg,
    ];
  }

  it('inspect, with the chair’s key file, verifies what score wrote and shows its content', async () => {
    const sheet = file(
      'inspect.csv',
      csv(pkg2, (i, k) => (i === 2 && k === 0 ? 'cannot-assess' : i === 3 && k === 1 ? '' : '4')),
    );
    const out = join(work, 'juryrum-poang-inspect-r1.juryrum');
    const s = capture();
    expect(await runCli(['score', ...args(sheet, out)], s.io)).toBe(0);

    const text = capture();
    expect(await runCli(['inspect', out, ...chairFlags()], text.io)).toBe(0);
    const report = text.out.join('');
    expect(report).toMatch(/Juror: +Henrik Ålund \[juror-2\]/);
    expect(report).toMatch(/Revision: 1 \(draft\)/);
    expect(report).toMatch(/9 applications, 70 scores, 1 cannot assess, 1 empty, 72 comments/);

    const json = capture();
    expect(await runCli(['inspect', out, ...chairFlags(), '--json'], json.io)).toBe(0);
    const shown = JSON.parse(json.out.join('')) as Record<string, unknown>;
    expect(shown).toMatchObject({
      kind: 'score-file',
      verified: true,
      signer: { verified: true, name: 'Henrik Ålund' },
      content: {
        juror: { jurorId: 'juror-2', name: 'Henrik Ålund' },
        revision: 1,
        previousDigest: null,
        status: 'draft',
        counts: { applications: 9, scores: 70, cannotAssess: 1, empty: 1, conflicts: 0 },
      },
    });
    // Without the chair's key, the file cannot be read (it is the juror's, to the chair).
    const mine = capture();
    const juror2 = args(sheet, out);
    const trust = chairFlags().slice(4);
    expect(
      await runCli(
        [
          'inspect',
          out,
          '--identity',
          juror2[3] ?? '',
          '--passphrase-file',
          juror2[5] ?? '',
          ...trust,
        ],
        mine.io,
      ),
    ).toBe(1);
    expect(mine.err.join('')).toMatch(/NOT_FOR_ME/);
  });

  it('refuses a --revision that is not above the previous file’s, and writes nothing', async () => {
    const sheet = file(
      'chain.csv',
      csv(pkg2, () => '3'),
    );
    const r1 = join(work, 'chain-r1.juryrum');
    expect(await runCli(['score', ...args(sheet, r1)], capture().io)).toBe(0);
    const r2 = join(work, 'chain-r2.juryrum');
    expect(await runCli(['score', ...args(sheet, r2, ['--previous', r1])], capture().io)).toBe(0);

    for (const revision of ['2', '1']) {
      const bad = join(work, `chain-bad-${revision}.juryrum`);
      const c = capture();
      const code = await runCli(
        ['score', ...args(sheet, bad, ['--previous', r2, '--revision', revision])],
        c.io,
      );
      if (revision === '2') {
        expect(code).toBe(1);
        expect(c.err.join('')).toMatch(
          /--revision 2 contradicts the previous file chain-r2\.juryrum, which is revision 2: the new revision must be higher \(3\)/,
        );
      } else {
        expect(code).toBe(2);
        expect(c.err.join('')).toMatch(/--revision with --previous must be at least 2/);
      }
      expect(existsSync(bad)).toBe(false);
    }

    // Higher than the name says: accepted, a gap is noted; the chair sees the link.
    const r5 = join(work, 'chain-r5.juryrum');
    const gap = capture();
    expect(
      await runCli(['score', ...args(sheet, r5, ['--previous', r2, '--revision', '5'])], gap.io),
    ).toBe(0);
    expect(gap.err.join('')).toMatch(/Note: revision 5 follows revision 2/);
    const v5 = verifyScoreFileForChair(new Uint8Array(readFileSync(r5)), { chair, pkg: chairPkg });
    if (!v5.ok) throw new Error(v5.reason);
    expect(v5.meta).toMatchObject({
      revision: 5,
      previousDigest: sha256Hex(new Uint8Array(readFileSync(r2))),
    });

    // A file renamed without -rN still carries its revision in its header:
    // a contradicting --revision is refused all the same.
    const renamed = join(work, 'bilaga.juryrum');
    copyFileSync(r2, renamed);
    const stillChecked = capture();
    expect(
      await runCli(
        [
          'score',
          ...args(sheet, join(work, 'r2-again.juryrum'), [
            '--previous',
            renamed,
            '--revision',
            '2',
          ]),
        ],
        stillChecked.io,
      ),
    ).toBe(1);
    expect(stillChecked.err.join('')).toMatch(/which is revision 2/);

    // An older file (no revision in its header) with no -rN in its name:
    // --revision is taken as given, with a note that it was not checked.
    const older = withoutHeaderRevision(r2, join(work, 'bilaga-aldre.juryrum'));
    const unchecked = capture();
    expect(
      await runCli(
        [
          'score',
          ...args(sheet, join(work, 'r3.juryrum'), ['--previous', older, '--revision', '3']),
        ],
        unchecked.io,
      ),
    ).toBe(0);
    expect(unchecked.err.join('')).toMatch(
      /Note: neither bilaga-aldre\.juryrum nor its name shows its revision/,
    );
  });

  it('refuses a previous file that is another juror’s, or not a score file', async () => {
    const sheet = file(
      'prev.csv',
      csv(pkg2, () => '3'),
    );
    const others = filesIn(dir, 'scores').find((f) => f.includes('mirja-koskinen'));
    const aPackage = filesIn(dir, 'packages').find((f) => f.includes('henrik'));
    if (!others || !aPackage) throw new Error('demo incomplete');
    const cases: [string, RegExp][] = [
      [others, /was not signed with this identity/],
      [aPackage, /is not a score file/],
    ];
    for (const [previous, message] of cases) {
      const out = join(work, 'prev-out.juryrum');
      const c = capture();
      expect(await runCli(['score', ...args(sheet, out, ['--previous', previous])], c.io)).toBe(1);
      expect(c.err.join('')).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });
});
