import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src-main/cli/run';
import { RoundSchema, ApplicationSchema, JurorSchema } from '../../src-shared/domain/round';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('CLI', () => {
  it('--help lists the commands and exits 0', async () => {
    const { io: i, out } = io();
    expect(await runCli(['--help'], i)).toBe(0);
    expect(out.join('')).toMatch(/demo --out DIR/);
  });

  it('--version prints the version', async () => {
    const { io: i, out } = io();
    expect(await runCli(['--version'], i)).toBe(0);
    expect(out.join('')).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('answers unknown commands and bad flags with usage and exit code 2', async () => {
    for (const argv of [['frobnicate'], ['demo', '--bogus'], ['demo'], ['demo', '--out']]) {
      const { io: i, err } = io();
      expect(await runCli(argv, i), argv.join(' ')).toBe(2);
      expect(err.join('')).toMatch(/Usage: npm run cli/);
    }
  });

  it('demo --out writes the demo round in the documented formats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juryrum-cli-'));
    const { io: i } = io();
    expect(await runCli(['demo', '--out', dir], i)).toBe(0);
    const round = JSON.parse(readFileSync(join(dir, 'round.json'), 'utf8'));
    expect(round.format).toBe('juryrum.round');
    RoundSchema.parse(round.round);
    const apps = JSON.parse(readFileSync(join(dir, 'applications.json'), 'utf8'));
    expect(apps.applications).toHaveLength(9);
    for (const a of apps.applications) ApplicationSchema.parse(a);
    const jurors = JSON.parse(readFileSync(join(dir, 'jurors.json'), 'utf8'));
    expect(jurors.jurors).toHaveLength(6);
    for (const j of jurors.jurors) JurorSchema.parse(j);
    expect(jurors.jurors.filter((j: { role: string }) => j.role === 'chair')).toHaveLength(1);
  });
});
