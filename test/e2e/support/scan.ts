import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A canary: unique, high-entropy text that compression cannot hide, so if it
 * is stored in plaintext anywhere it appears byte for byte.
 */
export function canary(label: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const tail = [...randomBytes(24)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${label}${tail}`;
}

function* files(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let info;
    try {
      info = statSync(path);
    } catch {
      continue;
    }
    if (info.isDirectory()) yield* files(path);
    else if (info.isFile()) yield path;
  }
}

/**
 * Every file under `dirs` whose bytes contain one of the canaries, in
 * UTF-8, UTF-16LE (how Chromium stores JS strings) or Latin-1.
 */
export function findPlaintext(
  dirs: readonly string[],
  canaries: readonly string[],
): { file: string; canary: string }[] {
  const needles = canaries.flatMap((c) => [
    { canary: c, bytes: Buffer.from(c, 'utf8') },
    { canary: c, bytes: Buffer.from(c, 'utf16le') },
    { canary: c, bytes: Buffer.from(c, 'latin1') },
  ]);
  const hits: { file: string; canary: string }[] = [];
  let scanned = 0;
  for (const dir of dirs) {
    for (const file of files(dir)) {
      let content: Buffer;
      try {
        content = readFileSync(file);
      } catch {
        continue;
      }
      scanned += 1;
      for (const n of needles) if (content.includes(n.bytes)) hits.push({ file, canary: n.canary });
    }
  }
  if (scanned === 0) throw new Error('No files were scanned: the directories are wrong.');
  return hits;
}
