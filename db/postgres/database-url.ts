import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import type { ClientConfig } from 'pg';

/** Why a team database URL was refused; each reason has a message in the shared catalogue. */
export type DatabaseUrlProblem = 'not-a-url' | 'not-postgres' | 'no-database' | 'tls-required' | 'unknown-sslmode' | 'unreadable-root-cert';

/** A `DPO_DESK_DATABASE_URL` that cannot be used, with the reason and the offending value's part. */
export class DatabaseUrlError extends Error {
  constructor(
    readonly problem: DatabaseUrlProblem,
    readonly detailValue = '',
  ) {
    super(`Team database URL refused: ${problem}${detailValue ? ` (${detailValue})` : ''}`);
    this.name = 'DatabaseUrlError';
  }
}

/** The modes DPO Desk accepts: verified TLS, or none on this machine only. */
const SSL_MODES = ['verify-full', 'disable'] as const;
type SslMode = (typeof SSL_MODES)[number];

/** Whether a host is this machine: a loopback name or address, or a Unix socket folder. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare.startsWith('/')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1';
  return false;
}

function sslModeOf(value: string | null, loopback: boolean): SslMode {
  if (value === null) return loopback ? 'disable' : 'verify-full';
  if (!(SSL_MODES as readonly string[]).includes(value)) throw new DatabaseUrlError('unknown-sslmode', value);
  return value as SslMode;
}

/**
 * Reads a team database URL (`postgres://user[:password]@host[:port]/database[?sslmode=…&sslrootcert=PATH]`)
 * into the driver's settings. TLS is required unless the host is this machine, and it is
 * `verify-full` (the certificate's chain and host name checked) by default; `sslmode=disable`
 * is accepted only for a loopback host, and weaker modes (`require`, `prefer`) not at all,
 * since they let a man in the middle read the team's data. Passwords travel as SCRAM.
 */
export function parseDatabaseUrl(text: string): ClientConfig {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DatabaseUrlError('not-a-url');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new DatabaseUrlError('not-postgres', url.protocol);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new DatabaseUrlError('no-database');
  const host = decodeURIComponent(url.hostname) || url.searchParams.get('host') || 'localhost';
  const loopback = isLoopbackHost(host);
  const mode = sslModeOf(url.searchParams.get('sslmode'), loopback);
  if (mode === 'disable' && !loopback) throw new DatabaseUrlError('tls-required', host);
  const rootCert = url.searchParams.get('sslrootcert');
  let ca: string | undefined;
  if (rootCert) {
    try {
      ca = readFileSync(rootCert, 'utf8');
    } catch {
      throw new DatabaseUrlError('unreadable-root-cert', rootCert);
    }
  }
  return {
    host,
    port: url.port ? Number(url.port) : 5432,
    database,
    user: decodeURIComponent(url.username) || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    ssl: mode === 'disable' ? false : { rejectUnauthorized: true, servername: isIP(host) ? undefined : host, ...(ca ? { ca } : {}) },
    application_name: 'dpo-desk',
  };
}
