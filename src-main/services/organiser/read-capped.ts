import { open } from 'node:fs/promises';

/**
 * Read at most `max + 1` bytes of a regular file, so that a huge file (or a
 * device that never ends) costs bounded memory and is reported as too large.
 */
export async function readCapped(
  path: string,
  max: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'TOO_LARGE' | 'MALFORMED' }> {
  const handle = await open(path, 'r').catch(() => null);
  if (handle === null) return { ok: false, reason: 'MALFORMED' };
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'MALFORMED' };
    if (info.size > max) return { ok: false, reason: 'TOO_LARGE' };
    const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > max) return { ok: false, reason: 'TOO_LARGE' };
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } finally {
    await handle.close();
  }
}
