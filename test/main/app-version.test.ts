import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION, readVersion } from '../../src-main/services/app-version';

describe('the app version', () => {
  it('is package.json’s version when read from the sources', () => {
    const pkg = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    );
    expect(APP_VERSION).toBe(pkg.version);
  });

  it('is found from any build output depth, skipping other packages’ package.json', () => {
    const root = mkdtempSync(join(tmpdir(), 'juryrum-version-'));
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({ name: 'juryrum', version: '9.8.7' }),
    );
    // A bundled chunk sits three levels down (out/node/assets/), under a
    // folder whose own package.json belongs to something else.
    const chunkDir = join(root, 'out', 'node', 'assets');
    mkdirSync(chunkDir, { recursive: true });
    writeFileSync(join(root, 'out', 'package.json'), JSON.stringify({ type: 'module' }));
    expect(readVersion(chunkDir)).toBe('9.8.7');
    expect(readVersion(join(root, 'out', 'main'))).toBe('9.8.7');
  });

  it('falls back to 0.0.0 when no Juryrum package.json is above', () => {
    const lone = mkdtempSync(join(tmpdir(), 'juryrum-version-none-'));
    expect(readVersion(lone)).toBe('0.0.0');
  });
});
