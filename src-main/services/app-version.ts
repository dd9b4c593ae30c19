import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'juryrum';

/**
 * The app version from package.json. Sources (src-main/services/) and the
 * build outputs (out/main/, out/node/ and its chunks in out/node/assets/,
 * and the packaged app.asar) sit at different depths below the package
 * root, so look upwards for the first package.json that is Juryrum's.
 */
export function readVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let depth = 0; depth < 6; depth++) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (
        pkg &&
        typeof pkg === 'object' &&
        'name' in pkg &&
        pkg.name === PACKAGE_NAME &&
        'version' in pkg &&
        typeof pkg.version === 'string'
      ) {
        return pkg.version;
      }
    } catch {
      /* no package.json here: look further up */
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return '0.0.0';
}

export const APP_VERSION: string = readVersion();
