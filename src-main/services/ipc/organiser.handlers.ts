import { basename, join } from 'node:path';
import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';
import type { ORGANISER_CHANNELS } from '../../../src-shared/ipc/organiser-channels';
import { AppError } from '../../../src-shared/ipc/result';
import { VaultError } from '../vault/errors';
import { atomicWriteFile } from '../files/atomic-write';
import { fromB64url, IDENTITY_CARD_MAX_BYTES } from '../crypto';
import { personFromIdentity } from '../exchange';
import {
  addAttachments,
  bytesSource,
  editRoster,
  enrolCards,
  existsIn,
  fileSource,
  newRoster,
  preparePackages,
  readCapped,
  readImportBytes,
  readImportFile,
  uniqueNames,
} from '../organiser';
import type { AttachmentSource, CardFile, PreparedPackage } from '../organiser';
import { attachmentName } from '../attachments';
import { demoCheckedAttachments } from '../demo/demo-attachments';
import type { IssuedPackage } from '../../../src-shared/organiser';
import { MAX_PICKED_FILES } from '../../../src-shared/ipc/organiser-attachments-contract';
import { demoApplications } from '../../../src-shared/demo/demo-applications';

type OrganiserChannel = (typeof ORGANISER_CHANNELS)[number];

const IMPORT_FILTERS = [
  { name: 'Excel, CSV, JSON', extensions: ['xlsx', 'csv', 'txt', 'tsv', 'json'] },
];
const CARD_FILTERS = [{ name: 'Juryrum identity card', extensions: ['juryrum-id'] }];
const PACKAGE_FILTERS = [{ name: 'Juryrum package', extensions: ['juryrum'] }];
const ATTACHMENT_FILTERS = [{ name: 'PDF, Word, text', extensions: ['pdf', 'docx', 'txt'] }];

/** Bytes that came over IPC as base64url (the contract has checked the alphabet and size). */
function decoded(data: string): Uint8Array {
  try {
    return fromB64url(data);
  } catch {
    throw new AppError('BAD_REQUEST', 'The file data is not valid base64url.');
  }
}

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
      const options = {
        existingIds: new Set(req.existingIds),
        existingApplicants: new Set(req.existingApplicants),
      };
      if (req.dropped !== undefined) {
        // A dropped file has no folder main knows, so a JSON file's attachments are not read.
        const name = attachmentName(req.dropped.name) || 'fil';
        return readImportBytes(decoded(req.dropped.data), name, options, null);
      }
      const paths = await dialogs.showOpen({ title: 'Juryrum', filters: IMPORT_FILTERS });
      const path = paths?.[0];
      if (path === undefined) return { status: 'cancelled' };
      return readImportFile(path, options);
    },
    'organiser:addAttachments': async (req) => {
      let sources: AttachmentSource[];
      if (req.source.kind === 'dropped') {
        sources = req.source.files.map((f) => bytesSource(f.name, decoded(f.data)));
      } else {
        const paths = await dialogs.showOpen({
          title: 'Juryrum',
          filters: ATTACHMENT_FILTERS,
          multiple: true,
        });
        if (paths === null || paths.length === 0) return { status: 'cancelled' };
        sources = paths.slice(0, MAX_PICKED_FILES).map((p) => fileSource(p, basename(p)));
      }
      const { added, refused } = await addAttachments(sources, req.existing, {
        application: req.application,
        otherApplicants: req.otherApplicants,
        extraTerms: req.review.extraTerms,
        removedTerms: req.review.removedTerms,
      });
      return { status: 'done', added, refused };
    },
    'organiser:demoAttachments': () => ({
      applications: demoCheckedAttachments(demoApplications()),
    }),
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
        // Never replace a file: two jurors may share a name, or an earlier issue left its files here.
        const names = await uniqueNames(
          packages.map((p) => p.file.fileName),
          existsIn(dir),
        );
        for (const [i, p] of packages.entries()) {
          await atomicWriteFile(join(dir, names[i] ?? p.file.fileName), p.file.bytes);
        }
        const written = entries.map((e, i) => ({ ...e, fileName: names[i] ?? e.fileName }));
        return { status: 'issued', roster, folder: basename(dir), files: written };
      }),
  };
}
