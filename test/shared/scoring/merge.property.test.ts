import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildHistory,
  decisionKey,
  isLinear,
  mergeScoreFiles,
  mergeVerdictForArrival,
} from '../../../src-shared/scoring';
import type { MergeDecisions, MergeResult, ScoreFileMeta } from '../../../src-shared/scoring';
import { snapshot } from './merge-helpers';

const JURORS = ['j1', 'j2'] as const;

/** Arbitrary metadata: links to earlier, later, unknown or no files (many conflicts). */
const wildFiles: fc.Arbitrary<ScoreFileMeta[]> = fc
  .array(
    fc.record({
      juror: fc.constantFrom(...JURORS),
      revision: fc.integer({ min: 1, max: 6 }),
      prev: fc.oneof(
        fc.constant<{ kind: 'null' }>({ kind: 'null' }),
        fc.nat({ max: 20 }).map((n) => ({ kind: 'file' as const, n })),
        fc.nat({ max: 3 }).map((n) => ({ kind: 'unknown' as const, n })),
      ),
      final: fc.boolean(),
    }),
    { maxLength: 9 },
  )
  .map((specs) =>
    specs.map((s, i) => {
      let previousDigest: string | null = null;
      if (s.prev.kind === 'unknown') previousDigest = `u${s.prev.n}`;
      if (s.prev.kind === 'file' && s.prev.n % specs.length !== i) {
        previousDigest = `f${s.prev.n % specs.length}`;
      }
      return {
        fileId: `f${i}`,
        jurorId: s.juror,
        revision: s.revision,
        previousDigest,
        final: s.final,
      };
    }),
  );

/** Histories as juror apps make them: each export builds on an earlier one, so they branch like real forks. */
const treeFiles: fc.Arbitrary<ScoreFileMeta[]> = fc
  .array(
    fc.record({
      juror: fc.constantFrom(...JURORS),
      parent: fc.nat({ max: 10 }),
      skipped: fc.boolean(), // the intermediate export never reached the chair
      final: fc.boolean(),
    }),
    { maxLength: 9 },
  )
  .map((specs) => {
    const out: ScoreFileMeta[] = [];
    specs.forEach((s, i) => {
      const own = out.filter((f) => f.jurorId === s.juror);
      const parent = own[s.parent % (own.length + 1)]; // sometimes a fresh start
      const step = s.skipped ? 2 : 1;
      const revision = (parent?.revision ?? 0) + step;
      const previousDigest = s.skipped ? `m${i}` : (parent?.fileId ?? null);
      out.push({ fileId: `f${i}`, jurorId: s.juror, revision, previousDigest, final: s.final });
    });
    return out;
  });

const anyFiles = fc.oneof(wildFiles, treeFiles);

/** Decisions naming present files (by juror and revision), plus some stray keys. */
const withDecisions = anyFiles.chain((files) =>
  fc.tuple(
    fc.constant(files),
    fc
      .array(fc.oneof(fc.nat({ max: 20 }), fc.constant(-1)), { maxLength: 3 })
      .map((picks): MergeDecisions => {
        const m = new Map<string, string>();
        for (const p of picks) {
          const f = files[p % Math.max(files.length, 1)];
          if (p < 0 || f === undefined) m.set(decisionKey('j1', 9), 'nothing');
          else m.set(decisionKey(f.jurorId, f.revision), f.fileId);
        }
        return m;
      }),
  ),
);

const permutation = <T>(xs: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });

const topRevision = (files: readonly ScoreFileMeta[], juror: string): number =>
  Math.max(0, ...files.filter((f) => f.jurorId === juror).map((f) => f.revision));

