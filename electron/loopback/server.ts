import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../core/api/create-handlers';
import { createDispatch } from '../core/api/dispatch';
import { watchFirstRead } from '../core/api/first-read';
import { defaultActor } from '../core/actor';
import { stagedDownloads } from '../core/files/staged-downloads';
import { startReminderLoop, type ReminderLoop, type ReminderLoopOptions } from './reminder-loop';
import { bridgeScript } from './bridge-script';
import { hostAllowed, isJsonContentType, originAllowed, readCookie, safeStaticPath, secretEquals } from './request-guards';

export interface LoopbackOptions {
  vaultDir: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  appVersion?: string;
  /** The reminder loop's clock and timer (tests drive them); the real ones by default. */
  reminders?: Pick<ReminderLoopOptions, 'now' | 'setInterval'>;
  /** The clock of the services (tests move it); the real one by default. */
  now?: () => Date;
  /** The app's local choice of team server (tests give each run its own); beside the vault folder by default. */
  teamConfigPath?: string;
}

export interface LoopbackServer {
  /** The one-time URL that signs the browser in; it works once. */
  url: string;
  origin: string;
  /** The reminder loop the server runs (browser mode's scheduler). */
  reminders: ReminderLoop;
  close(): Promise<void>;
}

const API_PREFIX = '/__dpo/api/';
const BRIDGE_PATH = '/__dpo/bridge.js';
const DOWNLOAD_PREFIX = '/__dpo/download/';
const COOKIE = 'dpo_session';
const MAX_BODY_BYTES = 32 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped rather than the connection reset, so
    // the client receives the 413 instead of a broken pipe.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new Error('too-large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/**
 * Serves the built renderer and the API registry on 127.0.0.1 for browsers (Playwright,
 * `npm run start:browser`). Sign-in is a one-time token in the URL, exchanged for an
 * HttpOnly SameSite=Strict cookie; every request's Host, and every API call's Origin,
 * must be this server's own.
 */
export async function startLoopbackServer(options: LoopbackOptions): Promise<LoopbackServer> {
  const downloads = stagedDownloads(DOWNLOAD_PREFIX);
  const app = createHandlers({
    vaultDir: options.vaultDir,
    files: downloads,
    appVersion: options.appVersion ?? '0.0.0',
    actor: defaultActor('app'),
    ...(options.now ? { now: options.now } : {}),
    ...(options.teamConfigPath ? { teamConfigPath: options.teamConfigPath } : {}),
  });
  // The page's calls are watched for Today's first read after an unlock; the reminder loop waits for it.
  const inner = createDispatch(app.handlers, app.reportError);
  const watched = watchFirstRead(inner);
  const { dispatch } = watched;
  const reminders = startReminderLoop({
    dispatch: inner,
    unlocked: () => app.session.status().state === 'unlocked',
    todayRead: watched.todayRead,
    ...options.reminders,
  });
  const token = randomBytes(32).toString('base64url');
  const sessionSecret = randomBytes(32).toString('base64url');
  let tokenUsed = false;
  let port = 0;
  let origin = '';
  const indexPath = join(options.rendererDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`The renderer is not built: ${indexPath} is missing (run npm run build)`);

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) return send(res, 421, 'Wrong host');
    const url = new URL(req.url ?? '/', origin);
    const signedIn = secretEquals(readCookie(req.headers.cookie, COOKIE), sessionSecret);

    if (req.method === 'GET' && url.searchParams.has('token')) {
      if (tokenUsed || !secretEquals(url.searchParams.get('token') ?? undefined, token)) {
        return send(res, 403, 'This sign-in link has already been used or is not valid. Restart DPO Desk to get a new one.');
      }
      tokenUsed = true;
      return send(res, 303, '', 'text/plain', {
        location: '/',
        'set-cookie': `${COOKIE}=${sessionSecret}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (!signedIn) return send(res, 401, 'Open DPO Desk with the sign-in link printed where it was started.');

    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST');
      if (!originAllowed(req.headers.origin, origin)) return send(res, 403, 'Cross-origin requests are refused');
      if (!isJsonContentType(req.headers['content-type'])) return send(res, 415, 'Send JSON');
      let input: unknown;
      try {
        input = JSON.parse(await readBody(req));
      } catch (error) {
        const tooLarge = error instanceof Error && error.message === 'too-large';
        return send(res, tooLarge ? 413 : 400, tooLarge ? 'Request too large' : 'The request body is not valid JSON', undefined, { connection: 'close' });
      }
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      } catch {
        return send(res, 400, 'The request path holds a malformed % escape', undefined, { connection: 'close' });
      }
      const result = await dispatch(channel, input);
      return send(res, 200, JSON.stringify(result), 'application/json');
    }
    if (req.method !== 'GET') return send(res, 405, 'Method not allowed');
    if (url.pathname === BRIDGE_PATH) return send(res, 200, bridgeScript(API_PREFIX), CONTENT_TYPES['.js']);
    if (url.pathname.startsWith(DOWNLOAD_PREFIX)) return sendDownload(res, url.pathname.slice(DOWNLOAD_PREFIX.length));

    const filePath = url.pathname === '/' ? indexPath : safeStaticPath(options.rendererDir, url.pathname);
    if (!filePath || !existsSync(filePath) || !statSync(filePath).isFile()) return send(res, 404, 'Not found');
    if (filePath === indexPath) {
      const html = readFileSync(indexPath, 'utf8').replace('<head>', `<head>\n    <script src="${BRIDGE_PATH}"></script>`);
      return send(res, 200, html, CONTENT_TYPES['.html']);
    }
    return send(res, 200, readFileSync(filePath), CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream');
  }

  /**
   * A file the app wrote for download (the audit report as PDF), streamed from disk once
   * and deleted, however the sending ends. Signed-in only, as every route but the sign-in link.
   */
  async function sendDownload(res: ServerResponse, id: string): Promise<void> {
    const file = downloads.take(id);
    if (!file) return send(res, 404, 'This file has already been downloaded or is no longer kept. Generate it again.');
    try {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': file.mimeType,
        'content-length': String(statSync(file.path).size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      });
      await pipeline(createReadStream(file.path), res);
    } catch {
      // The browser went away mid-file: nothing more can be said on this response.
      res.destroy();
    } finally {
      downloads.release(file);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    reminders,
    close: async () => {
      reminders.stop();
      await app.dispose();
      server.closeAllConnections();
      downloads.dispose();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
