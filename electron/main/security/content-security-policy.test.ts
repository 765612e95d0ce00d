import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  const production = directives(buildContentSecurityPolicy());

  it('denies by default and allows only the app itself for code and styles', () => {
    expect(production.get('default-src')).toEqual(["'none'"]);
    expect(production.get('script-src')).toEqual(["'self'"]);
    expect(production.get('style-src')).toEqual(["'self'"]);
    expect(production.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, frames, base rewriting and form posts', () => {
    for (const name of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(production.get(name)).toEqual(["'none'"]);
    }
  });

  it('never allows eval or a remote host in production', () => {
    const policy = buildContentSecurityPolicy();
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
  });

  it('opens only what Vite hot reload needs for the dev server', () => {
    const dev = directives(buildContentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('default-src')).toEqual(["'none'"]);
  });
});
