import { basename } from 'node:path';
import { openPackageAttachment } from '../attachments/open-from-package';
import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';
import type { CHAIR_CHANNELS } from '../../../src-shared/ipc/chair-channels';
import type { FileCheckResult, PackageRef } from '../../../src-shared/ipc/chair-contract';
import { AppError } from '../../../src-shared/ipc/result';
import type { Identity } from '../crypto';
import {
  isExchangeError,
  PACKAGE_MAX_BYTES,
  peekExchangeFile,
  SCORE_FILE_MAX_BYTES,
} from '../exchange';
import type { OpenedPackage, PackagePayload } from '../exchange';
import { VaultError } from '../vault/errors';
import { atomicWriteFile } from '../files/atomic-write';
import {
  checkScoreFile,
  exportChairResult,
  fromBase64,
  listExchangeFiles,
  MAX_FOLDER_FILES,
  openChairPackage,
  readPickedFiles,
  toBase64,
} from '../chair';
import type { ChairPackageOptions, PickedFile } from '../chair';
import type { PackageRejection } from '../../../src-shared/chair/codes';

type ChairChannel = (typeof CHAIR_CHANNELS)[number];

const FILTERS = [{ name: 'Juryrum', extensions: ['juryrum'] }] as const;

/** Vault errors become typed IPC errors (LOCKED, …); anything else stays unexpected. */
async function guard<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VaultError) throw new AppError(error.code, error.message);
    throw error;
  }
}

