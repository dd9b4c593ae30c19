import type { StateCreator } from 'zustand';
import { call } from '../ipc/client';
import type { FileCheckResult } from '../../src-shared/ipc/chair-contract';
import { SCORE_FILE_MAX_BYTES } from '../../src-shared/exchange/constants';
import { applyArrivals, settleReport } from '../../src-shared/chair/ledger';
import type { Arrival, ChairImportState, ImportReportRow } from '../../src-shared/chair/ledger';
import type { PackageRejection } from '../../src-shared/chair/codes';
import { decisionMap } from './chair-decisions';
import { bytesToBase64 } from './chair-codec';
import { appendLedger, decisionRepository, putBlob } from './chair-repository';
import { packageRef, toVerified, verifyInBatches } from './chair-load';
import type { ChairStore } from './chair-store';

/** The report of the last import, shown until the next one. */
export interface ImportOutcome {
  readonly rows: readonly ImportReportRow[];
  /** Files a folder held beyond the limit (not read). */
  readonly skipped: number;
  readonly at: string;
  /** Set when the whole import failed (nothing was stored). */
  readonly failure: PackageRejection | 'IPC' | 'STORAGE' | null;
}

export interface ChairImportSlice {
  importing: boolean;
  /** This session's imports, newest first (the report is not stored; the ledger is). */
  imports: ImportOutcome[];
  /** Files dropped on the window: read here, sent to main as bytes (size-capped). */
  importDropped: (files: readonly File[]) => Promise<void>;
  /** Files or a folder picked in a dialog that main opens and reads. */
  importPicked: (mode: 'files' | 'folder') => Promise<void>;
  /** The chair's choice between files in conflict (equivocation or fork). */
  decide: (jurorId: string, revision: number, digest: string) => Promise<void>;
}

type Checked = { readonly check: FileCheckResult; readonly bytes: string | undefined };

// Imports run one at a time, so ledger positions are handed out in order.
let queue: Promise<void> = Promise.resolve();
function serial(work: () => Promise<void>): Promise<void> {
  queue = queue.then(work, work);
  return queue;
}

export const chairImportSlice: StateCreator<ChairStore, [], [], ChairImportSlice> = (set, get) => {
  const report = (outcome: ImportOutcome): void => set({ imports: [outcome, ...get().imports] });
  const fail = (failure: ImportOutcome['failure']): void =>
    report({ rows: [], skipped: 0, at: new Date().toISOString(), failure });

  /** Fold verified files into the ledger (pure), then store new files: bytes first, then the entry. */
  async function commit(checked: readonly Checked[], skipped: number): Promise<void> {
    const { pkg, roundId } = get();
    if (pkg === null || roundId === null) return;
    const now = new Date().toISOString();
    const arrivals: Arrival[] = checked.map(({ check }) =>
      check.ok
        ? {
            fileName: check.name,
            check: { ok: true, meta: { fileId: check.digest, ...check.meta } },
          }
        : { fileName: check.name, check: { ok: false, reason: check.reason } },
    );
    const prior: ChairImportState = {
      entries: get().entries,
      decisions: decisionMap(get().decisions),
    };
    const applied = applyArrivals(prior, arrivals, now);
    const bytesOf = new Map<string, string>();
    for (const c of checked)
      if (c.check.ok && c.bytes !== undefined) bytesOf.set(c.check.digest, c.bytes);
    for (const e of applied.added) {
      const b = bytesOf.get(e.digest);
      if (b === undefined) throw new Error('verified bytes are at hand');
      await putBlob(roundId, e.digest, b);
    }
    await appendLedger(
      roundId,
      applied.added.map((e) => ({ ...e, phaseId: pkg.record.phaseId })),
    );
    const files = new Map(get().files);
    const blobs = new Map(get().blobs);
    for (const c of checked) {
      if (!c.check.ok) continue;
      if (!files.has(c.check.digest)) files.set(c.check.digest, toVerified(c.check));
      const b = bytesOf.get(c.check.digest);
      if (b !== undefined && !blobs.has(c.check.digest)) blobs.set(c.check.digest, b);
    }
    set({ entries: [...applied.state.entries], files, blobs });
    // The report says where each file stands once the whole batch is in (as the CLI does).
    report({ rows: settleReport(applied.state, applied.report), skipped, at: now, failure: null });
  }

  async function guarded(work: () => Promise<void>): Promise<void> {
    set({ importing: true });
    try {
      await work();
    } catch {
      fail('STORAGE');
      const roundId = get().roundId;
      if (roundId !== null) await get().load(roundId);
    } finally {
      set({ importing: false });
    }
  }

  return {
    importing: false,
    imports: [],
    importDropped: (dropped) =>
      serial(() =>
        guarded(async () => {
          const pkg = get().pkg;
          if (pkg === null) return;
          const slots: (Checked | { name: string; bytes: string })[] = [];
          for (const file of dropped) {
            const name = file.name.slice(0, 255) || '?';
            if (file.size > SCORE_FILE_MAX_BYTES) {
              // Never read an oversized file: it is refused by its size alone.
              slots.push({ check: { name, ok: false, reason: 'TOO_LARGE' }, bytes: undefined });
            } else {
              slots.push({ name, bytes: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
            }
          }
          const toSend = slots.filter((s): s is { name: string; bytes: string } => !('check' in s));
          const verified =
            toSend.length === 0
              ? { ok: true as const, results: [] }
              : await verifyInBatches(packageRef(pkg.record, pkg.bytes), toSend);
          if (!verified.ok) {
            fail(verified.reason);
            return;
          }
          let next = 0;
          const checked = slots.map((s): Checked => {
            if ('check' in s) return s;
            const check = verified.results[next];
            next += 1;
            if (check === undefined) throw new Error('main answers every file');
            return { check, bytes: s.bytes };
          });
          await commit(checked, 0);
        }),
      ),
    importPicked: (mode) =>
      serial(() =>
        guarded(async () => {
          const pkg = get().pkg;
          if (pkg === null) return;
          const res = await call('chair:pickScoreFiles', {
            package: packageRef(pkg.record, pkg.bytes),
            mode,
          });
          if (!res.ok) return fail('IPC');
          const v = res.value;
          if (v.status === 'cancelled') return;
          if (v.status === 'rejected') return fail(v.reason);
          await commit(
            v.results.map((check) => ({ check, bytes: check.ok ? check.bytes : undefined })),
            v.skipped,
          );
        }),
      ),
    decide: async (jurorId, revision, digest) => {
      const { pkg, roundId } = get();
      if (pkg === null || roundId === null) return;
      const decisions = [
        ...get().decisions.filter((d) => !(d.jurorId === jurorId && d.revision === revision)),
        { jurorId, revision, digest, at: new Date().toISOString() },
      ];
      await decisionRepository.put(roundId, pkg.record.phaseId, {
        phaseId: pkg.record.phaseId,
        decisions,
      });
      set({ decisions });
    },
  };
};
