import { describe, expect, it } from 'vitest';
import { openResult } from '../../../src-main/services/exchange';
import { checkScoreFile, exportChairResult } from '../../../src-main/services/chair';
import {
  buildResultContent,
  chairApplications,
  consolidate,
  emptyDeliberation,
} from '../../../src-shared/chair';
import type { Deliberation, VerifiedFile } from '../../../src-shared/chair';
import { decisionKey } from '../../../src-shared/scoring';
import { buildJury, NOW, scoreFile, tamper } from './jury';
import type { Jury } from './jury';

function verified(jury: Jury, bytes: Uint8Array): VerifiedFile {
  const c = checkScoreFile(bytes, jury.chair, jury.pkg('juror-1'));
  if (!c.ok) throw new Error(`expected a valid file, got ${c.reason}`);
  return c.file;
}

const jury = buildJury();
const pkg = jury.pkg('juror-1');
const JURORS = ['juror-1', 'juror-2', 'juror-3', 'juror-4', 'juror-5', 'juror-6'];
const files = JURORS.map((j) =>
  scoreFile(
    jury,
    j,
    j === 'juror-5' ? { conflicts: [{ applicationId: 'app-07', reason: 'Släkt' }] } : {},
  ),
);
const set = files.map((f) => verified(jury, f.bytes));
const options = { tieChoice: 'chain' as const, finalistCount: 5 };
/** The standard tie-break chain: median, then each criterion's mean in the round's order, then id. */
const TIE_STEPS = [
  { by: 'median' },
  ...['L', 'I', 'K', 'A', 'D', 'W', 'S', 'P'].map((criterion) => ({
    by: 'criterion-mean',
    criterion,
  })),
  { by: 'application-id' },
];

describe('consolidating real score files', () => {
  const c = consolidate(pkg, set, new Map(), options);

  it('uses one file per juror and every application of the package', () => {
    expect(c.heads.map((h) => h.jurorId)).toEqual(JURORS);
    expect(c.built.input.applications).toHaveLength(9);
    expect(c.table?.rows).toHaveLength(9);
  });

  it('lists roster and declared conflicts, and leaves the conflicted cells out', () => {
    expect(c.built.conflicts.map((x) => [x.jurorId, x.applicationId, x.source])).toEqual([
      ['juror-3', 'app-04', 'roster'],
      ['juror-5', 'app-07', 'declared'],
    ]);
    const app04 = c.table?.rows.find((r) => r.applicationId === 'app-04');
    expect([app04?.n, app04?.conflicts]).toEqual([5, 1]);
  });

  it('matches weighted totals and means computed by hand from the files', () => {
    const weights = new Map(pkg.round.criteria.map((k) => [k.key as string, k.weight]));
    for (const appId of ['app-01', 'app-03', 'app-09']) {
      const totals: number[] = [];
      for (const f of set) {
        let sum = 0;
        let w = 0;
        for (const s of f.payload.scores) {
          if (s.applicationId !== appId || typeof s.value !== 'number') continue;
          sum += (weights.get(s.criterion) ?? 0) * s.value;
          w += weights.get(s.criterion) ?? 0;
        }
        if (w > 0) totals.push(sum / w);
      }
      const row = c.table?.rows.find((r) => r.applicationId === appId);
      expect(row?.n).toBe(totals.length);
      expect(row?.mean).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 12);
      expect(row?.range).toBeCloseTo(Math.max(...totals) - Math.min(...totals), 12);
    }
    // Juror 6 gives app-03 a 1 everywhere: the spread is flagged for discussion.
    expect(c.table?.rows.find((r) => r.applicationId === 'app-03')?.disagreement).toBe(true);
  });

  it('applies score changes to the view, never to the files, and ignores changes it must not apply', () => {
    const before = set[1]?.payload.scores.find(
      (s) => s.applicationId === 'app-06' && s.criterion === 'L',
    );
    const changed = consolidate(pkg, set, new Map(), {
      ...options,
      scoreChanges: [
        {
          jurorId: 'juror-2',
          applicationId: 'app-06',
          criterion: 'L',
          before: before?.value ?? null,
          after: 5,
          reason: 'Omprövat',
          at: NOW.toISOString(),
        },
        {
          jurorId: 'juror-3',
          applicationId: 'app-04',
          criterion: 'L',
          before: null,
          after: 5,
          reason: 'jäv',
          at: NOW.toISOString(),
        },
        {
          jurorId: 'juror-2',
          applicationId: 'app-06',
          criterion: 'I',
          before: 3,
          after: 9,
          reason: 'utanför skalan',
          at: NOW.toISOString(),
        },
      ],
    });
    expect(changed.built.input.scores.get('juror-2')?.get('app-06')?.get('L')).toBe(5);
    expect(changed.built.input.scores.get('juror-3')?.get('app-04')).toBeUndefined();
    expect(changed.built.input.scores.get('juror-2')?.get('app-06')?.get('I')).toBe(
      c.built.input.scores.get('juror-2')?.get('app-06')?.get('I'),
    );
    // The verified payload is untouched.
    expect(
      set[1]?.payload.scores.find((s) => s.applicationId === 'app-06' && s.criterion === 'L')
        ?.value,
    ).toBe(before?.value);
  });

  it('includes applications the chair is conflicted on (named by the roster, without text)', () => {
    const withChairConflict = buildJury({
      conflicts: [{ jurorId: 'juror-1', applicationId: 'app-02', reason: 'Bor i kommunen' }],
    });
    const chairPkg = withChairConflict.pkg('juror-1');
    expect(chairPkg.applications.map((a) => a.id)).not.toContain('app-02');
    expect(chairApplications(chairPkg).at(-1)).toEqual({
      id: 'app-02',
      label: 'app-02',
      inPackage: false,
    });
    const others = ['juror-2', 'juror-3'].map((j) =>
      verified(withChairConflict, scoreFile(withChairConflict, j).bytes),
    );
    const cc = consolidate(chairPkg, others, new Map(), options);
    expect(cc.table?.rows.find((r) => r.applicationId === 'app-02')?.n).toBe(2);
  });
});

