import { describe, expect, it } from 'vitest';
import { permissionDecision } from './permissions';
import { APP_ORIGIN } from './renderer-origin';

describe('permissionDecision', () => {
  it('denies every sensitive permission, even to the trusted page', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'display-capture', 'unknown']) {
      expect(permissionDecision(permission, 'app://dpo-desk/index.html', APP_ORIGIN)).toBe(false);
    }
  });

  it('lets only the trusted page write text to the clipboard', () => {
    expect(permissionDecision('clipboard-sanitized-write', 'app://dpo-desk/index.html', APP_ORIGIN)).toBe(true);
    expect(permissionDecision('clipboard-sanitized-write', 'https://example.org/', APP_ORIGIN)).toBe(false);
    expect(permissionDecision('clipboard-sanitized-write', '', APP_ORIGIN)).toBe(false);
  });
});
