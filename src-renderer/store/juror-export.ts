import type { StateCreator } from 'zustand';
import type { ScoreFileStatus } from '../../src-shared/exchange';
import { findJuror } from '../../src-shared/exchange';
import type { ScoreExportProblem } from '../../src-shared/ipc/juror-contract';
import {
  diffSheet,
  jurorOrder,
  readSheet,
  scoreFileContent,
  sheetRows,
} from '../../src-shared/juror';
import type { SheetChange, SheetColumn, SheetRowError } from '../../src-shared/juror';
import { call } from '../ipc/client';
import { jurorExports } from './juror-records';
import { packageFileOf } from './juror-package-file';
import type { JurorStore } from './juror-store';
import { currentPhase, currentScores } from './juror-selectors';

export type ExportNotice =
  | { kind: 'saved'; fileName: string; revision: number }
  | { kind: 'refused'; reason: ScoreExportProblem | 'STORAGE'; details: readonly string[] }
  | { kind: 'sheet-saved'; fileName: string };

/** A read scoring sheet, shown to the juror before anything changes. */
export type SheetPreview =
  | {
      kind: 'preview';
      fileName: string;
      changes: readonly SheetChange[];
      errors: readonly SheetRowError[];
      unchanged: number;
    }
  | { kind: 'columns'; fileName: string; missing: readonly SheetColumn[] }
  | { kind: 'refused'; reason: 'TOO_LARGE' | 'MALFORMED' | 'UNSUPPORTED' | 'EMPTY' | 'STORAGE' }
  | { kind: 'applied'; count: number };

export interface ExportSlice {
  exportBusy: boolean;
  exportNotice: ExportNotice | null;
  sheetPreview: SheetPreview | null;
  exportScoreFile: (status: ScoreFileStatus) => Promise<void>;
  exportSheet: (format: 'xlsx' | 'csv') => Promise<void>;
  importSheet: () => Promise<void>;
  applySheet: () => void;
  cancelSheet: () => void;
}

export const exportSlice: StateCreator<JurorStore, [], [], ExportSlice> = (set, get) => {
  async function busy(work: () => Promise<void>): Promise<void> {
    set({ exportBusy: true, exportNotice: null });
    try {
      await work();
    } catch {
      set({ exportNotice: { kind: 'refused', reason: 'STORAGE', details: [] } });
    } finally {
      set({ exportBusy: false });
    }
  }

  return {
    exportBusy: false,
    exportNotice: null,
    sheetPreview: null,
    exportScoreFile: (status) =>
      busy(async () => {
        const state = get();
        const phase = currentPhase(state);
        const pin = state.pins.find((p) => p.scope === phase?.stored.pinScope);
        if (phase === undefined || pin === undefined || state.roundId === null) return;
        // Everything typed so far is on disk before it is signed.
        await state.flushSaves();
        const { payload } = phase;
        const content = scoreFileContent(
          payload.applications.map((a) => a.id),
          currentScores(get()),
          payload.round.criteria,
        );
        const last = state.exports.get(phase.phaseId);
        const res = await call('juror:exportScoreFile', {
          packageFile: await packageFileOf(state.roundId, phase.stored),
          pin: { scope: pin.scope, organiserKeyId: pin.organiserKeyId },
          revision: (last?.revision ?? 0) + 1,
          previousDigest: last?.digest ?? null,
          status,
          ...content,
        });
        if (!res.ok) throw new Error(res.error.code);
        const value = res.value;
        if (value.status === 'cancelled') return;
        if (value.status === 'refused') {
          set({ exportNotice: { kind: 'refused', reason: value.reason, details: value.details } });
          return;
        }
        const record = {
          revision: value.revision,
          digest: value.digest,
          status,
          fileName: value.fileName,
          createdAt: value.createdAt,
        };
        // Remembered sealed, so the next export is revision + 1 naming this digest.
        await jurorExports.put(state.roundId, phase.phaseId, record);
        const exports = new Map(get().exports);
        exports.set(phase.phaseId, record);
        set({
          exports,
          exportNotice: { kind: 'saved', fileName: value.fileName, revision: value.revision },
        });
      }),
    exportSheet: (format) =>
      busy(async () => {
        const state = get();
        const phase = currentPhase(state);
        if (phase === undefined) return;
        const { payload } = phase;
        const ordered = jurorOrder(payload.applications, payload.jurorId, payload.roundId);
        const rows = sheetRows(ordered, payload.round.criteria, currentScores(state));
        const res = await call('juror:exportSheet', {
          format,
          roundId: payload.roundId,
          phaseId: payload.phaseId,
          jurorName: findJuror(payload.roster, payload.jurorId)?.name ?? payload.jurorId,
          rows,
        });
        if (!res.ok) throw new Error(res.error.code);
        if (res.value.status === 'saved') {
          set({ exportNotice: { kind: 'sheet-saved', fileName: res.value.fileName } });
        }
      }),
    importSheet: async () => {
      const phase = currentPhase(get());
      if (phase === undefined) return;
      set({ sheetPreview: null });
      const res = await call('juror:importSheet', {});
      if (!res.ok) {
        set({ sheetPreview: { kind: 'refused', reason: 'STORAGE' } });
        return;
      }
      const value = res.value;
      if (value.status === 'cancelled') return;
      if (value.status === 'refused') {
        set({ sheetPreview: { kind: 'refused', reason: value.reason } });
        return;
      }
      const scores = currentScores(get());
      const { payload } = phase;
      const read = readSheet(value, {
        applications: payload.applications,
        criteria: payload.round.criteria,
        conflicted: new Set(
          [...scores.values()].filter((s) => s.conflict).map((s) => s.applicationId),
        ),
      });
      if (!read.ok) {
        set({
          sheetPreview: { kind: 'columns', fileName: value.fileName, missing: read.missingColumns },
        });
        return;
      }
      const diff = diffSheet(read.cells, scores);
      set({
        sheetPreview: {
          kind: 'preview',
          fileName: value.fileName,
          changes: diff.changes,
          errors: read.errors,
          unchanged: diff.unchanged,
        },
      });
    },
    applySheet: () => {
      const preview = get().sheetPreview;
      if (preview?.kind !== 'preview') return;
      get().applySheetChanges(preview.changes);
      set({ sheetPreview: { kind: 'applied', count: preview.changes.length } });
    },
    cancelSheet: () => set({ sheetPreview: null }),
  };
};
