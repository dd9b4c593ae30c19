import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchHarness } from './launch';
import { findChromium } from './chromium';

/**
 * `npm run preview`: the same app in a Chromium window, for machines where
 * the Electron runtime is missing. The core runs in this Node process.
 */
async function main(): Promise<number> {
  const rendererDir = resolve('out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write('The app is not built yet. Run `npm run build` first.\n');
    return 1;
  }
  if (!findChromium(() => chromium.executablePath())) {
    process.stderr.write(
      'No Chromium or Chrome was found. Install one (on Debian: apt-get install chromium) or set CHROMIUM_PATH.\n',
    );
    return 1;
  }
  const headless = process.argv.includes('--headless');
  if (
    !headless &&
    process.platform === 'linux' &&
    !process.env['DISPLAY'] &&
    !process.env['WAYLAND_DISPLAY']
  ) {
    process.stderr.write('No display found. Run the preview on a desktop, or under xvfb-run.\n');
    return 1;
  }
  const dataDir = process.env['JURYRUM_DATA_DIR'] ?? join(homedir(), '.juryrum-preview');
  const harness = await launchHarness({ chromium, rendererDir, dataDir, headless });
  process.stdout.write(
    `Juryrum preview is running (data in ${dataDir}). Close the window to quit.\n`,
  );
  await new Promise<void>((done) => harness.context.on('close', () => done()));
  await harness.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `The preview could not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
    );
    process.exit(1);
  },
);
