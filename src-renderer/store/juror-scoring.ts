import type { StateCreator } from 'zustand';
import type { Criterion } from '../../src-shared/domain/round';
import type { ScoreCellValue } from '../../src-shared/exchange';
import {
  declareConflict,
  emptyAppState,
  markDone,
  unmarkDone,
  withCell,
  withdrawConflict,
  withOverallComment,
} from '../../src-shared/juror';
import type { AppScoreState, SheetChange } from '../../src-shared/juror';
import { useStore } from './app-store';
import { createSaveQueue } from './juror-save-queue';
import { jurorNotes, jurorScores, scoreKey } from './juror-records';
import type { JurorStore } from './juror-store';
import { currentPhase } from './juror-selectors';

export interface ScoringSlice {
  setCell: (
    applicationId: string,
    criterion: string,
    patch: { value?: ScoreCellValue; comment?: string },
  ) => void;
  setOverallComment: (applicationId: string, comment: string) => void;
  /** Mark done, or get the criteria still missing. */
  markDone: (applicationId: string) => { ok: true } | { ok: false; missing: Criterion[] };
  unmarkDone: (applicationId: string) => void;
  declareConflict: (applicationId: string, reason: string) => void;
  withdrawConflict: (applicationId: string) => void;
  setNote: (applicationId: string, text: string) => void;
  /** Apply previewed sheet changes to `phaseId`; false (nothing changed) if it is no longer the current phase. */
  applySheetChanges: (phaseId: string, changes: readonly SheetChange[]) => boolean;
  /** Resolves once every edit so far is durable. */
  flushSaves: () => Promise<void>;
}

/** One queue for the whole juror workspace; the indicator is the app's shared one. */
const queue = createSaveQueue((state) => useStore.getState().setSaveState(state));

export const scoringSlice: StateCreator<JurorStore, [], [], ScoringSlice> = (set, get) => {
  /** Apply `change` to some applications of the current phase, then save them. */
  function update(ids: readonly string[], change: (s: AppScoreState) => AppScoreState): void {
    const { roundId, phaseId, scores } = get();
    if (roundId === null || phaseId === null) return;
    const perPhase = new Map(scores.get(phaseId));
    const changed: AppScoreState[] = [];
    for (const id of ids) {
      const before = perPhase.get(id) ?? emptyAppState(id);
      const after = change(before);
      if (after === before) continue;
      perPhase.set(id, after);
      changed.push(after);
    }
    if (changed.length === 0) return;
    const next = new Map(scores);
    next.set(phaseId, perPhase);
    set({ scores: next });
    for (const state of changed) {
      queue.enqueue(`score|${roundId}|${scoreKey(phaseId, state.applicationId)}`, () =>
        jurorScores.put(roundId, scoreKey(phaseId, state.applicationId), state),
      );
    }
  }

  return {
    setCell: (applicationId, criterion, patch) =>
      update([applicationId], (s) => withCell(s, criterion, patch, Date.now())),
    setOverallComment: (applicationId, comment) =>
      update([applicationId], (s) => withOverallComment(s, comment, Date.now())),
    markDone: (applicationId) => {
      const phase = currentPhase(get());
      if (phase === undefined) return { ok: false, missing: [] };
      const state =
        get().scores.get(phase.phaseId)?.get(applicationId) ?? emptyAppState(applicationId);
      const result = markDone(state, phase.payload.round.criteria, Date.now());
      if (!result.ok) return result;
      update([applicationId], () => result.state);
      return { ok: true };
    },
    unmarkDone: (applicationId) => update([applicationId], (s) => unmarkDone(s, Date.now())),
    declareConflict: (applicationId, reason) =>
      update([applicationId], (s) => declareConflict(s, reason, Date.now())),
    withdrawConflict: (applicationId) =>
      update([applicationId], (s) => withdrawConflict(s, Date.now())),
    setNote: (applicationId, text) => {
      const { roundId, notes } = get();
      if (roundId === null || notes.get(applicationId) === text) return;
      const next = new Map(notes);
      next.set(applicationId, text);
      set({ notes: next });
      queue.enqueue(`note|${roundId}|${applicationId}`, () =>
        jurorNotes.put(roundId, applicationId, { text }),
      );
    },
    applySheetChanges: (phaseId, changes) => {
      if (get().phaseId !== phaseId) return false;
      const byApp = new Map<string, SheetChange[]>();
      for (const c of changes)
        byApp.set(c.applicationId, [...(byApp.get(c.applicationId) ?? []), c]);
      update([...byApp.keys()], (s) =>
        (byApp.get(s.applicationId) ?? []).reduce(
          (acc, c) =>
            withCell(
              acc,
              c.criterion,
              { value: c.after.value, comment: c.after.comment },
              Date.now(),
            ),
          s,
        ),
      );
      return true;
    },
    flushSaves: () => queue.flush(),
  };
};
