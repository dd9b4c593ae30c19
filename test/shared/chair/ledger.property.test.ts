import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyArrivals,
  emptyImportState,
  mergeOf,
  REJECT_REASONS,
} from '../../../src-shared/chair';
import type { Arrival, ChairImportState } from '../../../src-shared/chair';
import type { ScoreFileMeta } from '../../../src-shared/scoring';
import { snapshot } from '../scoring/merge-helpers';

const AT = '2026-04-01T10:00:00.000Z';
const JURORS = ['j1', 'j2', 'j3'] as const;

/** Histories as juror apps make them: each export builds on an earlier one (so they can fork). */
const treeFiles: fc.Arbitrary<ScoreFileMeta[]> = fc
  .array(
    fc.record({
      juror: fc.constantFrom(...JURORS),
      parent: fc.nat({ max: 10 }),
      skipped: fc.boolean(),
      final: fc.boolean(),
    }),
    { maxLength: 10 },
  )
  .map((specs) => {
    const out: ScoreFileMeta[] = [];
    specs.forEach((s, i) => {
      const own = out.filter((f) => f.jurorId === s.juror);
      const parent = own[s.parent % (own.length + 1)];
      const revision = (parent?.revision ?? 0) + (s.skipped ? 2 : 1);
      const previousDigest = s.skipped ? `missing${i}` : (parent?.fileId ?? null);
      out.push({ fileId: `f${i}`, jurorId: s.juror, revision, previousDigest, final: s.final });
    });
    return out;
  });

/** Honest histories: one chain per juror, revisions 1..k. */
const linearFiles: fc.Arbitrary<ScoreFileMeta[]> = fc
  .tuple(...JURORS.map(() => fc.integer({ min: 0, max: 5 })))
  .map((lengths) =>
    lengths.flatMap((k, j) =>
      Array.from({ length: k }, (_, r) => ({
        fileId: `${JURORS[j]}-r${r + 1}`,
        jurorId: JURORS[j] ?? 'j',
        revision: r + 1,
        previousDigest: r === 0 ? null : `${JURORS[j]}-r${r}`,
        final: r + 1 === k,
      })),
    ),
  );

const rejected: fc.Arbitrary<Arrival> = fc
  .constantFrom(...REJECT_REASONS)
  .map((reason) => ({ fileName: `bad-${reason}.juryrum`, check: { ok: false, reason } }));

/** Arrivals: the files (each possibly repeated) plus some rejected files, in a random order. */
function arrivalsOf(files: fc.Arbitrary<ScoreFileMeta[]>): fc.Arbitrary<Arrival[]> {
  return files.chain((metas) =>
    fc
      .tuple(
        fc.array(fc.constantFrom(...(metas.length > 0 ? metas : [null])), { maxLength: 4 }),
        fc.array(rejected, { maxLength: 3 }),
      )
      .chain(([repeats, bad]) => {
        const all: Arrival[] = [
          ...[...metas, ...repeats]
            .filter((m): m is ScoreFileMeta => m !== null)
            .map((meta) => ({
              fileName: `${meta.fileId}.juryrum`,
              check: { ok: true as const, meta },
            })),
          ...bad,
        ];
        return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
      }),
  );
}

/** What the chair's state IS: the set of ledger files and the merge derived from it. */
function stateKey(state: ChairImportState): string {
  const files = state.entries
    .map((e) => [e.digest, e.jurorId, e.revision, e.previousDigest, e.final])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return JSON.stringify({ files, merge: snapshot(mergeOf(state)) });
}

const run = (arrivals: readonly Arrival[], from = emptyImportState()) =>
  applyArrivals(from, arrivals, AT);

