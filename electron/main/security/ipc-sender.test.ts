import { describe, expect, it } from 'vitest';
import { isTrustedIpcSender } from './ipc-sender';
import { APP_ORIGIN } from './renderer-origin';

describe('isTrustedIpcSender', () => {
  it('trusts the top frame of the trusted origin', () => {
    expect(isTrustedIpcSender({ url: 'app://dpo-desk/index.html', isMainFrame: true }, APP_ORIGIN)).toBe(true);
  });

  it('refuses subframes, other origins and a vanished frame', () => {
    expect(isTrustedIpcSender({ url: 'app://dpo-desk/index.html', isMainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedIpcSender({ url: 'https://evil.example/', isMainFrame: true }, APP_ORIGIN)).toBe(false);
    expect(isTrustedIpcSender({ url: 'about:blank', isMainFrame: true }, APP_ORIGIN)).toBe(false);
    expect(isTrustedIpcSender(null, APP_ORIGIN)).toBe(false);
  });
});
