import type { Session, WebContents } from 'electron';
import { isAppUrl, isInPageUrl } from '../../src-shared/security/policy';

/**
 * Deny every way the renderer could leave the app: navigation, redirects,
 * new windows and <webview>. The app is a single window on our own origin.
 */
export function hardenWebContents(contents: WebContents, appOrigin: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Session policy: deny all permission requests and cancel every web request
 * that is not for the app's own origin. The app is offline by design, so a
 * script injected into the renderer cannot send data anywhere.
 */
export function hardenSession(session: Session, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url, appOrigin) || isInPageUrl(details.url);
    callback({ cancel: !allowed });
  });
}
