import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedRendererUrl, originOf } from './renderer-origin';

describe('originOf', () => {
  it('gives scheme://host for the app scheme, whose WHATWG origin would be "null"', () => {
    expect(originOf('app://dpo-desk/index.html')).toBe('app://dpo-desk');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });

  it('keeps the port and lower-cases the host', () => {
    expect(originOf('HTTP://LocalHost:5173/')).toBe('http://localhost:5173');
  });

  it('is null for unparsable URLs, hostless schemes and URLs with credentials', () => {
    expect(originOf('not a url')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('data:text/html,<h1>x</h1>')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('app://user:pw@dpo-desk/')).toBeNull();
  });
});

describe('isTrustedRendererUrl', () => {
  it('accepts every page of the trusted origin', () => {
    expect(isTrustedRendererUrl('app://dpo-desk/index.html', APP_ORIGIN)).toBe(true);
    expect(isTrustedRendererUrl('app://dpo-desk/#/settings', APP_ORIGIN)).toBe(true);
  });

  it('refuses look-alikes: other hosts, schemes, ports and prefix tricks', () => {
    expect(isTrustedRendererUrl('app://dpo-desk.evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedRendererUrl('app://evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedRendererUrl('https://dpo-desk/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedRendererUrl('app://dpo-desk@evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedRendererUrl('file:///app/out/renderer/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('', APP_ORIGIN)).toBe(false);
  });
});
