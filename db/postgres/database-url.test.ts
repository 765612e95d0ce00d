import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, isLoopbackHost, parseDatabaseUrl } from './database-url';

function problemOf(text: string): string {
  try {
    parseDatabaseUrl(text);
  } catch (error) {
    if (error instanceof DatabaseUrlError) return error.problem;
    throw error;
  }
  return 'accepted';
}

describe('team database URL', () => {
  it('requires verified TLS for a remote host, by default and always', () => {
    const config = parseDatabaseUrl('postgres://alice:s%40cret@db.example.org:6543/privacy');
    expect(config).toMatchObject({ host: 'db.example.org', port: 6543, database: 'privacy', user: 'alice', password: 's@cret' });
    expect(config.ssl).toEqual({ rejectUnauthorized: true, servername: 'db.example.org' });
    expect(problemOf('postgres://alice@db.example.org/privacy?sslmode=disable')).toBe('tls-required');
    expect(problemOf('postgres://alice@10.0.0.5/privacy?sslmode=disable')).toBe('tls-required');
    expect(problemOf('postgres://alice@db.example.org/privacy?sslmode=require')).toBe('unknown-sslmode');
    expect(problemOf('postgres://alice@db.example.org/privacy?sslmode=prefer')).toBe('unknown-sslmode');
  });

  it('lets a loopback host go without TLS, and keeps TLS when asked', () => {
    expect(parseDatabaseUrl('postgres://dpo@127.0.0.1:5432/team').ssl).toBe(false);
    expect(parseDatabaseUrl('postgresql://dpo@localhost/team').ssl).toBe(false);
    expect(parseDatabaseUrl('postgres://dpo@[::1]/team').ssl).toBe(false);
    expect(parseDatabaseUrl('postgres://dpo@localhost/team?sslmode=verify-full').ssl).toMatchObject({ rejectUnauthorized: true });
  });

  it('refuses what is not a PostgreSQL URL naming a database', () => {
    expect(problemOf('not a url')).toBe('not-a-url');
    expect(problemOf('mysql://a@127.0.0.1/x')).toBe('not-postgres');
    expect(problemOf('postgres://a@127.0.0.1/')).toBe('no-database');
    expect(problemOf('postgres://a@db.example.org/x?sslrootcert=/nonexistent/ca.pem')).toBe('unreadable-root-cert');
  });

  it('knows which hosts are this machine', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '[::1]', '/var/run/postgresql'].every(isLoopbackHost)).toBe(true);
    expect(['192.168.1.2', 'db.local', '::2', '128.0.0.1'].some(isLoopbackHost)).toBe(false);
  });
});
