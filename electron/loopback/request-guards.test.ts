import { describe, expect, it } from 'vitest';
import { hostAllowed, isJsonContentType, originAllowed, readCookie, safeStaticPath, secretEquals } from './request-guards';

describe('loopback request guards', () => {
  it('accepts only our own host and port (no DNS rebinding through another name)', () => {
    expect(hostAllowed('127.0.0.1:4100', 4100)).toBe(true);
    expect(hostAllowed('localhost:4100', 4100)).toBe(false);
    expect(hostAllowed('evil.example:4100', 4100)).toBe(false);
    expect(hostAllowed('127.0.0.1:4101', 4100)).toBe(false);
    expect(hostAllowed(undefined, 4100)).toBe(false);
  });

  it('takes JSON only when the media type is exactly application/json', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/jsonx')).toBe(false);
    expect(isJsonContentType('application/json-seq')).toBe(false);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });

  it('accepts only our own origin', () => {
    expect(originAllowed('http://127.0.0.1:4100', 'http://127.0.0.1:4100')).toBe(true);
    expect(originAllowed('http://evil.example', 'http://127.0.0.1:4100')).toBe(false);
    expect(originAllowed(undefined, 'http://127.0.0.1:4100')).toBe(false);
  });

  it('compares secrets exactly', () => {
    expect(secretEquals('abc', 'abc')).toBe(true);
    expect(secretEquals('abd', 'abc')).toBe(false);
    expect(secretEquals('ab', 'abc')).toBe(false);
    expect(secretEquals(undefined, 'abc')).toBe(false);
  });

  it('reads one cookie among several', () => {
    expect(readCookie('a=1; dpo_session=xyz=; b=2', 'dpo_session')).toBe('xyz=');
    expect(readCookie('a=1', 'dpo_session')).toBeUndefined();
  });

  it('keeps static paths inside the renderer folder', () => {
    expect(safeStaticPath('/app/out/renderer', '/assets/index.js')).toBe('/app/out/renderer/assets/index.js');
    expect(safeStaticPath('/app/out/renderer', '/../../etc/passwd')).toBeNull();
    expect(safeStaticPath('/app/out/renderer', '/%2e%2e/secret')).toBeNull();
    expect(safeStaticPath('/app/out/renderer', '/a%00b')).toBeNull();
  });
});
