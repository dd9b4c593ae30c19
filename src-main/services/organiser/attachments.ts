import { checkAttachment } from '../attachments';
import { ATTACHMENT_LIMITS } from '../../../src-shared/domain/attachment';
import type { AttachmentMeta } from '../../../src-shared/domain/attachment';
import { admitAttachments, scanAttachmentText } from '../../../src-shared/organiser';
import type {
  AttachmentRefusal,
  AttachmentRefused,
  CheckedAttachment,
  ScanContext,
} from '../../../src-shared/organiser';
import { attachmentName } from '../attachments';
import { readCapped } from './read-capped';

/*
 * Adding attachments to one application: each file is read with a size cap,
 * checked (kind from the bytes, see attachments/check.ts), admitted against
 * what the application already has (count, total size, duplicates), and the
 * text of a TXT or DOCX file is scanned for what the anonymiser would
 * replace. Nothing is stored here; the renderer stores what comes back.
 */

/** A file to add: its name and a way to read it (from disk, or dropped bytes). */
export interface AttachmentSource {
  readonly fileName: string;
  read(): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: AttachmentRefusal }>;
}

/** A file on disk, read with the attachment size cap. */
export function fileSource(path: string, fileName: string): AttachmentSource {
  return {
    fileName,
    read: async () => {
      const read = await readCapped(path, ATTACHMENT_LIMITS.maxBytes).catch(() => null);
      if (read === null) return { ok: false, reason: 'UNREADABLE' };
      if (!read.ok)
        return { ok: false, reason: read.reason === 'TOO_LARGE' ? 'TOO_LARGE' : 'UNREADABLE' };
      return read;
    },
  };
}

/** Bytes that are already in memory (a dropped file). */
export function bytesSource(fileName: string, bytes: Uint8Array): AttachmentSource {
  return { fileName, read: () => Promise.resolve({ ok: true, bytes }) };
}

export interface AddOutcome {
  readonly added: CheckedAttachment[];
  readonly refused: AttachmentRefused[];
  /** One entry per source, in order: the reason it was refused, or null when added. */
  readonly reasons: (AttachmentRefusal | null)[];
}

/**
 * Check `sources` in order for an application that has `existing`
 * attachments; each accepted file counts against the caps for the next.
 * Once the application is full, further files are refused unread.
 */
export async function addAttachments(
  sources: readonly AttachmentSource[],
  existing: readonly AttachmentMeta[],
  scan: ScanContext,
): Promise<AddOutcome> {
  const added: CheckedAttachment[] = [];
  const refused: AttachmentRefused[] = [];
  const reasons: (AttachmentRefusal | null)[] = [];
  const current = [...existing];
  for (const source of sources) {
    const shown = attachmentName(source.fileName) || source.fileName.slice(0, 200);
    const refuse = (reason: AttachmentRefusal) => {
      refused.push({ fileName: shown, reason });
      reasons.push(reason);
    };
    if (current.length >= ATTACHMENT_LIMITS.perApplication) {
      refuse('TOO_MANY');
      continue;
    }
    const read = await source.read();
    if (!read.ok) {
      refuse(read.reason);
      continue;
    }
    const checked = await checkAttachment(read.bytes, source.fileName);
    if (!checked.ok) {
      refuse(checked.reason);
      continue;
    }
    const [admitted] = admitAttachments(current, [checked.file.candidate]);
    if (admitted === undefined || !admitted.ok) {
      refuse(admitted?.ok === false ? admitted.reason : 'UNREADABLE');
      continue;
    }
    current.push(admitted.meta);
    reasons.push(null);
    const { text, data } = checked.file;
    added.push({
      meta: admitted.meta,
      data,
      scan: text === null ? null : scanAttachmentText(text, scan),
    });
  }
  return { added, refused, reasons };
}
