import { access, open } from 'node:fs/promises';
import { VaultError } from './errors';

function isNotFound(e: unknown): boolean {
  return e instanceof Error && 'code' in e && e.code === 'ENOENT';
}

/**
 * Read a whole file, checking its size before reading anything, so a huge or
 * hostile file in the data folder cannot make us allocate without bound.
 * Returns null when the file does not exist.
 */
export async function readFileCapped(
  path: string,
  maxBytes: number,
  what: string,
): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new VaultError('MALFORMED', `${what} is larger than it can be.`);
    const bytes = await handle.readFile();
    // The file could have grown between stat and read.
    if (bytes.byteLength > maxBytes) {
      throw new VaultError('MALFORMED', `${what} is larger than it can be.`);
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/** Whether a path exists (any kind of entry). */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

export { isNotFound };
