import { createRepository } from '../db/repository';
import { call } from '../ipc/client';
import {
  OrganiserApplicationSchema,
  OrganiserRoundSchema,
  draftOfRound,
  emptyReview,
} from '../../src-shared/organiser';
import type { OrganiserApplication, OrganiserRound, RoundDraft } from '../../src-shared/organiser';
import { assignPseudonyms } from '../../src-shared/anonymise';
import type { RoundSummary } from '../../src-shared/ipc/contract';
import { DEMO_ROUND_ID } from '../../src-shared/demo/demo-round';
import { listRoundIndex, upsertRoundIndex } from './round-index';
import { storeAttachments } from './organiser-blobs';

/*
 * The organiser's sealed records: one 'organiser-round' record per round and
 * one 'organiser-app' record per application. Feature code never seals; the
 * repository hands values to main and stores what comes back.
 */

export const organiserRoundRepository = createRepository({
  type: 'organiser-round',
  schemaVersion: 1,
  schema: OrganiserRoundSchema,
});

export const organiserAppRepository = createRepository({
  type: 'organiser-app',
  schemaVersion: 1,
  schema: OrganiserApplicationSchema,
});

/** The round record's local id (one per round). */
export const ROUND_RECORD = 'round';

export function isDemoRound(roundId: string): boolean {
  return roundId === DEMO_ROUND_ID;
}

/** Random hex, for round ids and pseudonym seeds. */
export function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  return [...buf].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh round record around a draft. */
export function newRoundRecord(
  draft: RoundDraft,
  source: OrganiserRound['source'],
): OrganiserRound {
  return {
    draft,
    source,
    createdAt: Date.now(),
    applicationIds: [],
    pseudonymSeed: randomHex(16),
    pseudonyms: [],
    roster: null,
    issuedRosterVersion: null,
    issuedRosters: [],
    issued: [],
  };
}

/** What the home screen shows about an organiser round. */
export function summaryOf(round: OrganiserRound): RoundSummary {
  const { draft, roster } = round;
  const chair = roster?.jurors.find((j) => j.role === 'chair');
  return {
    id: draft.id,
    award: draft.award.trim(),
    name: draft.name.trim() || draft.id,
    year: draft.year,
    isDemo: false,
    applicationCount: round.applicationIds.length,
    jurorCount: roster?.jurors.length ?? 0,
    criteriaCount: draft.criteria.length,
    chairName: chair?.name ?? null,
    phases: draft.phases.map((p) => ({ id: p.id, name: p.name, anonymised: p.anonymised })),
  };
}

let lastIndexed = '';

/** Keep the round index (home screen) in step; the demo round is built in. */
export async function indexRound(round: OrganiserRound): Promise<boolean> {
  if (isDemoRound(round.draft.id)) return false;
  const summary = summaryOf(round);
  const key = JSON.stringify(summary);
  if (key === lastIndexed) return false;
  await upsertRoundIndex(summary, 'organiser');
  lastIndexed = key;
  return true;
}

/**
 * The first time the demo round is opened as organiser, it becomes an
 * organiser round: its definition, its nine applications and their demo
 * attachments (with the demo organiser's decisions), from main.
 */
export async function seedDemoRound(): Promise<{
  round: OrganiserRound;
  apps: OrganiserApplication[];
}> {
  const res = await call('rounds:demo', {});
  if (!res.ok) throw new Error(res.error.code);
  const extra = await call('organiser:demoAttachments', {});
  if (!extra.ok) throw new Error(extra.error.code);
  const { round: definition, applications } = res.value;
  const round = newRoundRecord(draftOfRound(definition), 'demo');
  const ids = applications.map((a) => a.id);
  const pseudonyms = assignPseudonyms(new Map(), ids, round.pseudonymSeed);
  const byApp = new Map(extra.value.applications.map((a) => [a.applicationId, a.attachments]));
  const apps: OrganiserApplication[] = [];
  for (const application of applications) {
    const demo = byApp.get(application.id) ?? [];
    const cleared = new Set(demo.filter((d) => d.anonymisedOk).map((d) => d.checked.meta.id));
    const attachments = await storeAttachments(
      definition.id,
      application.id,
      demo.map((d) => d.checked),
      (c) => cleared.has(c.meta.id),
    );
    apps.push({ application, review: emptyReview(), attachments });
  }
  for (const app of apps) {
    await organiserAppRepository.put(definition.id, app.application.id, app);
  }
  const seeded: OrganiserRound = {
    ...round,
    applicationIds: ids,
    pseudonyms: ids.map((applicationId) => ({
      applicationId,
      pseudonym: pseudonyms.get(applicationId) ?? applicationId,
    })),
  };
  await organiserRoundRepository.put(definition.id, ROUND_RECORD, seeded);
  return { round: seeded, apps };
}

/** Rounds the user organises in this vault, for "start from an earlier round". */
export async function listOrganiserRounds(): Promise<{ id: string; name: string }[]> {
  const own = (await listRoundIndex())
    .filter((e) => e.roles.includes('organiser'))
    .map((e) => ({ id: e.summary.id, name: e.summary.name }));
  const demo = await organiserRoundRepository.get(DEMO_ROUND_ID, ROUND_RECORD);
  return demo ? [{ id: DEMO_ROUND_ID, name: demo.draft.name }, ...own] : own;
}

/** Create and store a new round; it is added to the home screen's list. */
export async function createRoundRecord(
  draft: RoundDraft,
  source: OrganiserRound['source'],
): Promise<OrganiserRound> {
  const round = newRoundRecord(draft, source);
  await organiserRoundRepository.put(draft.id, ROUND_RECORD, round);
  await indexRound(round);
  return round;
}
