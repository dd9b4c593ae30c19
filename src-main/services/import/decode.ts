import type { ReadError, TableEncoding } from '../../../src-shared/import';

/*
 * Text files from Swedish Excel come in three encodings: "CSV UTF-8" (with a
 * byte order mark), UTF-8 from other tools (without one), and plain "CSV"
 * in Windows-1252. Valid UTF-8 is taken as UTF-8, since Windows-1252 text
 * with å/ä/ö is practically never valid UTF-8; anything else is read as
 * Windows-1252.
 */

/**
 * Windows-1252 bytes 0x80–0x9F. The other bytes equal their Unicode code
 * points. Written out by hand because Node's TextDecoder('windows-1252')
 * decodes this range as Latin-1 control characters in some versions, which
 * would turn '–' and '€' into invisible characters. The five bytes that
 * Windows-1252 leaves undefined keep their Latin-1 value, as the WHATWG
 * Encoding standard says.
 */
const HIGH_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decode Windows-1252 bytes. Never fails: every byte has a character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes.push(b >= 0x80 && b <= 0x9f ? (HIGH_1252[b - 0x80] ?? b) : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Control characters that do not belong in a text table. */
function controlCount(text: string): { nul: boolean; count: number } {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return { nul: true, count: count + 1 };
    // Tab, line feed, vertical tab, form feed and carriage return are layout.
    const c0 = c < 0x20 && (c < 0x09 || c > 0x0d);
    if (c0 || (c >= 0x7f && c <= 0x9f)) count++;
  }
  return { nul: false, count };
}

export type DecodeResult =
  { ok: true; text: string; encoding: TableEncoding } | { ok: false; error: ReadError };

/**
 * Decode the bytes of a CSV/text file, refusing UTF-16 and binary data.
 * A file that is mostly readable but has a stray control character passes;
 * a file with NUL bytes or more than 1 % control characters (and more than
 * two) is not text.
 */
export function decodeTableText(bytes: Uint8Array): DecodeResult {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return {
      ok: false,
      error: {
        code: 'UNSUPPORTED',
        message: 'The file is UTF-16 ("Unicode text"). Save it as "CSV UTF-8" instead.',
      },
    };
  }
  let text: string;
  let encoding: TableEncoding;
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    // The BOM settles it; undecodable bytes become U+FFFD and are reported
    // per row as a broken encoding.
    text = lenientUtf8.decode(bytes.subarray(3));
    encoding = 'utf-8-bom';
  } else {
    try {
      text = strictUtf8.decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
    }
  }
  const controls = controlCount(text);
  if (controls.nul || controls.count > Math.max(2, text.length / 100)) {
    return { ok: false, error: { code: 'MALFORMED', message: 'The file is not a text table.' } };
  }
  return { ok: true, text, encoding };
}
