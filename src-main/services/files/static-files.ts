import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from '../../../src-shared/security/policy';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | string;
}

/**
 * Resolve a request path inside `rootDir`, refusing anything that escapes
 * it (`..`, encoded separators, absolute paths). Returns null if refused.
 */
export function containedPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const full = resolve(join(root, normalize(relative)));
  return full === root || full.startsWith(root + sep) ? full : null;
}

/**
 * Serve the built renderer from `rootDir` with the security headers. Used
 * by the Electron app:// protocol handler and by the test harness's server,
 * so both send the same CSP.
 */
export function createStaticHandler(rootDir: string): (urlPath: string) => Promise<StaticResponse> {
  return async (urlPath) => {
    const path = containedPath(rootDir, urlPath);
    const notFound: StaticResponse = {
      status: 404,
      headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'Not found',
    };
    if (!path) return notFound;
    try {
      const info = await stat(path);
      if (!info.isFile()) return notFound;
      const body = await readFile(path);
      const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type }, body };
    } catch {
      return notFound;
    }
  };
}
