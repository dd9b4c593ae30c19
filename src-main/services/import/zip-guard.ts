import type { ReadError } from '../../../src-shared/import';
import { IMPORT_LIMITS } from './limits';

/*
 * An XLSX file is a zip archive. Before anything is inflated, its central
 * directory is read here and checked against the caps, so that a "zip bomb"
 * (a small file that inflates to gigabytes) or an archive with odd entries
 * is refused without decompressing a byte.
 *
 * The directory is located exactly as fflate locates it (the last
 * end-of-central-directory record within the comment window), so the
 * entries checked here are the entries fflate and read-excel-file later
 * inflate. fflate inflates each entry into a buffer of its declared size
 * and never grows it, so the declared sizes checked here bound the memory.
 */

/** One entry of the central directory. */
export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
};

export type ZipCheck = { ok: true; entries: ZipEntry[] } | { ok: false; error: ReadError };

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MAX_COMMENT_WINDOW = 65558;
const ZIP64_MARK = 0xffffffff;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

const malformed = (message: string): ZipCheck => ({
  ok: false,
  error: { code: 'MALFORMED', message },
});
const tooLarge = (message: string): ZipCheck => ({
  ok: false,
  error: { code: 'TOO_LARGE', message },
});
const unsupported = (message: string): ZipCheck => ({
  ok: false,
  error: { code: 'UNSUPPORTED', message },
});

/** Entry names that could escape a folder or confuse a lookup table. */
function unsafeName(name: string): boolean {
  if (name === '' || name.includes('\0') || name.includes('\\')) return true;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  return name
    .split('/')
    .some((part) => part === '..' || part === '__proto__' || part === 'constructor');
}

/** Check a zip archive's directory against the import caps. */
export function inspectZip(bytes: Uint8Array): ZipCheck {
  const len = bytes.length;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => (at >= 0 && at + 2 <= len ? view.getUint16(at, true) : -1);
  const u32 = (at: number): number => (at >= 0 && at + 4 <= len ? view.getUint32(at, true) : -1);

  let eocd = len - 22;
  while (eocd >= 0 && u32(eocd) !== SIG_EOCD) {
    if (len - eocd > MAX_COMMENT_WINDOW) break;
    eocd--;
  }
  if (eocd < 0 || u32(eocd) !== SIG_EOCD) return malformed('The file is not a valid zip archive.');
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0) {
    return unsupported('Split (multi-part) zip archives are not supported.');
  }
  // Entries on this disk, as fflate reads them; must equal the total.
  const count = u16(eocd + 8);
  const dirOffset = u32(eocd + 16);
  if (u16(eocd + 10) !== count) return malformed('The zip directory is damaged.');
  if (u32(eocd - 20) === SIG_ZIP64_LOCATOR || count === 0xffff || dirOffset === ZIP64_MARK) {
    return tooLarge('The workbook uses the zip64 format, meant for very large files.');
  }
  if (count === 0) return malformed('The zip archive is empty.');
  if (count > IMPORT_LIMITS.maxZipEntries) {
    return tooLarge(`The workbook has more than ${IMPORT_LIMITS.maxZipEntries} parts.`);
  }

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== SIG_CENTRAL) return malformed('The zip directory is damaged.');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const host = u16(at + 4) >> 8;
    const mode = u32(at + 38) >>> 16;
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > len || localOffset < 0) {
      return malformed('The zip directory is damaged.');
    }
    const name = String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    if (compressedSize === ZIP64_MARK || size === ZIP64_MARK || localOffset === ZIP64_MARK) {
      return tooLarge('The workbook uses the zip64 format, meant for very large files.');
    }
    if (unsafeName(name)) return malformed('The workbook contains a part with an unsafe name.');
    if (names.has(name)) return malformed('The workbook contains the same part twice.');
    names.add(name);
    if (host === UNIX_HOST && (mode & S_IFMT) === S_IFLNK) {
      return malformed('The workbook contains a symbolic link.');
    }
    if ((flags & 1) !== 0) return unsupported('The workbook is encrypted.');
    if (method !== 0 && method !== 8) return unsupported('The workbook uses unknown compression.');
    if (u32(localOffset) !== SIG_LOCAL) return malformed('The zip archive is damaged.');
    const dataStart = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataStart + compressedSize > len) return malformed('The zip archive is truncated.');
    if (method === 0 && size !== compressedSize) return malformed('The zip archive is damaged.');

    total += size;
    if (total > IMPORT_LIMITS.maxZipTotalBytes) {
      return tooLarge('The workbook would unpack to more than allowed.');
    }
    const ratio = size / Math.max(compressedSize, 1);
    if (size >= IMPORT_LIMITS.ratioMinBytes && ratio > IMPORT_LIMITS.maxZipRatio) {
      return tooLarge('The workbook is compressed suspiciously well (a possible zip bomb).');
    }
    entries.push({ name, method, compressedSize, size });
  }
  return { ok: true, entries };
}
