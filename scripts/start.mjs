// `npm start`: build, then open the real Electron app. When the Electron
// runtime is missing and cannot be downloaded, say so in plain words and
// offer the Chromium preview instead. Never print a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';

const require = createRequire(import.meta.url);

function electronPath() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { pkgDir: null, path: null };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const p = join(
      override,
      relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'),
    );
    return { pkgDir, path: existsSync(p) ? p : null };
  }
  if (relative && existsSync(join(pkgDir, 'dist', relative)))
    return { pkgDir, path: join(pkgDir, 'dist', relative) };
  return { pkgDir, path: null };
}

function tryDownload(pkgDir) {
  if (!pkgDir || process.env.ELECTRON_OVERRIDE_DIST_PATH) return false;
  console.log('Fetching the Electron runtime (first start only) …');
  const result = spawnSync(process.execPath, [join(pkgDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  return result.status === 0;
}

const build = spawnSync(
  process.execPath,
  ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn'],
  { stdio: 'inherit' },
);
if (build.status !== 0) {
  console.error('\nThe app could not be built; see the messages above.');
  process.exit(1);
}

let { pkgDir, path } = electronPath();
if (!path && tryDownload(pkgDir)) ({ path } = electronPath());

if (path) {
  const child = spawn(path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`
The Juryrum desktop app needs the Electron runtime, and it could not be
downloaded on this machine (no access to its download server). To run the
real app, either point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 45
folder, or set ELECTRON_MIRROR to a mirror you can reach and run npm start
again. Meanwhile you can open the same app in Chromium with: npm run preview
`);
  if (process.stdin.isTTY && process.stdout.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = (await rl.question('Open the Chromium preview now? [Y/n] '))
      .trim()
      .toLowerCase();
    rl.close();
    if (answer === '' || answer === 'y' || answer === 'yes' || answer === 'j' || answer === 'ja') {
      const preview = spawnSync(process.execPath, ['scripts/preview.mjs'], { stdio: 'inherit' });
      process.exit(preview.status ?? 0);
    }
  }
  process.exit(1);
}
