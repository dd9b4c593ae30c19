import { basename } from 'node:path';
import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';
import type { REPORT_CHANNELS } from '../../../src-shared/ipc/report-channels';
import { AppError } from '../../../src-shared/ipc/result';
import type { Identity } from '../crypto';
import { fromB64url } from '../crypto';
import { RESULT_MAX_BYTES } from '../exchange';
import { VaultError } from '../vault/errors';
import { atomicWriteFile } from '../files/atomic-write';
import { readPickedFiles } from '../chair';
import { attachmentName } from '../attachments';
import {
  renderReport,
  REPORT_FILTER_NAMES,
  reportExtension,
  reportFileName,
  verifyResultImport,
} from '../report';
import type { PdfRenderer } from '../report';
import { peopleOfRoster } from '../../../src-shared/report/report';

type ReportChannel = (typeof REPORT_CHANNELS)[number];

const RESULT_FILTERS = [{ name: 'Juryrum', extensions: ['juryrum'] }];

/** The vault identity, or null when the vault has none. Other vault errors (LOCKED) throw. */
function identityOf(ctx: HandlerContext): Identity | null {
  try {
    return ctx.vault.identity();
  } catch (e) {
    if (e instanceof VaultError && e.code === 'NOT_FOUND') return null;
    if (e instanceof VaultError) throw new AppError(e.code, e.message);
    throw e;
  }
}

/** A name to show, never a path: the base name, cleaned, at most 255 characters. */
const shownName = (name: string): string => attachmentName(name).slice(0, 255) || 'resultat';

/**
 * IPC handlers of the organiser's result and report step. Main reads the
 * result (dialog or dropped bytes), verifies it against the round's roster
 * with the vault's keys, and answers with a verdict; the renderer stores only
 * an accepted result. Exports open main's save dialog; `pdf` is the shell's
 * printer (null where there is none).
 */
export function reportHandlers(
  ctx: HandlerContext,
  pdf: PdfRenderer | null,
): Pick<Handlers, ReportChannel> {
  return {
    'report:importResult': async (req) => {
      let name: string;
      let bytes: Uint8Array;
      if (req.source.kind === 'dropped') {
        name = shownName(req.source.file.name);
        try {
          bytes = fromB64url(req.source.file.data);
        } catch {
          throw new AppError('BAD_REQUEST', 'The file data is not valid base64url.');
        }
      } else {
        const paths = await ctx.dialogs.showOpen({ title: 'Juryrum', filters: RESULT_FILTERS });
        const path = paths?.[0];
        if (path === undefined) return { status: 'cancelled' };
        const [picked] = await readPickedFiles([path], RESULT_MAX_BYTES);
        name = shownName(basename(path));
        if (picked === undefined || !picked.ok) {
          const reason =
            picked?.ok === false && picked.problem === 'TOO_LARGE' ? 'TOO_LARGE' : 'MALFORMED';
          return { status: 'refused', fileName: name, reason };
        }
        bytes = picked.bytes;
      }
      const outcome = verifyResultImport(bytes, {
        me: identityOf(ctx),
        roster: req.roster,
        issuedRosterVersion: req.issuedRosterVersion,
        issuedRosters: req.issuedRosters,
        previous: req.previous,
      });
      switch (outcome.status) {
        case 'refused':
          return { status: 'refused', fileName: name, reason: outcome.reason };
        case 'duplicate':
          return { status: 'duplicate', fileName: name };
        case 'accepted':
          return {
            status: 'accepted',
            fileName: name,
            digest: outcome.digest,
            result: outcome.result,
            replaced: outcome.replaced,
          };
      }
    },
    'report:export': async (req) => {
      const rendered = await renderReport(
        {
          result: req.result,
          digest: req.digest,
          round: req.round,
          applications: req.applications,
          ...peopleOfRoster(req.roster),
          language: req.language,
        },
        req.format,
        { appVersion: ctx.appVersion, pdf },
      );
      if (!rendered.ok) return { status: 'unavailable' };
      const path = await ctx.dialogs.showSave({
        title: 'Juryrum',
        defaultName: reportFileName(rendered.report, req.format),
        filters: [
          { name: REPORT_FILTER_NAMES[req.format], extensions: [reportExtension(req.format)] },
        ],
      });
      if (path === null) return { status: 'cancelled' };
      await atomicWriteFile(path, rendered.bytes);
      return { status: 'saved', fileName: basename(path).slice(0, 255) || 'rapport' };
    },
  };
}
