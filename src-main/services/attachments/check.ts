import { sha256Hex, toB64url } from '../crypto';
import { inspectZip } from '../import/zip-guard';
import { decodeTableText } from '../import/decode';
import { ATTACHMENT_LIMITS } from '../../../src-shared/domain/attachment';
import type { AttachmentKind } from '../../../src-shared/domain/attachment';
import { kindOfName } from '../../../src-shared/organiser/attachments';
import type {
  AttachmentCandidate,
  AttachmentRefusal,
} from '../../../src-shared/organiser/attachments';
import { docxText } from './docx-text';

/*
 * The organiser's check of one attachment file. The kind is decided from the
 * bytes, never from the name alone: a PDF starts with "%PDF-", a Word file is
 * a zip with word/document.xml and [Content_Types].xml (inspected by the zip
 * guard before anything is inflated), and a text file is UTF-8 or
 * Windows-1252 without NUL bytes. The name's extension must then agree.
 * Text files are stored as UTF-8 without a byte order mark, so jurors get one
 * encoding.
 */

/** A file that passed: what is known about it, its (normalised) bytes and its text. */
export interface CheckedFile {
  readonly candidate: AttachmentCandidate;
  readonly bytes: Uint8Array;
  /** base64url of `bytes`, as the package and the blob store keep it. */
  readonly data: string;
  /** The text of a TXT or DOCX file, for the anonymiser's warning; null for a PDF. */
  readonly text: string | null;
}

export type AttachmentCheck =
  { ok: true; file: CheckedFile } | { ok: false; reason: AttachmentRefusal };

/** Declared unpacked size a Word attachment may have; well above any real 5 MiB document. */
const MAX_DOCX_UNPACKED = 100 * 1024 * 1024;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/** Characters that could make a name display as something else (bidirectional controls). */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

/**
 * The name an attachment is shown under: no folders, no control or
 * bidirectional characters, NFC, at most 200 characters with the extension
 * kept when it has to be cut.
 */
export function attachmentName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const clean = [...base.normalize('NFC').replace(BIDI, '')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f')
    .join('')
    .trim();
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, 200 - ext.length).trimEnd() + ext;
}

type Detected =
  | { kind: AttachmentKind; bytes: Uint8Array; text: string | null }
  | { kind: null; reason: AttachmentRefusal };

function detectZip(bytes: Uint8Array): Detected {
  const zip = inspectZip(bytes);
  if (!zip.ok) return { kind: null, reason: 'DAMAGED' };
  const names = new Set(zip.entries.map((e) => e.name));
  const unpacked = zip.entries.reduce((sum, e) => sum + e.size, 0);
  if (unpacked > MAX_DOCX_UNPACKED) return { kind: null, reason: 'DAMAGED' };
  if (!names.has('word/document.xml') || !names.has('[Content_Types].xml')) {
    // Another zip (a spreadsheet, an archive): not one of the three kinds.
    return { kind: null, reason: 'UNSUPPORTED_TYPE' };
  }
  return { kind: 'docx', bytes, text: null };
}

function detectText(bytes: Uint8Array): Detected {
  if (bytes.includes(0)) return { kind: null, reason: 'UNSUPPORTED_TYPE' };
  const decoded = decodeTableText(bytes);
  if (!decoded.ok) return { kind: null, reason: 'UNSUPPORTED_TYPE' };
  const utf8 = Buffer.from(decoded.text, 'utf8');
  return {
    kind: 'txt',
    bytes: new Uint8Array(utf8.buffer, utf8.byteOffset, utf8.byteLength),
    text: decoded.text,
  };
}

/** What the bytes are, whatever the name says. */
function detect(bytes: Uint8Array): Detected {
  if (startsWith(bytes, PDF_MAGIC)) return { kind: 'pdf', bytes, text: null };
  if (startsWith(bytes, ZIP_MAGIC)) return detectZip(bytes);
  return detectText(bytes);
}

/**
 * Check one file the organiser wants to attach. Refuses (in this order):
 * EMPTY, TOO_LARGE, UNSUPPORTED_TYPE (a name that is not .pdf/.docx/.txt, or
 * content that is none of them), DAMAGED (a Word file the zip guard or the
 * reader refuses), NAME_MISMATCH (the extension says another kind than the
 * content). The per-application caps are checked by admitAttachments.
 */
export async function checkAttachment(
  bytes: Uint8Array,
  fileName: string,
): Promise<AttachmentCheck> {
  if (bytes.byteLength === 0) return { ok: false, reason: 'EMPTY' };
  if (bytes.byteLength > ATTACHMENT_LIMITS.maxBytes) return { ok: false, reason: 'TOO_LARGE' };
  const name = attachmentName(fileName);
  const claimed = kindOfName(name);
  if (claimed === null) return { ok: false, reason: 'UNSUPPORTED_TYPE' };
  const found = detect(bytes);
  if (found.kind === null) return { ok: false, reason: found.reason };
  if (found.kind !== claimed) return { ok: false, reason: 'NAME_MISMATCH' };
  let text = found.text;
  if (found.kind === 'txt' && (text ?? '').trim() === '') return { ok: false, reason: 'EMPTY' };
  if (found.kind === 'docx') {
    try {
      text = await docxText(found.bytes);
    } catch {
      return { ok: false, reason: 'DAMAGED' };
    }
  }
  const stored = found.bytes;
  // Windows-1252 text grows when converted to UTF-8.
  if (stored.byteLength > ATTACHMENT_LIMITS.maxBytes) return { ok: false, reason: 'TOO_LARGE' };
  return {
    ok: true,
    file: {
      candidate: { name, kind: found.kind, size: stored.byteLength, sha256: sha256Hex(stored) },
      bytes: stored,
      data: toB64url(stored),
      text,
    },
  };
}
