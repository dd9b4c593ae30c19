import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../src-shared/security/policy';
import { createStaticHandler } from '../services/files/static-files';

/** Must run before `app.whenReady()`: app:// behaves like https (secure, standard). */
export function registerPrivilegedScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * Serve the renderer build from app://bundle/ with a path-containment check
 * and the CSP header (the same handler the harness uses).
 */
export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  const serve = createStaticHandler(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('Forbidden', { status: 403 });
    }
    const res = await serve(url.pathname);
    return new Response(typeof res.body === 'string' ? res.body : Buffer.from(res.body), {
      status: res.status,
      headers: res.headers,
    });
  });
}
