import { create } from 'zustand';
import type { Application } from '../../src-shared/domain/round';
import { assignPseudonyms } from '../../src-shared/anonymise';
import { emptyReview, pseudonymMap } from '../../src-shared/organiser';
import type {
  CheckedAttachment,
  OrganiserApplication,
  StoredAttachment,
  OrganiserRound,
  Review,
  RoundDraft,
} from '../../src-shared/organiser';
import { useStore } from './app-store';
import {
  indexRound,
  isDemoRound,
  organiserAppRepository,
  organiserRoundRepository,
  ROUND_RECORD,
  seedDemoRound,
} from './organiser-records';
import { storeAttachments } from './organiser-blobs';

/** The organiser's screens, in working order. */
export const ORGANISER_STEPS = [
  'round',
  'applications',
  'anonymisation',
  'jury',
  'packages',
  'report',
] as const;
export type OrganiserStep = (typeof ORGANISER_STEPS)[number];

export interface OrganiserStore {
  roundId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  round: OrganiserRound | null;
  /** The round's applications, in import order. */
  apps: OrganiserApplication[];
  step: OrganiserStep;
  /** Raised when the user moves to a step, so its heading takes focus. */
  stepFocus: number;
  /** Set before opening a round created here, so its editor heading takes focus. */
  focusOnLoad: boolean;
  setStep: (step: OrganiserStep) => void;
  load: (roundId: string) => Promise<void>;
  /** Save what is pending and forget the round (on leaving, or on lock). */
  close: (roundId: string) => Promise<void>;
  /** Change the definition; saved shortly after the last change. */
  updateDraft: (edit: (draft: RoundDraft) => RoundDraft) => void;
  /** Save a pending definition change now. */
  flush: () => Promise<void>;
  /** Store any other change to the round record at once. */
  saveRound: (patch: Partial<Omit<OrganiserRound, 'draft'>>) => Promise<void>;
  /**
   * Add imported applications (after the organiser confirmed the report),
   * with the attachments a JSON file listed, by application id.
   */
  commitImport: (
    applications: readonly Application[],
    attachments?: ReadonlyMap<string, readonly CheckedAttachment[]>,
  ) => Promise<void>;
  updateReview: (applicationId: string, edit: (review: Review) => Review) => Promise<void>;
  /**
   * Change an application's attachments, in order with every other write.
   * `change` sees the record as it is when its turn comes (so quick edits
   * never undo each other) and returns how to make the new list, or null for
   * no change. Its `next` may first store the blobs the list will refer to;
   * `after` runs once the record is durable (to delete blobs it no longer
   * refers to). Rejects, leaving the screen as it was, when anything fails.
   */
  editAttachments: (
    applicationId: string,
    change: (current: OrganiserApplication) => AttachmentsChange,
  ) => Promise<void>;
}

/** What an edit of an application's attachments does (see editAttachments). */
export type AttachmentsChange = {
  next: () => Promise<StoredAttachment[]> | StoredAttachment[];
  after?: () => Promise<void>;
} | null;

const DRAFT_DELAY_MS = 400;
let timer: ReturnType<typeof setTimeout> | null = null;
/** Writes run one after another, so the last edit always lands last. */
let chain: Promise<unknown> = Promise.resolve();

/** Run a write in order, showing "saving …" and then "saved" (or the error). */
function tracked(task: () => Promise<void>): Promise<void> {
  const { setSaveState } = useStore.getState();
  setSaveState('saving');
  const run = chain.then(task);
  chain = run.then(
    () => setSaveState('saved'),
    () => setSaveState('error'),
  );
  return run;
}

async function writeRound(round: OrganiserRound): Promise<void> {
  await organiserRoundRepository.put(round.draft.id, ROUND_RECORD, round);
  if (await indexRound(round)) await useStore.getState().loadRounds();
}

async function readRound(
  roundId: string,
): Promise<{ round: OrganiserRound; apps: OrganiserApplication[] } | null> {
  const round = await organiserRoundRepository.get(roundId, ROUND_RECORD);
  if (round === undefined) return isDemoRound(roundId) ? seedDemoRound() : null;
  const stored = await organiserAppRepository.listByRound(roundId);
  const byId = new Map(stored.map((r) => [r.value.application.id as string, r.value]));
  // Only listed applications belong to the round (see OrganiserRoundSchema).
  const apps = round.applicationIds.flatMap((id) => byId.get(id) ?? []);
  return { round, apps };
}