describe('chair import state (property-based)', () => {
  it('importing the same files in any order gives the same state', () => {
    fc.assert(
      fc.property(
        arrivalsOf(fc.oneof(treeFiles, linearFiles)).chain((arrivals) =>
          fc.tuple(
            fc.constant(arrivals),
            fc.shuffledSubarray(arrivals, {
              minLength: arrivals.length,
              maxLength: arrivals.length,
            }),
          ),
        ),
        ([a, b]) => {
          expect(stateKey(run(b).state)).toBe(stateKey(run(a).state));
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('importing the same files in several batches gives the same state as one batch', () => {
    fc.assert(
      fc.property(arrivalsOf(treeFiles), fc.nat(), (arrivals, cut) => {
        const at = arrivals.length === 0 ? 0 : cut % arrivals.length;
        const first = run(arrivals.slice(0, at));
        const second = run(arrivals.slice(at), first.state);
        expect(stateKey(second.state)).toBe(stateKey(run(arrivals).state));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('importing twice changes nothing', () => {
    fc.assert(
      fc.property(arrivalsOf(fc.oneof(treeFiles, linearFiles)), (arrivals) => {
        const once = run(arrivals);
        const twice = run(arrivals, once.state);
        expect(twice.state.entries).toEqual(once.state.entries);
        expect(twice.added).toEqual([]);
        expect(stateKey(twice.state)).toBe(stateKey(once.state));
        for (const row of twice.report) expect(['duplicate', 'rejected']).toContain(row.verdict);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('rejected files never change the state', () => {
    fc.assert(
      fc.property(arrivalsOf(treeFiles), (arrivals) => {
        const good = arrivals.filter((a) => a.check.ok);
        expect(stateKey(run(arrivals).state)).toBe(stateKey(run(good).state));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('replays never win: the newest revision of an honest history is in use, whatever the order', () => {
    fc.assert(
      fc.property(arrivalsOf(linearFiles), (arrivals) => {
        const { state, report } = run(arrivals);
        const merge = mergeOf(state);
        const newest = new Map<string, number>();
        for (const a of arrivals) {
          if (!a.check.ok) continue;
          const m = a.check.meta;
          newest.set(m.jurorId, Math.max(newest.get(m.jurorId) ?? 0, m.revision));
        }
        for (const [jurorId, revision] of newest) {
          expect(merge.jurors.get(jurorId)?.head?.revision).toBe(revision);
        }
        for (const [digest, verdict] of merge.verdicts) {
          const m = state.entries.find((e) => e.digest === digest);
          expect(verdict).toBe(
            m?.revision === newest.get(m?.jurorId ?? '') ? 'accepted' : 'superseded',
          );
        }
        // Re-importing any older file now is reported as a replay and moves nothing.
        for (const e of state.entries) {
          if (e.revision === newest.get(e.jurorId)) continue;
          const again = run(
            [
              {
                fileName: 'replay',
                check: {
                  ok: true,
                  meta: {
                    fileId: e.digest,
                    jurorId: e.jurorId,
                    revision: e.revision,
                    previousDigest: e.previousDigest,
                    final: e.final,
                  },
                },
              },
            ],
            state,
          );
          expect(again.report[0]?.verdict).toBe('duplicate');
        }
        expect(report.every((r) => r.verdict !== 'equivocation' && r.verdict !== 'fork')).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('an older revision arriving after the newest is always reported as superseded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.nat(), (k, pick) => {
        const chain: ScoreFileMeta[] = Array.from({ length: k }, (_, r) => ({
          fileId: `r${r + 1}`,
          jurorId: 'j1',
          revision: r + 1,
          previousDigest: r === 0 ? null : `r${r}`,
          final: false,
        }));
        const newest = chain[k - 1];
        const older = chain[pick % (k - 1)];
        if (newest === undefined || older === undefined) return;
        const first = run([{ fileName: 'new', check: { ok: true, meta: newest } }]);
        const replay = run([{ fileName: 'old', check: { ok: true, meta: older } }], first.state);
        expect(replay.report[0]).toMatchObject({ verdict: 'superseded', reason: 'OLDER_REVISION' });
        expect(mergeOf(replay.state).jurors.get('j1')?.head?.digest).toBe(newest.fileId);
      }),
    );
  }, 60_000);
});
