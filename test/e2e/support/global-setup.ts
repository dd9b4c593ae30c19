import { existsSync } from 'node:fs';
import { electronBinary, ELECTRON_SKIP_REASON } from './electron-binary';

/** Fail early if the renderer was not built, and say loudly when Electron specs will skip. */
export default function globalSetup(): void {
  if (!existsSync('out/renderer/index.html')) {
    throw new Error('The renderer is not built. Run `npm run build` before the e2e tests.');
  }
  if (!electronBinary()) {
    const line = '='.repeat(78);
    console.warn(`\n${line}\nELECTRON PROJECT SKIPPED: ${ELECTRON_SKIP_REASON}\n${line}\n`);
  }
}