export const useOrganiserStore = create<OrganiserStore>()((set, get) => ({
  roundId: null,
  status: 'idle',
  round: null,
  apps: [],
  step: 'round',
  stepFocus: 0,
  focusOnLoad: false,
  setStep: (step) => set((s) => ({ step, stepFocus: s.stepFocus + 1 })),

  load: async (roundId) => {
    await get().flush();
    set((s) => ({
      roundId,
      status: 'loading',
      round: null,
      apps: [],
      step: 'round',
      // From the home screen the page heading takes focus; after "new round"
      // the round editor's heading does.
      stepFocus: s.focusOnLoad ? s.stepFocus + 1 : 0,
      focusOnLoad: false,
    }));
    try {
      const found = await readRound(roundId);
      if (get().roundId !== roundId) return;
      set(found ? { status: 'ready', ...found } : { status: 'missing' });
    } catch {
      if (get().roundId === roundId) set({ status: 'error' });
    }
  },

  close: async (roundId) => {
    await get().flush();
    if (get().roundId === roundId) {
      set({ roundId: null, status: 'idle', round: null, apps: [], step: 'round' });
    }
  },

  updateDraft: (edit) => {
    const { round } = get();
    if (round === null) return;
    set({ round: { ...round, draft: edit(round.draft) } });
    useStore.getState().setSaveState('saving');
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void get().flush(), DRAFT_DELAY_MS);
  },

  flush: async () => {
    if (timer === null) return chain.then(() => undefined);
    clearTimeout(timer);
    timer = null;
    const { round } = get();
    if (round !== null) await tracked(() => writeRound(round)).catch(() => undefined);
  },

  saveRound: async (patch) => {
    await get().flush();
    const { round } = get();
    if (round === null) return;
    const next = { ...round, ...patch };
    await tracked(() => writeRound(next));
    if (get().round?.draft.id === next.draft.id)
      set({ round: { ...next, draft: get().round?.draft ?? next.draft } });
  },

  commitImport: async (applications, attachments = new Map()) => {
    await get().flush();
    const { round } = get();
    if (round === null) return;
    const roundId = round.draft.id;
    const ids = [...round.applicationIds, ...applications.map((a) => a.id)];
    const pseudonyms = assignPseudonyms(pseudonymMap(round), ids, round.pseudonymSeed);
    const next: OrganiserRound = {
      ...round,
      applicationIds: ids,
      pseudonyms: [...pseudonyms].map(([applicationId, pseudonym]) => ({
        applicationId,
        pseudonym,
      })),
    };
    const added: OrganiserApplication[] = [];
    await tracked(async () => {
      for (const application of applications) {
        // Blobs first, then the record that refers to them (see blob-store.ts).
        const stored = await storeAttachments(
          roundId,
          application.id,
          attachments.get(application.id),
        );
        added.push({ application, review: emptyReview(), attachments: stored });
      }
      for (const app of added) await organiserAppRepository.put(roundId, app.application.id, app);
      // The round record is written last: it is what makes the import visible.
      await writeRound(next);
    });
    set((s) => ({
      round: { ...next, draft: s.round?.draft ?? next.draft },
      apps: [...s.apps, ...added],
    }));
  },

  updateReview: async (applicationId, edit) => {
    const { round, apps } = get();
    if (round === null || !apps.some((a) => a.application.id === applicationId)) return;
    const roundId = round.draft.id;
    set((s) => ({
      apps: s.apps.map((a) =>
        a.application.id === applicationId ? { ...a, review: edit(a.review) } : a,
      ),
    }));
    // The record is written as it is when the write's turn comes, so an
    // attachment change queued before it is kept.
    // A failed write shows in the save indicator; the edit stays on screen to retry.
    await tracked(async () => {
      const latest = get().apps.find((a) => a.application.id === applicationId);
      if (latest !== undefined && get().round?.draft.id === roundId) {
        await organiserAppRepository.put(roundId, applicationId, latest);
      }
    }).catch(() => undefined);
  },

  editAttachments: async (applicationId, change) => {
    const roundId = get().round?.draft.id;
    if (roundId === undefined) throw new Error('No organiser round is open.');
    await tracked(async () => {
      const latest = get().apps.find((a) => a.application.id === applicationId);
      if (latest === undefined || get().round?.draft.id !== roundId) return;
      const edit = change(latest);
      if (edit === null) return;
      const attachments = await edit.next();
      const stored = get().apps.find((a) => a.application.id === applicationId) ?? latest;
      await organiserAppRepository.put(roundId, applicationId, { ...stored, attachments });
      set((s) => ({
        apps: s.apps.map((a) => (a.application.id === applicationId ? { ...a, attachments } : a)),
      }));
      await edit.after?.();
    });
  },
}));
