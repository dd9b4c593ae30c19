import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable if one is present, without triggering a download
 * (requiring the `electron` package would try to fetch it).
 */
export function electronBinary(): string | null {
  const require = createRequire(import.meta.url);
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override ? join(override, relative) : join(pkgDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

export const ELECTRON_SKIP_REASON =
  'Electron runtime not present on this machine (it cannot be downloaded here). ' +
  'Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 to run these specs against the real app.';
