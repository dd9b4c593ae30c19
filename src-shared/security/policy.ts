/**
 * Web-security policy shared by the Electron shell and the test harness,
 * so both enforce exactly the same rules.
 */

/** The privileged custom scheme the UI is served from (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Strict Content-Security-Policy, sent as a response header on every UI
 * response. No inline script or style, no network: connect-src is only our
 * own origin, so an XSS in the renderer cannot send data anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
].join('; ');

/** Extra headers sent with every UI response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * `scheme://host[:port]` of a URL, computed by hand: WHATWG URL gives
 * origin "null" for non-special schemes such as app://, and src-shared has
 * no URL global. Returns null for anything without an authority.
 */
export function originOf(url: string): string | null {
  if (url.startsWith('blob:')) return originOf(url.slice('blob:'.length));
  // scheme "://" authority; the authority may not contain credentials.
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#\\]*)/.exec(url);
  if (!match) return null;
  const [, scheme = '', authority = ''] = match;
  if (authority === '' || authority.includes('@')) return null;
  return `${scheme.toLowerCase()}://${authority.toLowerCase()}`;
}

/** True when `url` belongs to the app's own origin. */
export function isAppUrl(url: string, appOrigin: string): boolean {
  return originOf(url) === appOrigin;
}

/** Requests that are allowed even though they are not app:// (in-page data). */
export function isInPageUrl(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('devtools:');
}
