import type { StateCreator } from 'zustand';
import type { ScoreFileStatus, ScoreIssue } from '../../src-shared/exchange';
import { findJuror } from '../../src-shared/exchange';
import { PACKAGE_REFUSALS } from '../../src-shared/ipc/juror-contract';
import type { PackageRefusal, ScoreExportProblem } from '../../src-shared/ipc/juror-contract';
import {
  diffSheet,
  jurorOrder,
  readSheet,
  scoreFileContent,
  scoreFileIssues,
  sheetRows,
  staleSheetChanges,
} from '../../src-shared/juror';
import type {
  JurorPayload,
  ScoreFileContent,
  SheetChange,
  SheetColumn,
  SheetRowError,
} from '../../src-shared/juror';
import { call } from '../ipc/client';
import { useStore } from './app-store';
import { jurorExports } from './juror-records';
import { packageFileOf } from './juror-package-file';
import type { JurorStore } from './juror-store';
import { currentPhase, currentScores } from './juror-selectors';

export type ExportNotice =
  | { kind: 'saved'; fileName: string; revision: number }
  | {
      kind: 'refused';
      /** NOT_WRITTEN: the revision was recorded but the file could not be written. */
      reason: ScoreExportProblem | 'STORAGE' | 'NOT_WRITTEN';
      /** Why the scores do not fit (INVALID_SCORES), to name in words. */
      issues: readonly ScoreIssue[];
      /** Why the package did not open again (PACKAGE_INVALID), when main said. */
      packageReason: PackageRefusal | null;
    }
  | { kind: 'sheet-saved'; fileName: string };

/** A read scoring sheet, shown to the juror before anything changes. */
export type SheetPreview =
  | {
      kind: 'preview';
      /** The round and phase whose scores the changes were computed against. */
      roundId: string;
      phaseId: string;
      fileName: string;
      changes: readonly SheetChange[];
      errors: readonly SheetRowError[];
      unchanged: number;
    }
  | { kind: 'columns'; fileName: string; missing: readonly SheetColumn[] }
  | {
      kind: 'refused';
      /** PHASE_CHANGED, CHANGED_SINCE: applying was refused, nothing changed. */
      reason:
        | 'TOO_LARGE'
        | 'MALFORMED'
        | 'UNSUPPORTED'
        | 'EMPTY'
        | 'STORAGE'
        | 'PHASE_CHANGED'
        | 'CHANGED_SINCE';
    }
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

function refusedNotice(reason: ScoreExportProblem | 'STORAGE' | 'NOT_WRITTEN'): ExportNotice {
  return { kind: 'refused', reason, issues: [], packageReason: null };
}

/**
 * Main's refusal, in terms the panel can put into words: for scores that do
 * not fit, the same pure check main ran (scoreContentIssues) on the same
 * package, so each problem names its application and criterion; for a
 * package that did not open again, main's refusal code.
 */
function refusal(
  reason: ScoreExportProblem,
  details: readonly string[],
  payload: JurorPayload,
  content: ScoreFileContent,
): ExportNotice {
  const code = details[0];
  const packageReason =
    reason === 'PACKAGE_INVALID'
      ? (PACKAGE_REFUSALS.find((r): r is PackageRefusal => r === code) ?? null)
      : null;
  const issues = reason === 'INVALID_SCORES' ? scoreFileIssues(payload, content) : [];
  return { kind: 'refused', reason, issues, packageReason };
}

export const exportSlice: StateCreator<JurorStore, [], [], ExportSlice> = (set, get) => {
  async function busy(work: () => Promise<void>): Promise<void> {
    set({ exportBusy: true, exportNotice: null });
    try {
      await work();
    } catch {
      set({ exportNotice: refusedNotice('STORAGE') });
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
          set({ exportNotice: refusal(value.reason, value.details, payload, content) });
          return;
        }
        const record = {
          revision: value.revision,
          digest: value.digest,
          status,
          fileName: value.fileName,
          createdAt: value.createdAt,
        };
        // Recorded sealed BEFORE main writes the file: a file never exists that
        // the next export would not name as its previous revision. If this put
        // fails, nothing is written and the revision is used again next time.
        await jurorExports.put(state.roundId, phase.phaseId, record);
        const exports = new Map(get().exports);
        exports.set(phase.phaseId, record);
        set({ exports });
        const written = await call('juror:writeScoreFile', { digest: value.digest }).catch(
          () => null,
        );
        if (written?.ok !== true || written.value.status !== 'saved') {
          // The next export is revision + 1 naming a file the chair never gets: allowed.
          set({ exportNotice: refusedNotice('NOT_WRITTEN') });
          return;
        }
        set({
          exportNotice: {
            kind: 'saved',
            fileName: written.value.fileName,
            revision: value.revision,
          },
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
          language: useStore.getState().language,
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
      const { roundId } = get();
      // The juror may have switched phase while the dialog was open.
      if (roundId === null || currentPhase(get())?.phaseId !== phase.phaseId) {
        set({ sheetPreview: { kind: 'refused', reason: 'PHASE_CHANGED' } });
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
          roundId,
          phaseId: phase.phaseId,
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
      // The changes were shown against one phase's scores: never apply them to another,
      // nor over a cell that changed since (the juror would not have seen that change).
      const { roundId, phaseId } = get();
      if (roundId !== preview.roundId || phaseId !== preview.phaseId) {
        set({ sheetPreview: { kind: 'refused', reason: 'PHASE_CHANGED' } });
        return;
      }
      if (staleSheetChanges(preview.changes, currentScores(get())).length > 0) {
        set({ sheetPreview: { kind: 'refused', reason: 'CHANGED_SINCE' } });
        return;
      }
      if (!get().applySheetChanges(preview.phaseId, preview.changes)) {
        set({ sheetPreview: { kind: 'refused', reason: 'PHASE_CHANGED' } });
        return;
      }
      set({ sheetPreview: { kind: 'applied', count: preview.changes.length } });
    },
    cancelSheet: () => set({ sheetPreview: null }),
  };
};
