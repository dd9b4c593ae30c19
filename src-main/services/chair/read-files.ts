import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EXCHANGE_FILE_EXTENSION } from '../../../src-shared/exchange/constants';
import { compareIds } from '../../../src-shared/scoring/numeric';
import { MAX_FOLDER_FILES } from '../../../src-shared/ipc/chair-contract';

export { MAX_FOLDER_FILES };

/** A file the user picked: its bytes, or why they were not read. */
export type PickedFile =
  | { readonly name: string; readonly ok: true; readonly bytes: Uint8Array }
  | { readonly name: string; readonly ok: false; readonly problem: 'TOO_LARGE' | 'UNREADABLE' };

/**
 * Read the files the user picked. The size is checked before reading, so an
 * oversized file costs nothing; folders, links and unreadable files are
 * reported instead of read. Names are the base names (never paths).
 */
export async function readPickedFiles(
  paths: readonly string[],
  maxBytes: number,
): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const path of paths) {
    const name = basename(path);
    try {
      const info = await lstat(path);
      if (!info.isFile()) {
        out.push({ name, ok: false, problem: 'UNREADABLE' });
      } else if (info.size > maxBytes) {
        out.push({ name, ok: false, problem: 'TOO_LARGE' });
      } else {
        const bytes = new Uint8Array(await readFile(path));
        // The file may have grown between lstat and reading it.
        out.push(
          bytes.byteLength > maxBytes
            ? { name, ok: false, problem: 'TOO_LARGE' }
            : { name, ok: true, bytes },
        );
      }
    } catch {
      out.push({ name, ok: false, problem: 'UNREADABLE' });
    }
  }
  return out;
}

/**
 * The exchange files (`*.juryrum`) directly in a folder, by name, at most
 * `maxFiles`. Sub-folders are not searched. `skipped` counts files left out.
 */
export async function listExchangeFiles(
  dir: string,
  maxFiles = MAX_FOLDER_FILES,
): Promise<{ paths: string[]; skipped: number }> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(EXCHANGE_FILE_EXTENSION))
    .map((e) => e.name)
    .sort(compareIds);
  return {
    paths: names.slice(0, maxFiles).map((n) => join(dir, n)),
    skipped: Math.max(0, names.length - maxFiles),
  };
}
