import mammoth from 'mammoth';
import { decodeWindows1252 } from '../import/decode';
import { inspectZip } from '../import/zip-guard';
import { ATTACHMENT_TEXT_LIMITS } from '../../../src-shared/juror/attachments';

/*
 * The readable text of a DOCX or TXT attachment, for the reading view. The
 * text is shown as paragraphs with the app's own typography, never as the
 * document's HTML, so nothing in a file can style or script the page.
 */

/** Text in paragraphs, or why a file has none to show. */
export type ExtractedText =
  | { ok: true; paragraphs: string[]; truncated: boolean }
  | { ok: false; problem: 'DAMAGED' | 'TOO_LARGE' };

/** Caps on the text returned; the defaults are ATTACHMENT_TEXT_LIMITS. */
export type TextLimits = { readonly maxChars: number; readonly maxParagraphs: number };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a text file: UTF-16 or UTF-8 when a byte order mark says so,
 * UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (what
 * Notepad on a Swedish Windows saved for years). Never fails.
 */
export function decodeAttachmentText(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return strictUtf8.decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/**
 * Split text into paragraphs at blank lines. Line breaks inside a paragraph
 * are kept (the viewer shows them); control characters other than tab and
 * line feed are dropped, since they only confuse screen readers.
 */
export function paragraphsOf(
  text: string,
  limits: TextLimits = ATTACHMENT_TEXT_LIMITS,
): { paragraphs: string[]; truncated: boolean } {
  const clean = text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
  const paragraphs: string[] = [];
  let chars = 0;
  let truncated = false;
  for (const block of clean.split(/\n[ \t\u00a0]*\n/)) {
    const para = block.replace(/^\s+|\s+$/g, '');
    if (para === '') continue;
    if (paragraphs.length >= limits.maxParagraphs || chars >= limits.maxChars) {
      truncated = true;
      break;
    }
    const room = limits.maxChars - chars;
    if (para.length > room) {
      paragraphs.push(para.slice(0, room));
      truncated = true;
      break;
    }
    paragraphs.push(para);
    chars += para.length;
  }
  return { paragraphs, truncated };
}

/** The text of a plain-text attachment. */
export function extractTxt(bytes: Uint8Array, limits?: TextLimits): ExtractedText {
  return { ok: true, ...paragraphsOf(decodeAttachmentText(bytes), limits) };
}

/**
 * The text of a DOCX attachment. The zip directory is checked first, so an
 * archive that would inflate to far more than its size (a zip bomb) is
 * refused before mammoth unpacks anything.
 */
export async function extractDocx(bytes: Uint8Array, limits?: TextLimits): Promise<ExtractedText> {
  const zip = inspectZip(bytes);
  if (!zip.ok)
    return { ok: false, problem: zip.error.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'DAMAGED' };
  if (!zip.entries.some((e) => e.name === 'word/document.xml')) {
    return { ok: false, problem: 'DAMAGED' };
  }
  try {
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return { ok: true, ...paragraphsOf(result.value, limits) };
  } catch {
    // mammoth throws on XML or zip structures it cannot read.
    return { ok: false, problem: 'DAMAGED' };
  }
}

/** The text of a DOCX or TXT attachment, capped for the renderer. */
export function extractText(
  kind: 'docx' | 'txt',
  bytes: Uint8Array,
  limits?: TextLimits,
): Promise<ExtractedText> {
  return kind === 'docx' ? extractDocx(bytes, limits) : Promise.resolve(extractTxt(bytes, limits));
}
