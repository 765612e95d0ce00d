import type { App, Session, Shell, WebContents } from 'electron';
import { isAllowedDownload } from './downloads';
import { navigationDecision, windowOpenDecision, type NavigationDecision } from './navigation';
import { permissionDecision } from './permissions';
import { isAllowedNetworkRequest, networkUrlPatterns } from './request-filter';

/** What the guards need to know: the only trusted origin, and the dev server if any. */
export interface GuardOptions {
  trustedOrigin: string;
  devServerOrigin: string | null;
  contentSecurityPolicy: string;
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

function followDecision(decision: NavigationDecision, url: string, shell: Shell): void {
  if (decision !== 'open-external') return;
  shell.openExternal(url).catch((error: unknown) => console.error('DPO Desk could not open a link in the browser:', error));
}

/**
 * Guards every web contents the app ever creates, in one place: no navigation away from
 * the trusted origin (web links go to the system browser), no new windows, no `<webview>`.
 * Registered before the first window so nothing escapes it. The decisions are the pure
 * functions of `navigation.ts`; this only wires them to Electron's events.
 *
 * `will-frame-navigate` fires for every frame, the main one included, so it alone hands
 * links to the browser; `will-navigate` (main frame) and `will-redirect` only refuse, so
 * one click never opens two browser tabs.
 */
export function guardAllWebContents(app: App, shell: Shell, trustedOrigin: string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const refuse = (event: NavigationEvent): NavigationDecision => {
      const decision = navigationDecision(event.url, trustedOrigin);
      if (decision !== 'allow') event.preventDefault();
      return decision;
    };
    contents.on('will-frame-navigate', (event) => followDecision(refuse(event), event.url, shell));
    contents.on('will-navigate', (event) => void refuse(event));
    contents.on('will-redirect', (event) => void refuse(event));
    contents.setWindowOpenHandler(({ url }) => {
      followDecision(windowOpenDecision(url), url, shell);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/**
 * Hardens the renderer's session: every permission denied except clipboard text writes
 * from the trusted page; no network request leaves the machine (only the dev server in
 * dev); the Content-Security-Policy on the dev server's responses (the app scheme's
 * handler sends its own); downloads limited to the renderer's own Blob URLs, which keep
 * Electron's save dialog.
 */
export function guardSession(session: Session, options: GuardOptions): void {
  const { trustedOrigin, devServerOrigin, contentSecurityPolicy } = options;

  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionDecision(permission, details.requestingUrl, trustedOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionDecision(permission, requestingOrigin, trustedOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));

  session.webRequest.onBeforeRequest({ urls: networkUrlPatterns }, (details, callback) => {
    callback({ cancel: !isAllowedNetworkRequest(details.url, devServerOrigin) });
  });
  if (devServerOrigin !== null) {
    session.webRequest.onHeadersReceived({ urls: [`${devServerOrigin}/*`] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
    });
  }

  session.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL(), trustedOrigin)) event.preventDefault();
  });
}
