import { basename, join } from 'node:path';
import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';
import type { ORGANISER_CHANNELS } from '../../../src-shared/ipc/organiser-channels';
import { AppError } from '../../../src-shared/ipc/result';
import { VaultError } from '../vault/errors';
import { atomicWriteFile } from '../files/atomic-write';
import { IDENTITY_CARD_MAX_BYTES } from '../crypto';
import { personFromIdentity } from '../exchange';
import {
  editRoster,
  enrolCards,
  newRoster,
  preparePackages,
  readCapped,
  readImportFile,
} from '../organiser';
import type { CardFile, PreparedPackage } from '../organiser';
import type { IssuedPackage } from '../../../src-shared/organiser';

type OrganiserChannel = (typeof ORGANISER_CHANNELS)[number];

const IMPORT_FILTERS = [
  { name: 'Excel, CSV, JSON', extensions: ['xlsx', 'csv', 'txt', 'tsv', 'json'] },
];
const CARD_FILTERS = [{ name: 'Juryrum identity card', extensions: ['juryrum-id'] }];
const PACKAGE_FILTERS = [{ name: 'Juryrum package', extensions: ['juryrum'] }];

/** Vault errors (locked, no identity) become typed IPC errors; others stay unexpected. */
async function guard<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VaultError) throw new AppError(error.code, error.message);
    throw error;
  }
}

async function readCard(path: string): Promise<CardFile> {
  const fileName = basename(path);
  const read = await readCapped(path, IDENTITY_CARD_MAX_BYTES);
  return read.ok
    ? { fileName, bytes: read.bytes }
    : { fileName, bytes: null, unreadable: read.reason };
}

function issuedEntry(
  p: PreparedPackage,
  phaseId: string,
  rosterVersion: number,
  at: string,
): IssuedPackage {
  return {
    phaseId,
    jurorId: p.juror.jurorId,
    jurorName: p.juror.name,
    fileName: p.file.fileName,
    digest: p.file.digest,
    rosterVersion,
    applicationCount: p.applicationCount,
    issuedAt: at,
  };
}

/**
 * IPC handlers of the organiser screens. Main opens every dialog and reads
 * and writes every file; keys stay in the vault. The round itself lives
 * sealed in the renderer and comes with each request that needs it.
 */
export function organiserHandlers(ctx: HandlerContext): Pick<Handlers, OrganiserChannel> {
  const { dialogs, vault } = ctx;
  return {
    'organiser:readImportFile': async (req) => {
      const paths = await dialogs.showOpen({ title: 'Juryrum', filters: IMPORT_FILTERS });
      const path = paths?.[0];
      if (path === undefined) return { status: 'cancelled' };
      return readImportFile(path, {
        existingIds: new Set(req.existingIds),
        existingApplicants: new Set(req.existingApplicants),
      });
    },
    'organiser:identity': () =>
      guard(() => {
        const { name, organisation, keyId, encryptionKeyId, fingerprint } = personFromIdentity(
          vault.identity(),
        );
        return { name, organisation, keyId, encryptionKeyId, fingerprint };
      }),
    'organiser:createRoster': (req) =>
      guard(() => ({ roster: newRoster(req.award, req.roundId, vault.identity()) })),
    'organiser:enrolCards': async (req) => {
      const paths = await dialogs.showOpen({
        title: 'Juryrum',
        filters: CARD_FILTERS,
        multiple: true,
      });
      if (paths === null || paths.length === 0) return { status: 'cancelled' };
      const cards = await Promise.all(paths.slice(0, 500).map(readCard));
      const { roster, results } = enrolCards(req.roster, cards, req.issuedRosterVersion);
      return { status: 'done', roster, results };
    },
    'organiser:editRoster': (req) => {
      const result = editRoster(req.roster, req.edit, req.issuedRosterVersion);
      return result.ok
        ? { status: 'ok', roster: result.roster }
        : { status: 'failed', reason: result.reason };
    },
    'organiser:issuePackages': (req) =>
      guard(async () => {
        if (req.destination === 'file' && req.jurorIds.length !== 1) {
          throw new AppError('BAD_REQUEST', 'A single file is saved for one juror at a time.');
        }
        const outcome = preparePackages({
          round: req.round,
          phaseId: req.phaseId,
          roster: req.roster,
          issuedRosterVersion: req.issuedRosterVersion,
          applications: req.applications,
          jurorIds: req.jurorIds,
          organiser: vault.identity(),
          appVersion: ctx.appVersion,
        });
        if (!outcome.ok) {
          return {
            status: 'refused',
            reason: outcome.reason,
            applicationIds: outcome.applicationIds,
          };
        }
        const at = new Date().toISOString();
        const { roster, packages } = outcome;
        const entries = packages.map((p) => issuedEntry(p, req.phaseId, roster.rosterVersion, at));
        if (req.destination === 'file') {
          const [only] = packages;
          if (only === undefined) return { status: 'cancelled' };
          const path = await dialogs.showSave({
            title: 'Juryrum',
            defaultName: only.file.fileName,
            filters: PACKAGE_FILTERS,
          });
          if (path === null) return { status: 'cancelled' };
          await atomicWriteFile(path, only.file.bytes);
          const written = entries.map((e) => ({ ...e, fileName: basename(path) }));
          return { status: 'issued', roster, folder: null, files: written };
        }
        const dirs = await dialogs.showOpen({ title: 'Juryrum', filters: [], directory: true });
        const dir = dirs?.[0];
        if (dir === undefined) return { status: 'cancelled' };
        for (const p of packages) await atomicWriteFile(join(dir, p.file.fileName), p.file.bytes);
        return { status: 'issued', roster, folder: basename(dir), files: entries };
      }),
  };
}