describe('the result content', () => {
  const deliberation: Deliberation = {
    ...emptyDeliberation(),
    finalists: ['app-05', 'app-09', 'app-01'],
    winner: 'app-09',
    motivation: 'Första stycket.\n\nAndra stycket.',
    minutes: 'Protokoll från juryns möte.\n\n§ 1 Juryn gick igenom de nio ansökningarna.',
    decisions: [{ at: NOW.toISOString(), text: 'Fem finalister valda.' }],
    zViewShown: true,
  };

  it('is the same for the same inputs in any order', () => {
    const a = buildResultContent(consolidate(pkg, set, new Map(), options), deliberation);
    const b = buildResultContent(
      consolidate(pkg, [...set].reverse(), new Map(), options),
      deliberation,
    );
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.inputs.map((i) => i.jurorId)).toEqual(JURORS);
    expect(a.inputs.map((i) => i.digest)).toEqual(files.map((f) => f.digest));
    // Finalists come in ranking order, whatever order the chair ticked them.
    const rank = new Map(a.ranking.map((r) => [r.applicationId, r.rank]));
    const ranks = a.finalists.map((f) => rank.get(f) ?? 0);
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
    expect(a.aggregates).toHaveLength(9 * 8);
  });

  it('is signed by the chair, encrypted to the organiser, and opens with openResult', () => {
    const made = exportChairResult({
      packageBytes: jury.packageFile('juror-1').bytes,
      packageOptions: {},
      files: [...files].reverse().map((f) => f.bytes),
      decisions: [],
      deliberation,
      me: jury.chair,
      appVersion: '0.1.0-test',
      now: NOW,
    });
    if (!made.ok) throw new Error(made.reason);
    const opened = openResult(made.file.bytes, { organiser: jury.organiser, roster: jury.roster });
    const p = opened.payload;
    expect(opened.digest).toBe(made.file.digest);
    expect(p.winner).toBe('app-09');
    expect(p.motivation).toBe(deliberation.motivation);
    expect(p.minutes).toBe(deliberation.minutes);
    expect(p.appVersion).toBe('0.1.0-test');
    expect(p.createdAt).toBe(NOW.toISOString());
    expect([p.roundId, p.phaseId, p.rosterVersion]).toEqual([jury.round.id, jury.phase.id, 1]);
    expect([p.signerKeyId, p.recipientKeyId]).toEqual([
      jury.chair.keyId,
      jury.organiser.encryptionKeyId,
    ]);
    // The method says how to reproduce the table: the aggregation, the chosen tie policy,
    // and that z-scores were only looked at (never used for the ranking).
    expect(p.method).toEqual({
      aggregation: 'mean of weighted totals',
      tiePolicy: { choice: 'chain', kind: 'chain', steps: TIE_STEPS },
      normalisation: 'z-score-view-only',
    });
    // Every accepted file by juror, revision and digest: the files given in reverse order.
    expect(p.inputs).toEqual(
      JURORS.map((jurorId, i) => ({ jurorId, revision: 1, digest: files[i]?.digest })),
    );
    expect(p.decisions).toEqual(deliberation.decisions);
    // The chair's finalists, listed in ranking order.
    expect(p.finalists).toEqual(
      p.ranking.map((r) => r.applicationId).filter((id) => deliberation.finalists.includes(id)),
    );
    expect([...p.finalists].sort()).toEqual(['app-01', 'app-05', 'app-09']);
    expect(p.conflicts).toEqual([
      { jurorId: 'juror-3', applicationId: 'app-04', reason: 'Arbetar i kommunen' },
      { jurorId: 'juror-5', applicationId: 'app-07', reason: 'Släkt' },
    ]);
    expect(p.ranking[0]).toMatchObject({ applicationId: 'app-09', rank: 1 });
  });

  it('refuses while a juror is on hold, for a stored file that no longer verifies, and for a winner outside the finalists', () => {
    const base = {
      packageBytes: jury.packageFile('juror-1').bytes,
      packageOptions: {},
      decisions: [],
      me: jury.chair,
      appVersion: '0.1.0-test',
    };
    const other = scoreFile(jury, 'juror-2', { status: 'draft' });
    const onHold = exportChairResult({
      ...base,
      files: [...files.map((f) => f.bytes), other.bytes],
      deliberation,
    });
    expect(onHold).toEqual({ ok: false, reason: 'AWAITING_DECISION' });
    const decided = exportChairResult({
      ...base,
      files: [...files.map((f) => f.bytes), other.bytes],
      decisions: [{ jurorId: 'juror-2', revision: 1, digest: other.digest }],
      deliberation,
    });
    expect(decided.ok).toBe(true);
    if (decided.ok) expect(decided.content.inputs[1]?.digest).toBe(other.digest);
    expect(decisionKey('juror-2', 1)).toBe('juror-2:1');
    const broken = exportChairResult({
      ...base,
      files: [tamper(files[0]?.bytes ?? new Uint8Array())],
      deliberation,
    });
    expect(broken).toEqual({ ok: false, reason: 'STORED_FILE_INVALID' });
    const badWinner = exportChairResult({
      ...base,
      files: files.map((f) => f.bytes),
      deliberation: { ...deliberation, winner: 'app-06' },
    });
    expect(badWinner).toEqual({ ok: false, reason: 'INVALID_RESULT' });
  });
});
