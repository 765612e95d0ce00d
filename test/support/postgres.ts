import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * PostgreSQL for the integration tests. With `DPO_DESK_TEST_PG` set (a superuser's URL, e.g.
 * `postgres://postgres:pw@127.0.0.1:5432/postgres`), tests use that server; otherwise each
 * test file starts a throwaway cluster of its own (initdb in a temp folder, 127.0.0.1 on a
 * free port, SCRAM passwords) from the PostgreSQL binaries on this machine, and stops it at
 * the end. Every test gets a fresh database of its own on the server.
 */
export interface TestPostgres {
  /** A superuser's URL to the maintenance database `postgres`. */
  adminUrl: string;
  /** Creates an empty database and returns the superuser's URL to it. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

const ADMIN_PASSWORD = 'dpo-desk-test-admin';

function binDirFromEnvOrSystem(): string | null {
  const fromEnv = process.env.DPO_DESK_PG_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return initdb ? join(initdb, '..') : null;
  } catch {
    return null;
  }
}

/** Where the tests get PostgreSQL from, or why they cannot. */
export type PostgresAvailability = { available: true; source: 'env' | 'local'; binDir: string | null } | { available: false; reason: string };

/**
 * Whether PostgreSQL tests can run here. Absent binaries (and no `DPO_DESK_TEST_PG`) skip the
 * tests with a printed reason on a developer's machine; under CI (`CI=true`) they fail, so a
 * missing install never passes silently.
 */
export function postgresAvailability(): PostgresAvailability {
  if (process.env.DPO_DESK_TEST_PG) return { available: true, source: 'env', binDir: null };
  const binDir = binDirFromEnvOrSystem();
  if (binDir) return { available: true, source: 'local', binDir };
  const reason = 'PostgreSQL tests skipped: no initdb found (install the Debian package `postgresql`, or set DPO_DESK_TEST_PG to a superuser URL)';
  if (process.env.CI === 'true') throw new Error(`${reason}. Under CI this is a failure: .ci/run installs postgresql.`);
  console.warn(reason);
  return { available: false, reason };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: as root, the cluster belongs to the `postgres` account. */
function runAs(): { prefix: string[]; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid, gid };
}

function run(owner: ReturnType<typeof runAs>, command: string, args: string[]): void {
  const [file, ...rest] = owner ? [...owner.prefix, command, ...args] : [command, ...args];
  execFileSync(file as string, rest, { stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
}

async function startCluster(binDir: string): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-pg-'));
  const owner = runAs();
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, `${ADMIN_PASSWORD}\n`, { mode: 0o600 });
  if (owner) chownSync(pwfile, owner.uid, owner.gid);
  run(owner, join(binDir, 'initdb'), ['-D', data, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=60`;
  run(owner, join(binDir, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  return {
    adminUrl: `postgres://postgres:${ADMIN_PASSWORD}@127.0.0.1:${port}/postgres`,
    async stop() {
      run(owner, join(binDir, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Starts (or reaches) the server for one test file. Call it in `beforeAll`; call `stop` in `afterAll`. */
export async function startTestPostgres(availability: PostgresAvailability & { available: true }): Promise<TestPostgres> {
  const external = process.env.DPO_DESK_TEST_PG;
  const cluster = external ? { adminUrl: external, stop: () => Promise.resolve() } : await startCluster(availability.binDir as string);
  const created: string[] = [];
  return {
    adminUrl: cluster.adminUrl,
    async createDatabase() {
      const name = `dpo_test_${process.pid}_${created.length}_${Math.random().toString(36).slice(2, 8)}`;
      await adminQuery(cluster.adminUrl, `CREATE DATABASE ${name}`);
      created.push(name);
      return withDatabase(cluster.adminUrl, name);
    },
    async stop() {
      if (external) {
        for (const name of created) {
          await adminQuery(cluster.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await adminQuery(cluster.adminUrl, `DO $$ DECLARE r record; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE '${name}%' LOOP EXECUTE format('DROP ROLE %I', r.rolname); END LOOP; END $$`);
        }
      }
      await cluster.stop();
    },
  };
}