/** The vault identity, or null when the vault has none (import a key file first). */
function identityOf(ctx: HandlerContext): Identity | null {
  try {
    return ctx.vault.identity();
  } catch (e) {
    if (e instanceof VaultError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

type Opened =
  { ok: true; me: Identity; opened: OpenedPackage } | { ok: false; reason: PackageRejection };

function openRef(ctx: HandlerContext, ref: PackageRef): Opened {
  const me = identityOf(ctx);
  if (me === null) return { ok: false, reason: 'NO_IDENTITY' };
  const options: ChairPackageOptions = {
    pinnedOrganiserKeyId: ref.pinnedOrganiserKeyId,
    minRosterVersion: ref.minRosterVersion,
  };
  const r = openChairPackage(fromBase64(ref.bytes), me, options);
  return r.ok ? { ok: true, me, opened: r.opened } : r;
}

function infoOf(opened: OpenedPackage) {
  return {
    digest: opened.digest,
    organiserKeyId: opened.organiserKeyId,
    organiserFingerprint: opened.organiserFingerprint,
    pinned: opened.pinned,
    payload: opened.payload,
  };
}

function check(
  name: string,
  bytes: Uint8Array,
  me: Identity,
  pkg: PackagePayload,
  withBytes: boolean,
): FileCheckResult {
  const r = checkScoreFile(bytes, me, pkg);
  if (!r.ok) return { name, ok: false, reason: r.reason };
  const { meta } = r.file;
  return {
    name,
    ok: true,
    digest: r.file.digest,
    meta: {
      jurorId: meta.jurorId,
      revision: meta.revision,
      previousDigest: meta.previousDigest,
      final: meta.final,
    },
    payload: r.file.payload,
    ...(withBytes ? { bytes: toBase64(bytes) } : {}),
  };
}

function checkPicked(file: PickedFile, me: Identity, pkg: PackagePayload): FileCheckResult {
  const name = file.name.slice(0, 255) || '?';
  if (!file.ok) {
    return { name, ok: false, reason: file.problem === 'TOO_LARGE' ? 'TOO_LARGE' : 'MALFORMED' };
  }
  return check(name, file.bytes, me, pkg, true);
}

/** The pin for the round a newly picked package names (read from its clear header). */
function pinFor(
  bytes: Uint8Array,
  pins: readonly {
    roundId: string;
    organiserKeyId: string;
    phases: readonly { phaseId: string; rosterVersion: number }[];
  }[],
): ChairPackageOptions {
  try {
    const { header } = peekExchangeFile(bytes);
    const pin = pins.find((p) => p.roundId === header.roundId);
    if (pin === undefined) return {};
    const phase = pin.phases.find((p) => p.phaseId === header.phaseId);
    return { pinnedOrganiserKeyId: pin.organiserKeyId, minRosterVersion: phase?.rosterVersion };
  } catch (e) {
    // An unreadable file has no pin; opening it reports what is wrong.
    if (isExchangeError(e)) return {};
    throw e;
  }
}

/** IPC handlers of the chair screens. Paths are chosen in main; keys never leave it. */
export function chairHandlers(ctx: HandlerContext): Pick<Handlers, ChairChannel> {
  return {
    'chair:importPackage': (req) =>
      guard(async () => {
        const me = identityOf(ctx);
        if (me === null) return { status: 'rejected' as const, reason: 'NO_IDENTITY' as const };
        const paths = await ctx.dialogs.showOpen({ title: 'Juryrum', filters: FILTERS });
        const path = paths?.[0];
        if (path === undefined) return { status: 'cancelled' as const };
        const [picked] = await readPickedFiles([path], PACKAGE_MAX_BYTES);
        if (picked === undefined || !picked.ok) {
          const reason =
            picked?.ok === false && picked.problem === 'TOO_LARGE' ? 'TOO_LARGE' : 'MALFORMED';
          return { status: 'rejected' as const, reason };
        }
        const r = openChairPackage(picked.bytes, me, pinFor(picked.bytes, req.pins));
        if (!r.ok) return { status: 'rejected' as const, reason: r.reason };
        return {
          status: 'opened' as const,
          bytes: toBase64(picked.bytes),
          package: infoOf(r.opened),
        };
      }),
    'chair:openPackage': (req) =>
      guard(() => {
        const r = openRef(ctx, req.package);
        if (!r.ok) return { status: 'rejected' as const, reason: r.reason };
        return { status: 'opened' as const, package: infoOf(r.opened) };
      }),
    'chair:verifyScoreFiles': (req) =>
      guard(() => {
        const r = openRef(ctx, req.package);
        if (!r.ok) return { status: 'rejected' as const, reason: r.reason };
        const results = req.files.map((f) =>
          check(f.name, fromBase64(f.bytes), r.me, r.opened.payload, false),
        );
        return { status: 'ok' as const, results };
      }),
    'chair:pickScoreFiles': (req) =>
      guard(async () => {
        const r = openRef(ctx, req.package);
        if (!r.ok) return { status: 'rejected' as const, reason: r.reason };
        let paths: readonly string[];
        let skipped: number;
        if (req.mode === 'folder') {
          const dirs = await ctx.dialogs.showOpen({
            title: 'Juryrum',
            filters: [],
            directory: true,
          });
          const dir = dirs?.[0];
          if (dir === undefined) return { status: 'cancelled' as const };
          ({ paths, skipped } = await listExchangeFiles(dir));
        } else {
          const picked = await ctx.dialogs.showOpen({
            title: 'Juryrum',
            filters: FILTERS,
            multiple: true,
          });
          if (picked === null || picked.length === 0) return { status: 'cancelled' as const };
          paths = picked.slice(0, MAX_FOLDER_FILES);
          skipped = picked.length - paths.length;
        }
        const files = await readPickedFiles(paths, SCORE_FILE_MAX_BYTES);
        const results = files.map((f) => checkPicked(f, r.me, r.opened.payload));
        return { status: 'ok' as const, results, skipped };
      }),
    'chair:openAttachment': (req) =>
      guard(async () => {
        // The package is verified again: the renderer's copy is never trusted.
        const r = openRef(ctx, req.package);
        if (!r.ok) return { status: 'refused' as const, reason: r.reason };
        const found = await openPackageAttachment(r.opened, req.applicationId, req.attachmentId);
        return found.ok ? found.attachment : { status: 'refused' as const, reason: found.reason };
      }),
    'chair:exportResult': (req) =>
      guard(async () => {
        const me = identityOf(ctx);
        if (me === null) return { status: 'rejected' as const, reason: 'NO_IDENTITY' as const };
        const made = exportChairResult({
          packageBytes: fromBase64(req.package.bytes),
          packageOptions: {
            pinnedOrganiserKeyId: req.package.pinnedOrganiserKeyId,
            minRosterVersion: req.package.minRosterVersion,
          },
          files: req.files.map(fromBase64),
          decisions: req.decisions,
          deliberation: req.deliberation,
          me,
          appVersion: ctx.appVersion,
        });
        if (!made.ok) return { status: 'rejected' as const, reason: made.reason };
        const path = await ctx.dialogs.showSave({
          title: 'Juryrum',
          defaultName: made.file.fileName,
          filters: FILTERS,
        });
        if (path === null) return { status: 'cancelled' as const };
        await atomicWriteFile(path, made.file.bytes);
        return {
          status: 'saved' as const,
          fileName: basename(path).slice(0, 255) || made.file.fileName,
          digest: made.file.digest,
          inputs: made.content.inputs.length,
        };
      }),
  };
}
