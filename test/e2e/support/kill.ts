import { readdirSync, readFileSync } from 'node:fs';

/**
 * SIGKILL the Chromium browser process that uses `profileDir`: a crash with
 * no chance to flush or clean up, like a power cut for the renderer and its
 * storage. Linux only (reads /proc). Returns the pids killed.
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
    if (args.some((a) => a.startsWith('--type='))) continue; // child processes die with it
    try {
      process.kill(Number(entry), 'SIGKILL');
      killed.push(Number(entry));
    } catch {
      /* already gone */
    }
  }
  return killed;
}
