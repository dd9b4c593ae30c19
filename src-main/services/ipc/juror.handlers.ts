import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';
import type { JUROR_CHANNELS } from '../../../src-shared/ipc/juror-channels';
import type { OpenedPackageResponse, PackageRefusal } from '../../../src-shared/ipc/juror-contract';
import { withoutAttachmentData } from '../../../src-shared/juror';
import { AppError } from '../../../src-shared/ipc/result';
import { translate } from '../../../src-shared/i18n/translate';
import { PACKAGE_MAX_BYTES } from '../../../src-shared/exchange';
import type { Identity } from '../crypto';
import { toB64url } from '../crypto';
import type { OpenedPackage } from '../exchange';
import { VaultError } from '../vault/errors';
import { atomicWriteFile } from '../files/atomic-write';
import { readTable } from '../import';
import { IMPORT_LIMITS } from '../import/limits';
import {
  buildJurorScoreFile,
  createPackageMemo,
  openJurorAttachment,
  openJuryPackage,
  packageBytesOf,
  sheetCsv,
  sheetFileName,
  sheetXlsx,
} from '../juror';
import { demoPackageFor } from '../demo/demo-package';

type JurorChannel = (typeof JUROR_CHANNELS)[number];
type Refused = { status: 'refused'; reason: PackageRefusal };

const PACKAGE_FILTER = { name: 'Juryrum', extensions: ['juryrum'] };

/** The vault identity, or undefined when the vault has none (restore a key file first). */
function identityOf(ctx: HandlerContext): Identity | undefined {
  try {
    return ctx.vault.identity();
  } catch (e) {
    if (e instanceof VaultError && e.code === 'NOT_FOUND') return undefined;
    if (e instanceof VaultError) throw new AppError(e.code, e.message);
    throw e;
  }
}

/** Read a file the user picked, refusing anything over `max` before reading it. */
async function readPicked(path: string, max: number): Promise<Uint8Array | 'TOO_LARGE'> {
  const info = await stat(path);
  if (!info.isFile()) throw new AppError('MALFORMED', 'Not a file.');
  if (info.size > max) return 'TOO_LARGE';
  return new Uint8Array(await readFile(path));
}

/** The renderer gets the payload without attachment bytes; it asks for one when it is opened. */
function reopenedResponse(opened: OpenedPackage): Omit<OpenedPackageResponse, 'packageFile'> {
  return {
    status: 'opened',
    payload: withoutAttachmentData(opened.payload),
    digest: opened.digest,
    organiserKeyId: opened.organiserKeyId,
    organiserFingerprint: opened.organiserFingerprint,
    pinned: opened.pinned,
  };
}

/** A newly opened package, with the file for the renderer to store. */
function openedResponse(opened: OpenedPackage, bytes: Uint8Array): OpenedPackageResponse {
  return { ...reopenedResponse(opened), packageFile: toB64url(bytes) };
}

/**
 * IPC handlers of the juror screens. Main opens every dialog; packages are
 * verified here with the vault identity, and the renderer stores what it is
 * given, sealed. A refused file is answered with a reason and changes nothing.
 */
