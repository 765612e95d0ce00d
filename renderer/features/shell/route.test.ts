import { describe, expect, it } from 'vitest';
import { hashOf, routeOf, type Route } from './route';

describe('hash routes', () => {
  const routes: Route[] = [
    { section: 'dashboard' },
    { section: 'deadlines' },
    { section: 'settings' },
    { section: 'requests', view: { name: 'inbox' } },
    { section: 'requests', view: { name: 'new' } },
    { section: 'requests', view: { name: 'request', id: '0196f0c2-7a1e-7b3c-9d2e-1f2a3b4c5d6e' } },
    { section: 'breaches', view: { name: 'list' } },
    { section: 'breaches', view: { name: 'breach', id: 'b1' } },
  ];

  it('writes every screen as a hash and reads it back', () => {
    for (const route of routes) expect(routeOf(hashOf(route))).toEqual(route);
    expect(hashOf({ section: 'requests', view: { name: 'request', id: 'r1' } })).toBe('#/requests/r1');
  });

  it('ignores what names no screen, so a stray hash never moves the app', () => {
    for (const hash of ['', '#', '#/nowhere', '#/dashboard/x', '#/requests/a/b', '#/requests/<script>', `#/breaches/${'x'.repeat(81)}`]) expect(routeOf(hash), hash).toBeNull();
  });
});
