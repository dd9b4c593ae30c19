import { access } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * Packages written to a folder never replace a file that is already there:
 * two jurors may share a name, and an earlier issue may have left its files
 * in the same folder (perhaps already sent). A taken name gets "-2", "-3", …
 * before its extension instead.
 */

/** `name` with "-n" before the extension: "paket.juryrum" → "paket-2.juryrum". */
export function withSuffix(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}

/**
 * A name for each of `names`, unique among themselves and not taken
 * according to `isTaken`. Names compare without regard to case, since the
 * folder may be on a case-insensitive disk.
 */
export async function uniqueNames(
  names: readonly string[],
  isTaken: (name: string) => Promise<boolean>,
): Promise<string[]> {
  const used = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()) || (await isTaken(candidate)); n++) {
      candidate = withSuffix(name, n);
    }
    used.add(candidate.toLowerCase());
    out.push(candidate);
  }
  return out;
}

/** Whether a file (or anything) of that name exists in `dir`. */
export function existsIn(dir: string): (name: string) => Promise<boolean> {
  return (name) =>
    access(join(dir, name)).then(
      () => true,
      () => false,
    );
}
