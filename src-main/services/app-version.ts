import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app version from package.json. Sources (src-main/services/) and every
 * build output (out/main/, out/node/, and the packaged app.asar) sit two
 * folders below the package root, so the same relative path works for all.
 */
function readVersion(): string {
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    const pkg: unknown = JSON.parse(readFileSync(join(here, '..', '..', 'package.json'), 'utf8'));
    if (pkg && typeof pkg === 'object' && 'version' in pkg && typeof pkg.version === 'string')
      return pkg.version;
  } catch {
    /* fall through */
  }
  return '0.0.0';
}

export const APP_VERSION: string = readVersion();