export function jurorHandlers(ctx: HandlerContext): Pick<Handlers, JurorChannel> {
  // Stored packages are verified again on every use; the memo makes a repeat of the same bytes cheap.
  const memo = createPackageMemo();
  /**
   * The score file made by the last juror:exportScoreFile, with the place
   * the juror chose, until the renderer has recorded it. One at a time: a
   * new export replaces it.
   */
  let pendingScoreFile: { digest: string; path: string; bytes: Uint8Array } | null = null;
  const myIdentity = (): Identity | undefined => {
    let identity: Identity | undefined;
    try {
      identity = identityOf(ctx);
    } finally {
      // A locked vault or a missing identity: nothing verified earlier is kept.
      if (identity === undefined) memo.clear();
    }
    return identity;
  };
  const open = (
    bytes: Uint8Array,
    pins: Parameters<typeof openJuryPackage>[2],
    rosters: Parameters<typeof openJuryPackage>[3],
  ): OpenedPackageResponse | Refused => {
    const identity = myIdentity();
    if (identity === undefined) return { status: 'refused', reason: 'NO_IDENTITY' };
    const outcome = openJuryPackage(bytes, identity, pins, rosters);
    return outcome.ok
      ? openedResponse(outcome.opened, bytes)
      : { status: 'refused', reason: outcome.reason };
  };

  return {
    'juror:importPackage': async (req) => {
      let bytes: Uint8Array | undefined;
      if (req.source.kind === 'dialog') {
        const paths = await ctx.dialogs.showOpen({ title: 'Juryrum', filters: [PACKAGE_FILTER] });
        const path = paths?.[0];
        if (!path) return { status: 'cancelled' };
        const read = await readPicked(path, PACKAGE_MAX_BYTES);
        if (read === 'TOO_LARGE') return { status: 'refused', reason: 'TOO_LARGE' };
        bytes = read;
      } else {
        bytes = packageBytesOf(req.source.data);
      }
      if (bytes === undefined) return { status: 'refused', reason: 'MALFORMED' };
      return open(bytes, req.pins, req.rosters);
    },
    'juror:openStored': (req) => {
      const identity = myIdentity();
      if (identity === undefined) return { status: 'refused', reason: 'NO_IDENTITY' };
      const bytes = packageBytesOf(req.packageFile);
      if (bytes === undefined) return { status: 'refused', reason: 'MALFORMED' };
      const outcome = memo.open(bytes, identity, req.pin);
      if (!outcome.ok) return { status: 'refused', reason: outcome.reason };
      // The renderer has the file already; sending it back would double a large transfer.
      return reopenedResponse(outcome.opened);
    },
    'juror:demoPackage': (req) => {
      const me = identityOf(ctx);
      if (me === undefined) return { status: 'refused', reason: 'NO_IDENTITY' };
      const file = demoPackageFor(me, ctx.appVersion);
      return open(file.bytes, req.pins, []);
    },
    'juror:exportScoreFile': async (req) => {
      const me = identityOf(ctx);
      if (me === undefined) return { status: 'refused', reason: 'NO_IDENTITY', details: [] };
      const packageBytes = packageBytesOf(req.packageFile);
      if (packageBytes === undefined) {
        return { status: 'refused', reason: 'PACKAGE_INVALID', details: ['MALFORMED'] };
      }
      // The renderer keeps the chain; main still refuses one that cannot be right.
      if ((req.revision === 1) !== (req.previousDigest === null)) {
        return {
          status: 'refused',
          reason: 'REVISION_CHAIN',
          details: [
            req.revision === 1
              ? 'revision 1 has no previous digest'
              : `revision ${req.revision} needs the previous revision's digest`,
          ],
        };
      }
      const now = new Date();
      const built = buildJurorScoreFile({
        packageBytes,
        pin: req.pin,
        me,
        revision: req.revision,
        previousDigest: req.previousDigest,
        status: req.status,
        content: {
          scores: req.scores,
          overallComments: req.overallComments,
          conflicts: req.conflicts,
        },
        appVersion: ctx.appVersion,
        now,
      });
      if (!built.ok) {
        return { status: 'refused', reason: built.reason, details: built.details.slice(0, 100) };
      }
      const path = await ctx.dialogs.showSave({
        title: 'Juryrum',
        defaultName: built.file.fileName,
        filters: [PACKAGE_FILTER],
      });
      if (!path) return { status: 'cancelled' };
      // Written only once the renderer has recorded this revision (juror:writeScoreFile).
      pendingScoreFile = { digest: built.file.digest, path, bytes: built.file.bytes };
      return {
        status: 'ready',
        fileName: basename(path),
        digest: built.file.digest,
        revision: req.revision,
        createdAt: now.toISOString(),
      };
    },
    'juror:writeScoreFile': async (req) => {
      const pending = pendingScoreFile;
      if (pending?.digest !== req.digest) return { status: 'refused', reason: 'NOT_PENDING' };
      pendingScoreFile = null;
      await atomicWriteFile(pending.path, pending.bytes);
      return { status: 'saved', fileName: basename(pending.path) };
    },
    'juror:exportSheet': async (req) => {
      const path = await ctx.dialogs.showSave({
        title: 'Juryrum',
        defaultName: sheetFileName(req.roundId, req.phaseId, req.jurorName, req.format),
        filters: [
          req.format === 'xlsx'
            ? { name: 'Excel', extensions: ['xlsx'] }
            : { name: 'CSV', extensions: ['csv'] },
        ],
      });
      if (!path) return { status: 'cancelled' };
      const bytes =
        req.format === 'xlsx'
          ? await sheetXlsx(req.rows, translate(req.language, 'juror.sheet.tabName'))
          : sheetCsv(req.rows);
      await atomicWriteFile(path, bytes);
      return { status: 'saved', fileName: basename(path) };
    },
    'juror:importSheet': async () => {
      const paths = await ctx.dialogs.showOpen({
        title: 'Juryrum',
        filters: [{ name: 'Excel, CSV', extensions: ['xlsx', 'csv', 'txt'] }],
      });
      const path = paths?.[0];
      if (!path) return { status: 'cancelled' };
      const read = await readPicked(path, IMPORT_LIMITS.maxFileBytes);
      if (read === 'TOO_LARGE') return { status: 'refused', reason: 'TOO_LARGE' };
      const result = await readTable(read, basename(path));
      if (!result.ok) return { status: 'refused', reason: result.error.code };
      const { table } = result;
      return {
        status: 'read',
        fileName: basename(path),
        headers: table.headers,
        rows: table.rows,
        headerRow: table.headerRow ?? 1,
      };
    },
    'juror:openAttachment': async (req) => {
      const identity = myIdentity();
      if (identity === undefined) return { status: 'refused', reason: 'NO_IDENTITY' };
      const packageBytes = packageBytesOf(req.packageFile);
      if (packageBytes === undefined) return { status: 'refused', reason: 'MALFORMED' };
      const outcome = await openJurorAttachment(
        identity,
        {
          packageBytes,
          pin: req.pin,
          applicationId: req.applicationId,
          attachmentId: req.attachmentId,
        },
        (bytes, who, pin) => memo.open(bytes, who, pin),
      );
      return outcome.ok ? outcome.attachment : { status: 'refused', reason: outcome.reason };
    },
  };
}
