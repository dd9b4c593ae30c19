import { readdirSync, readFileSync } from 'node:fs';

/**
 * SIGKILL every Chromium process started for `profileDir` (the browser and
 * its helpers): a crash with no chance to flush or clean up, like a power cut
 * for the renderer and its storage. Linux only (reads /proc). Returns the
 * pids killed.
 */
export function killChromiumFor(profileDir: string): number[] {
  const killed: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmdline.split('\0');
    if (!args.some((a) => a === `--user-data-dir=${profileDir}`)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
      killed.push(Number(entry));
    } catch {
      /* already gone */
    }
  }
  return killed;
}
