import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/*
 * Attachments named in an application JSON file: `"attachments": [{ "file":
 * "bilagor/plan.pdf" }]`, relative to the JSON file's folder. A file may
 * name only what lies inside that folder: absolute paths, drive letters,
 * `..` and symbolic links that lead out are refused, so a JSON file from
 * someone else cannot make Juryrum read (and later send) any other file on
 * the organiser's computer.
 */

/** Most attachment entries read per application; further ones are ignored. */
export const MAX_LISTED_ATTACHMENTS = 50;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const own = (obj: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;

/**
 * The attachment paths each entry of the document's `applications` lists,
 * by position (the same positions as the import's row report, 0-based
 * here). An entry is `{ "file": "…" }` or just the path; anything else is
 * kept as '' and later reported as missing.
 */
export function listedAttachmentPaths(document: unknown): string[][] {
  const list = Array.isArray(document)
    ? document
    : isRecord(document)
      ? own(document, 'applications')
      : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((entry: unknown) => {
    const raw = isRecord(entry) ? own(entry, 'attachments') : undefined;
    if (!Array.isArray(raw)) return [];
    return raw.slice(0, MAX_LISTED_ATTACHMENTS).map((item: unknown) => {
      const file = isRecord(item) ? own(item, 'file') : item;
      return typeof file === 'string' ? file : '';
    });
  });
}

/** True for a path that is absolute on any system or steps out of its folder. */
export function isUnsafePath(file: string): boolean {
  if (file.includes('\0')) return true;
  if (isAbsolute(file) || /^[A-Za-z]:/.test(file) || /^[\\/]/.test(file)) return true;
  return file.split(/[\\/]/).some((part) => part === '..');
}

const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/**
 * The real path of `file` inside `folder`, or why not: UNSAFE_PATH for a
 * path (or a link) that leads outside, MISSING when nothing is there.
 */
export async function resolveInside(
  folder: string,
  file: string,
): Promise<{ ok: true; path: string } | { ok: false; reason: 'UNSAFE_PATH' | 'MISSING' }> {
  if (file.trim() === '') return { ok: false, reason: 'MISSING' };
  if (isUnsafePath(file)) return { ok: false, reason: 'UNSAFE_PATH' };
  const base = await realpath(folder).catch(() => null);
  if (base === null) return { ok: false, reason: 'MISSING' };
  const wanted = resolve(base, file.replace(/\\/g, '/'));
  if (!inside(base, wanted)) return { ok: false, reason: 'UNSAFE_PATH' };
  const real = await realpath(wanted).catch(() => null);
  if (real === null) return { ok: false, reason: 'MISSING' };
  return inside(base, real) ? { ok: true, path: real } : { ok: false, reason: 'UNSAFE_PATH' };
}
