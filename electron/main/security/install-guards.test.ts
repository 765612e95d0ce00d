import { EventEmitter } from 'node:events';
import type { App, Session, Shell } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardAllWebContents, guardSession } from './install-guards';
import { APP_ORIGIN } from './renderer-origin';

/*
 * The wiring of the pure guards to Electron's events, driven through small fakes of the
 * objects Electron hands out (the real binary cannot run in every test environment).
 */

type OpenHandler = (details: { url: string }) => { action: string };

class FakeContents extends EventEmitter {
  openHandler: OpenHandler | null = null;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function setupContents() {
  const app = new EventEmitter();
  const shell = { openExternal: vi.fn(async () => undefined) };
  guardAllWebContents(app as unknown as App, shell as unknown as Shell, APP_ORIGIN);
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents);
  return { contents, shell };
}

describe('guardAllWebContents', () => {
  it('refuses navigation away from the app in every frame and on redirects', () => {
    const { contents } = setupContents();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of ['https://edpb.europa.eu/', 'file:///etc/passwd', 'app://other/index.html']) {
        const event = navigationEvent(url);
        contents.emit(name, event);
        expect(event.preventDefault).toHaveBeenCalled();
      }
    }
  });

  it('opens a web link in the browser exactly once, though Electron fires two events for it', () => {
    const { contents, shell } = setupContents();
    contents.emit('will-frame-navigate', navigationEvent('https://edpb.europa.eu/'));
    contents.emit('will-navigate', navigationEvent('https://edpb.europa.eu/'));
    contents.emit('will-frame-navigate', navigationEvent('file:///etc/passwd'));
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://edpb.europa.eu/');
  });

  it('lets the app reload its own page', () => {
    const { contents, shell } = setupContents();
    const own = navigationEvent('app://dpo-desk/index.html');
    contents.emit('will-navigate', own);
    expect(own.preventDefault).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window and webview', () => {
    const { contents, shell } = setupContents();
    expect(contents.openHandler?.({ url: 'app://dpo-desk/index.html' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://garanteprivacy.it/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    const webview = navigationEvent('app://dpo-desk/index.html');
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
type PermissionCheck = (contents: unknown, permission: string, requestingOrigin: string) => boolean;
type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

function setupSession(devServerOrigin: string | null) {
  const handlers: { request?: PermissionRequest; check?: PermissionCheck; device?: () => boolean; beforeRequest?: RequestListener; filter?: { urls: string[] }; headers?: { urls: string[] } } = {};
  const events = new EventEmitter();
  const session = Object.assign(events, {
    setPermissionRequestHandler: (handler: PermissionRequest) => void (handlers.request = handler),
    setPermissionCheckHandler: (handler: PermissionCheck) => void (handlers.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => void (handlers.device = handler),
    setDisplayMediaRequestHandler: vi.fn(),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: RequestListener) => {
        handlers.filter = filter;
        handlers.beforeRequest = listener;
      },
      onHeadersReceived: (filter: { urls: string[] }) => void (handlers.headers = filter),
    },
  });
  guardSession(session as unknown as Session, { trustedOrigin: devServerOrigin ?? APP_ORIGIN, devServerOrigin, contentSecurityPolicy: "default-src 'none'" });
  return { handlers, events };
}

describe('guardSession', () => {
  it('denies permissions except clipboard writes from the app', () => {
    const { handlers } = setupSession(null);
    const answers: boolean[] = [];
    handlers.request?.({}, 'media', (granted) => answers.push(granted), { requestingUrl: 'app://dpo-desk/index.html' });
    handlers.request?.({}, 'clipboard-sanitized-write', (granted) => answers.push(granted), { requestingUrl: 'app://dpo-desk/index.html' });
    expect(answers).toEqual([false, true]);
    expect(handlers.check?.({}, 'geolocation', 'app://dpo-desk')).toBe(false);
    expect(handlers.check?.({}, 'clipboard-sanitized-write', 'app://dpo-desk')).toBe(true);
    expect(handlers.device?.()).toBe(false);
  });

  it('cancels every network request in production and sets no header hook', () => {
    const { handlers } = setupSession(null);
    const responses: { cancel: boolean }[] = [];
    handlers.beforeRequest?.({ url: 'https://example.org/tracker.js' }, (response) => responses.push(response));
    expect(responses).toEqual([{ cancel: true }]);
    expect(handlers.filter?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    expect(handlers.headers).toBeUndefined();
  });

  it('lets the dev server through in dev and puts the policy on its responses', () => {
    const { handlers } = setupSession('http://localhost:5173');
    const responses: { cancel: boolean }[] = [];
    handlers.beforeRequest?.({ url: 'http://localhost:5173/src/main.tsx' }, (response) => responses.push(response));
    handlers.beforeRequest?.({ url: 'https://example.org/' }, (response) => responses.push(response));
    expect(responses).toEqual([{ cancel: false }, { cancel: true }]);
    expect(handlers.headers?.urls).toEqual(['http://localhost:5173/*']);
  });

  it('keeps the save dialog for the renderer\'s Blob downloads and cancels the rest', () => {
    const { events } = setupSession(null);
    const blob = navigationEvent('');
    events.emit('will-download', blob, { getURL: () => 'blob:app://dpo-desk/1234' });
    expect(blob.preventDefault).not.toHaveBeenCalled();
    const remote = navigationEvent('');
    events.emit('will-download', remote, { getURL: () => 'https://example.org/malware.exe' });
    expect(remote.preventDefault).toHaveBeenCalled();
  });
});