describe('merge properties', () => {
  it('order independence: any permutation gives the same result', () => {
    fc.assert(
      fc.property(
        withDecisions.chain(([files, d]) =>
          fc.tuple(fc.constant(files), fc.constant(d), permutation(files), permutation([...d])),
        ),
        ([files, decisions, shuffled, shuffledDecisions]) => {
          expect(snapshot(mergeScoreFiles(shuffled, new Map(shuffledDecisions)))).toBe(
            snapshot(mergeScoreFiles(files, decisions)),
          );
        },
      ),
    );
  });

  it('idempotence: adding a file already present changes nothing', () => {
    fc.assert(
      fc.property(withDecisions, fc.nat(), ([files, decisions], pick) => {
        fc.pre(files.length > 0);
        const again = files[pick % files.length];
        if (again === undefined) return;
        const before = mergeScoreFiles(files, decisions);
        expect(snapshot(mergeScoreFiles([...files, again], decisions))).toBe(snapshot(before));
        const report = mergeVerdictForArrival(before, { ...again });
        expect(report.verdict).toBe('duplicate');
        expect(report.result).toBe(before);
      }),
    );
  });

  it('arrivals in any order end where the set merge ends', () => {
    fc.assert(
      fc.property(
        withDecisions.chain(([files, d]) =>
          fc.tuple(fc.constant(files), fc.constant(d), permutation(files)),
        ),
        ([files, decisions, order]) => {
          let state: MergeResult = mergeScoreFiles([], decisions);
          for (const f of order) {
            const report = mergeVerdictForArrival(state, f);
            expect(report.verdict).toBe(report.result.verdicts.get(f.fileId));
            state = report.result;
          }
          expect(snapshot(state)).toBe(snapshot(mergeScoreFiles(files, decisions)));
        },
      ),
    );
  });

  it('replays never win: the head, when there is one, has the juror’s highest revision', () => {
    fc.assert(
      fc.property(anyFiles, (files) => {
        const r = mergeScoreFiles(files);
        for (const juror of JURORS) {
          const state = r.jurors.get(juror);
          if (state?.head == null) continue;
          expect(state.head.revision).toBe(topRevision(files, juror));
        }
      }),
    );
  });

  it('replays never win: adding a lower revision never moves the head down', () => {
    fc.assert(
      fc.property(anyFiles, anyFiles, (files, extra) => {
        const before = mergeScoreFiles(files);
        for (const g of extra) {
          const moved = { ...g, fileId: `x-${g.fileId}` };
          const head = before.jurors.get(moved.jurorId)?.head;
          if (head == null || moved.revision >= head.revision) continue;
          const after = mergeScoreFiles([...files, moved]).jurors.get(moved.jurorId)?.head;
          // Either the same head, or none while the chair decides: never the lower file.
          expect(after === null || after?.digest === head.digest).toBe(true);
        }
      }),
    );
  });

  it('replays of one honest history are always superseded by its highest revision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.subarray(
              Array.from({ length: n }, (_, i) => i),
              { minLength: 1 },
            ),
          ),
        ),
        ([n, keep]) => {
          const chain = Array.from({ length: n }, (_, i) => ({
            fileId: `c${i + 1}`,
            jurorId: 'j1',
            revision: i + 1,
            previousDigest: i === 0 ? null : `c${i}`,
            final: false,
          }));
          const present = keep.map((i) => chain[i]).filter((f) => f !== undefined);
          const r = mergeScoreFiles(present);
          const top = present[present.length - 1];
          expect(r.jurors.get('j1')?.head?.digest).toBe(top?.fileId);
          for (const f of present) {
            expect(r.verdicts.get(f.fileId)).toBe(f === top ? 'accepted' : 'superseded');
          }
          expect(r.jurors.get('j1')?.contested).toEqual([]);
        },
      ),
    );
  });

  it('verdicts are complete and consistent with the juror states', () => {
    fc.assert(
      fc.property(withDecisions, ([files, decisions]) => {
        const r = mergeScoreFiles(files, decisions);
        expect(r.verdicts.size).toBe(new Set(files.map((f) => f.fileId)).size);
        expect([...r.verdicts.values()]).not.toContain('duplicate');
        for (const [juror, state] of r.jurors) {
          const accepted = r.files.filter(
            (f) => f.jurorId === juror && r.verdicts.get(f.fileId) === 'accepted',
          );
          expect(accepted.map((f) => f.fileId)).toEqual(state.head ? [state.head.digest] : []);
          expect(state.awaitingDecision).toBe(state.head === null);
          // A linear history has nothing to decide.
          const own = files.filter((f) => f.jurorId === juror);
          const linear = isLinear(
            buildHistory(own),
            own.map((f) => f.fileId),
          );
          if (linear) expect(state.contested).toEqual([]);
          if (linear) expect(state.head?.revision).toBe(topRevision(files, juror));
        }
      }),
    );
  });
});
